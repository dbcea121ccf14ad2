package org.jbeamjit.codegen.interp;

import java.util.Arrays;
import org.jbeamjit.codegen.load.LoadedModule;
import org.jbeamjit.runtime.code.FunctionCode;
import org.jbeamjit.runtime.process.CallContinuation;
import org.jbeamjit.runtime.process.ErlProcess;

/**
 * A function run by the interpreter. It is translated on its first call, so loading a large
 * module costs nothing for the functions that never run.
 */
public final class InterpretedFunction implements FunctionCode {
  private final LoadedModule module;
  private final int index;
  private final int arity;
  private volatile Body body;

  InterpretedFunction(LoadedModule module, int index) {
    this.module = module;
    this.index = index;
    this.arity = module.function(index).arity();
  }

  Body body() {
    Body b = body;
    if (b == null) {
      synchronized (this) {
        b = body;
        if (b == null) {
          b = Translator.translate(module, index);
          body = b;
        }
      }
    }
    return b;
  }

  @Override
  public Object invoke(ErlProcess p, int depth, Object[] args) {
    Body b = body();
    Object[] x = new Object[Math.max(b.xCount, args.length)];
    System.arraycopy(args, 0, x, 0, args.length);
    return enter(p, depth, x);
  }

  /** The function entry: spends a reduction (or unwinds), then runs with the arguments in {@code x}. */
  Object enter(ErlProcess p, int depth, Object[] x) {
    return enter(p, depth, x, InterpStack.current());
  }

  /** As {@link #enter(ErlProcess, int, Object[])}, called by interpreted code with its thread's stack of activations. */
  Object enter(ErlProcess p, int depth, Object[] x, InterpStack stack) {
    if (p.mustUnwind(depth)) {
      return p.suspend(new CallContinuation(this, Arrays.copyOf(x, arity)));
    }
    Body b = body();
    return Interpreter.run(p, depth, b, x, null, b.entryPc, null, stack);
  }

  @Override
  public int arity() {
    return arity;
  }

  @Override
  public Object moduleVersion() {
    return module;
  }

  @Override
  public Object mfa() {
    return org.jbeamjit.runtime.term.Tuple.of(module.name(), module.function(index).name(), (long) arity);
  }

  @Override
  public String toString() {
    return module.name() + ":" + module.function(index) + " (interpreted)";
  }
}
