package org.jbeamjit.runtime.code;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.invoke.MutableCallSite;
import java.util.function.Supplier;
import org.jbeamjit.runtime.process.ErlProcess;
import org.jbeamjit.runtime.term.Atom;

/**
 * An entry of the export table, {@code Module:Function/Arity}, as in OTP: it exists whether or
 * not the module is loaded, and every fully qualified call to it goes through its call site.
 * Loading a module version binds the site to that version's function; callers switch at their
 * next call, and only the code that links to this one site is invalidated.
 *
 * <p>The call site's type is {@code (ErlProcess, int depth, Object x0 .. x[arity-1])Object}, or
 * {@code (ErlProcess, int, Object[])Object} for arities beyond {@link #MAX_DIRECT_ARITY}.
 */
public final class Export {
  /** The largest arity passed in JVM parameters: 255 slots less the process and the depth. */
  public static final int MAX_DIRECT_ARITY = 253;

  public final Atom module;
  public final Atom function;
  public final int arity;
  private volatile FunctionCode code;
  /**
   * The bound function's direct entry, made when a call site first needs it (null while unbound).
   * Method handles are slow to make on a cold JVM and a booted node binds thousands of entries
   * (every BIF, every export of every module) that compiled code never links to.
   */
  private Supplier<MethodHandle> direct;
  /** Made at the first {@link #callSite}, for the same reason; guarded by {@code this}. */
  private MutableCallSite site;

  Export(Atom module, Atom function, int arity) {
    this.module = module;
    this.function = function;
    this.arity = arity;
  }

  /** The type of a direct call to a function of this arity. */
  public static MethodType callType(int arity) {
    if (arity > MAX_DIRECT_ARITY) {
      return MethodType.methodType(Object.class, ErlProcess.class, int.class, Object[].class);
    }
    return MethodType.genericMethodType(arity).insertParameterTypes(0, ErlProcess.class, int.class);
  }

  /** The call site fully qualified calls link to. */
  public synchronized MutableCallSite callSite() {
    if (site == null) {
      site = new MutableCallSite(callType(arity));
      site.setTarget(target());
    }
    return site;
  }

  /** The call site if code has linked to it, else {@code null} (a rebinding has nothing to sync). */
  public synchronized MutableCallSite linkedSite() {
    return site;
  }

  /** The code bound now, or {@code null} while the module (or the function) is not loaded. */
  public FunctionCode code() {
    return code;
  }

  /** Binds the entry to a loaded function: {@code direct} has {@link #callType}. */
  public void bind(FunctionCode code, MethodHandle direct) {
    bind(code, () -> direct);
  }

  /** Binds the entry to a loaded function whose direct entry is made only if a call site links to it. */
  public synchronized void bind(FunctionCode code, Supplier<MethodHandle> direct) {
    this.code = code;
    this.direct = direct;
    if (site != null) {
      site.setTarget(target());
    }
  }

  /** Unbinds the entry (its module was deleted): calls go to the undefined-function path. */
  public synchronized void unbind() {
    this.code = null;
    this.direct = null;
    if (site != null) {
      site.setTarget(target());
    }
  }

  /** What the call site runs now: the bound function's direct entry, or the undefined-function path. */
  private MethodHandle target() {
    if (direct != null) {
      return direct.get().asType(callType(arity));
    }
    MethodHandle undefined = MethodHandles.insertArguments(UndefinedFunction.HANDLE, 0, this);
    if (arity <= MAX_DIRECT_ARITY) {
      undefined = undefined.asCollector(Object[].class, arity);
    }
    return undefined.asType(callType(arity));
  }

  /** Calls the function with its arguments in an array (apply, export funs). */
  public Object invoke(ErlProcess p, int depth, Object[] args) {
    FunctionCode c = code;
    return c != null ? c.invoke(p, depth, args) : UndefinedFunction.call(this, p, depth, args);
  }

  @Override
  public String toString() {
    return module + ":" + function + "/" + arity;
  }
}
