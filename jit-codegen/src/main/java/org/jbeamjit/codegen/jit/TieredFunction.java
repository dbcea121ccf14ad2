package org.jbeamjit.codegen.jit;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MutableCallSite;
import org.jbeamjit.codegen.load.CompiledFunction;
import org.jbeamjit.runtime.code.FunctionCode;
import org.jbeamjit.runtime.process.ErlProcess;

/**
 * A function of a {@link TieredModule}: it runs in the interpreter, counting its calls, until its
 * module is hot and compiled, then in compiled code. Callers hold this object (its {@link #invoke})
 * or its call site (the direct entry export call sites link to, which calls {@link #invoke} until
 * the switch), so both count and both switch at their next call; an activation already running,
 * or suspended in a heap frame, finishes in the engine that started it.
 */
final class TieredFunction implements FunctionCode {
  private final TieredModule module;
  private volatile FunctionCode target;
  /** Made when a caller first asks for the direct entry (most functions never are linked to); guarded by {@code this}. */
  private MutableCallSite site;
  private CompiledFunction compiled;
  /** Calls while interpreted; not atomic, as a lost count only delays compilation a little. */
  private int calls;

  TieredFunction(TieredModule module, CompiledFunction interpreted) {
    this.module = module;
    this.target = interpreted.code();
  }

  /** The direct entry, of type {@code Export.callType(arity)}. */
  MethodHandle direct() {
    return site().dynamicInvoker();
  }

  /** Switches to the compiled function. */
  synchronized void switchTo(CompiledFunction compiled) {
    this.compiled = compiled;
    target = compiled.code();
    if (site != null) {
      site.setTarget(compiled.direct().asType(site.type()));
    }
  }

  /** The code calls run now: the interpreter's or the compiled. */
  FunctionCode current() {
    return target;
  }

  synchronized MutableCallSite site() {
    if (site == null) {
      site = new MutableCallSite(compiled != null ? compiled.direct() : CompiledFunction.directEntry(this));
    }
    return site;
  }

  /** The call site if a caller has linked to it, else {@code null}. */
  synchronized MutableCallSite linkedSite() {
    return site;
  }

  @Override
  public Object invoke(ErlProcess p, int depth, Object[] args) {
    if (++calls == TieredModule.HOT_CALLS) {
      module.heated();
    }
    return target.invoke(p, depth, args);
  }

  @Override
  public int arity() {
    return target.arity();
  }

  @Override
  public Object moduleVersion() {
    return target.moduleVersion();
  }

  @Override
  public Object mfa() {
    return target.mfa();
  }

  @Override
  public String toString() {
    return target.toString();
  }
}
