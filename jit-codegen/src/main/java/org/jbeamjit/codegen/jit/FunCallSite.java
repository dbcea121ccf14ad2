package org.jbeamjit.codegen.jit;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.invoke.MutableCallSite;
import org.jbeamjit.runtime.code.Export;
import org.jbeamjit.runtime.code.FunctionCode;
import org.jbeamjit.runtime.process.ErlProcess;
import org.jbeamjit.runtime.term.LocalFun;

/**
 * The call site of a {@code call_fun} in compiled code, of type {@code (ErlProcess, int depth,
 * Object fun, Object x0 .. x(n-1))Object}: an inline cache. It starts unlinked; its first call of
 * a compiled fun links it to that fun's function, behind a guard that the next fun has the same
 * code, so HotSpot sees a direct call it can inline (the free variables are read from the fun
 * into the call's arguments). A site that then meets other funs {@link #MISSES} times stops
 * relinking and calls through {@link FunCalls} for good, as every fun call did before.
 *
 * <p>Why: a fold or map over a closure spent most of its time getting to the fun's code (the
 * argument array, the module's dispatch switch, a call HotSpot cannot inline), where BEAM makes
 * one indirect call.
 */
final class FunCallSite extends MutableCallSite {
  /** Calls of other funs after which a site stays generic. */
  static final int MISSES = 8;

  private static final MethodHandle FALLBACK;
  private static final MethodHandle GENERIC;
  private static final MethodHandle SAME_CODE;
  private static final MethodHandle ENV;

  static {
    MethodHandles.Lookup l = MethodHandles.lookup();
    try {
      FALLBACK = l.findVirtual(FunCallSite.class, "fallback", MethodType.methodType(Object.class, ErlProcess.class,
          int.class, Object.class, Object[].class));
      GENERIC = l.findStatic(FunCalls.class, "call", MethodType.methodType(Object.class, ErlProcess.class, int.class,
          Object.class, Object[].class));
      SAME_CODE = l.findStatic(FunCallSite.class, "hasCode", MethodType.methodType(boolean.class, Object.class,
          FunctionCode.class, int.class));
      ENV = l.findVirtual(LocalFun.class, "env", MethodType.methodType(Object.class, int.class));
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private final int arity;
  private int misses;

  FunCallSite(MethodType type) {
    super(type);
    this.arity = type.parameterCount() - 3;
    setTarget(collecting(FALLBACK.bindTo(this)));
  }


  /** Adapts {@code (p, depth, fun, Object[])Object} to this site's type. */
  private MethodHandle collecting(MethodHandle h) {
    return h.asCollector(Object[].class, arity).asType(type());
  }

  private Object fallback(ErlProcess p, int depth, Object fun, Object[] args) {
    if (misses < MISSES && fun instanceof LocalFun f && f.arity() == arity) {
      FunctionCode code = f.code();
      FunctionCode current = code instanceof TieredFunction t ? t.current() : code;
      if (current instanceof JitFunction j && j.arity() <= Export.MAX_DIRECT_ARITY && f.envSize() == j.arity() - arity
          && !j.inPurgedVersion()) {
        misses++;
        // Once the fun's module version is purged, its funs take the generic path (badfun).
        MethodHandle linked = j.unpurged().guardWithTest(direct(j, f.envSize()), collecting(GENERIC));
        setTarget(MethodHandles.guardWithTest(guard(code, f.envSize()), linked, getTarget()));
        if (misses == MISSES) {
          setTarget(collecting(GENERIC));
        }
      }
    }
    return FunCalls.call(p, depth, fun, args);
  }

  /** {@code (p, depth, fun, x..)boolean}: whether {@code fun} is a fun with {@code code} and {@code free} free variables. */
  private MethodHandle guard(FunctionCode code, int free) {
    MethodHandle test = MethodHandles.insertArguments(SAME_CODE, 1, code, free);
    test = MethodHandles.dropArguments(test, 0, ErlProcess.class, int.class);
    return MethodHandles.dropArguments(test, 3, type().parameterList().subList(3, 3 + arity));
  }

  /** {@code (p, depth, fun, x..)Object}: the function's method with the fun's free variables after the arguments. */
  private MethodHandle direct(JitFunction j, int free) {
    MethodHandle h = j.direct();
    if (free == 0) {
      return MethodHandles.dropArguments(h, 2, Object.class);
    }
    MethodHandle[] getters = new MethodHandle[free];
    for (int i = 0; i < free; i++) {
      getters[i] = MethodHandles.insertArguments(ENV, 1, i).asType(MethodType.methodType(Object.class, Object.class));
    }
    h = MethodHandles.filterArguments(h, 2 + arity, getters); // (p, depth, x.., fun, .., fun)
    int[] order = new int[2 + arity + free];
    order[0] = 0;
    order[1] = 1;
    for (int i = 0; i < arity; i++) {
      order[2 + i] = 3 + i;
    }
    for (int i = 0; i < free; i++) {
      order[2 + arity + i] = 2;
    }
    return MethodHandles.permuteArguments(h, type(), order);
  }

  private static boolean hasCode(Object fun, FunctionCode code, int free) {
    return fun instanceof LocalFun f && f.code() == code && f.envSize() == free;
  }
}
