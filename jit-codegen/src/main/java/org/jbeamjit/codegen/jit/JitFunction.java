package org.jbeamjit.codegen.jit;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodType;
import org.jbeamjit.codegen.load.LoadedModule;
import org.jbeamjit.codegen.ops.CallSite;
import org.jbeamjit.runtime.code.Export;
import org.jbeamjit.runtime.code.FunctionCode;
import org.jbeamjit.runtime.error.ErlangException;
import org.jbeamjit.runtime.process.CallContinuation;
import org.jbeamjit.runtime.process.ErlProcess;
import org.jbeamjit.runtime.term.Atom;
import org.jbeamjit.runtime.term.LocalFun;
import org.jbeamjit.runtime.term.Tuple;

/**
 * A JIT-compiled Erlang function: the two static methods of its module version's hidden class,
 * the fast one ({@code F}, of type {@link Export#callType}; called with an argument array through
 * the class's {@link ModuleDispatch}) and the cold one that resumes its heap frames
 * ({@code F$resume}). Exists before the class does (the class refers to it, to save
 * "call F again" frames at its entry check), and is bound once the class is defined.
 */
public final class JitFunction implements FunctionCode {
  /** The type of every {@code F$resume} method: process, depth (always 0), frame, value, exception. */
  static final MethodType RESUME_TYPE = MethodType.methodType(Object.class, ErlProcess.class, int.class, JitFrame.class,
      Object.class, ErlangException.class);

  private final Atom module;
  private final Atom name;
  private final int arity;
  private MethodHandle direct;
  private ModuleDispatch dispatch;
  private MethodHandle resume;
  private LoadedModule loaded;
  private int index;
  private ResumeSite[] resumeSites;

  /** A resume point after a body call: the line and identity of the call site, for stack traces. */
  record ResumeSite(int lineIndex, CallSite site) {}

  JitFunction(Atom module, Atom name, int arity) {
    this.module = module;
    this.name = name;
    this.arity = arity;
  }

  void bind(MethodHandle direct, ModuleDispatch dispatch, MethodHandle resume, LoadedModule loaded, int index,
      ResumeSite[] resumeSites) {
    this.direct = direct;
    this.dispatch = dispatch;
    this.resume = resume;
    this.loaded = loaded;
    this.index = index;
    this.resumeSites = resumeSites;
  }

  /** The stack frame a heap frame at resume point {@code rp} shows, or null for a wait in a receive. */
  Object frameAt(int rp) {
    ResumeSite s = resumeSites[rp];
    return s == null || s.site == null ? null : loaded.frame(index, s.lineIndex);
  }

  /** The frame {@code {M,F,Arity,Location}} of resume point {@code rp}, a wait in a receive too. */
  Object locationAt(int rp) {
    ResumeSite s = resumeSites[rp];
    return s == null ? null : loaded.frame(index, s.lineIndex);
  }

  /** The call site of resume point {@code rp}, or null for a wait in a receive. */
  CallSite siteAt(int rp) {
    ResumeSite s = resumeSites[rp];
    return s == null ? null : s.site;
  }

  /** {@code {Module, Function, Arity}}. */
  @Override
  public Object mfa() {
    return Tuple.of(module, name, (long) arity);
  }

  /** The fast method, of type {@code Export.callType(arity)}. */
  MethodHandle direct() {
    return direct;
  }

  @Override
  public Object invoke(ErlProcess p, int depth, Object[] args) {
    return dispatch.invoke(index, p, depth, args);
  }

  /** Calls this function as the code of {@code fun}: {@code args} are the fun's arguments, its free variables follow. */
  Object invokeFun(ErlProcess p, int depth, Object[] args, LocalFun fun) {
    return dispatch.invokeFun(index, p, depth, args, fun);
  }

  // The entry check's slow path: saves "call this function again with these arguments" as the
  // innermost heap frame and returns YIELD. It must stay out of line: with this path inlined (the
  // continuation and its array allocated in the fast method), C2 made tak/3 20% slower (thread
  // CPU, best of 5: 39-41 ms against 32-33 ms with -XX:CompileCommand=dontinline). A cold call
  // site is inlined only if its callee is at most MaxInlineSize (35) bytes of bytecode, so the
  // overloads for small arities pass their arguments to suspendCall, which is bigger than that.

  /** Arities beyond {@link #AGAIN_ARITY} pass their arguments in an array. */
  static final int AGAIN_ARITY = 6;

  Object again(ErlProcess p) {
    return suspendCall(p, new Object[0]);
  }

  Object again(ErlProcess p, Object a) {
    return suspendCall(p, new Object[] {a});
  }

  Object again(ErlProcess p, Object a, Object b) {
    return suspendCall(p, new Object[] {a, b});
  }

  Object again(ErlProcess p, Object a, Object b, Object c) {
    return suspendCall(p, new Object[] {a, b, c});
  }

  Object again(ErlProcess p, Object a, Object b, Object c, Object d) {
    return suspendCall(p, new Object[] {a, b, c, d});
  }

  Object again(ErlProcess p, Object a, Object b, Object c, Object d, Object e) {
    return suspendCall(p, new Object[] {a, b, c, d, e});
  }

  Object again(ErlProcess p, Object a, Object b, Object c, Object d, Object e, Object f) {
    return suspendCall(p, new Object[] {a, b, c, d, e, f});
  }

  Object again(ErlProcess p, Object[] args) {
    return suspendCall(p, args);
  }

  private Object suspendCall(ErlProcess p, Object[] args) {
    if (args.length != arity) {
      throw new IllegalArgumentException(this + " suspended with " + args.length + " arguments");
    }
    return p.suspend(new CallContinuation(this, args));
  }

  /** Carries on in this function from a heap frame it saved; {@code exc} is non-null to raise there instead. */
  Object resume(ErlProcess p, JitFrame frame, Object value, ErlangException exc) {
    try {
      return (Object) resume.invokeExact(p, 0, frame, value, exc);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable t) {
      throw new IllegalStateException(t);
    }
  }

  @Override
  public int arity() {
    return arity;
  }

  @Override
  public Object moduleVersion() {
    return loaded;
  }

  /** Whether this function's module version was purged: its funs must not run it (hot swap). */
  boolean inPurgedVersion() {
    return loaded.isPurged();
  }

  /** Valid until this function's module version is purged (hot swap): what a direct link to it guards on. */
  java.lang.invoke.SwitchPoint unpurged() {
    return loaded.unpurged();
  }

  @Override
  public String toString() {
    return module + ":" + name + "/" + arity + " (jit)";
  }
}
