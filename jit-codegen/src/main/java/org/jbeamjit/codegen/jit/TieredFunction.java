package org.jbeamjit.codegen.jit;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MutableCallSite;
import org.jbeamjit.codegen.load.CompiledFunction;
import org.jbeamjit.runtime.code.FunctionCode;
import org.jbeamjit.runtime.process.ErlProcess;

/**
 * A function of a module compiled in the background: it runs in the interpreter until its
 * module's class is ready, then in compiled code. Callers hold this object (its {@link #invoke})
 * or its call site (the direct entry export call sites link to), so both switch at their next
 * call; an activation already running, or suspended in a heap frame, finishes in the engine that
 * started it.
 */
final class TieredFunction implements FunctionCode {
  private volatile FunctionCode target;
  private final MutableCallSite site;

  TieredFunction(CompiledFunction interpreted) {
    this.target = interpreted.code();
    this.site = new MutableCallSite(interpreted.direct());
  }

  /** The direct entry, of type {@code Export.callType(arity)}. */
  MethodHandle direct() {
    return site.dynamicInvoker();
  }

  /** Switches to the compiled function. */
  void switchTo(CompiledFunction compiled) {
    target = compiled.code();
    site.setTarget(compiled.direct().asType(site.type()));
  }

  MutableCallSite site() {
    return site;
  }

  @Override
  public Object invoke(ErlProcess p, int depth, Object[] args) {
    return target.invoke(p, depth, args);
  }

  @Override
  public int arity() {
    return target.arity();
  }

  @Override
  public String toString() {
    return target.toString();
  }
}
