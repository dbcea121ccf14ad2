package org.jbeamjit.codegen.jit;

import org.jbeamjit.runtime.process.ErlProcess;
import org.jbeamjit.runtime.term.LocalFun;

/**
 * Calls a module version's functions by index with their arguments in an array: the one instance
 * of each module's hidden class is one of these, its methods a switch over the module's
 * functions that spreads the array into a direct call ({@link DispatchEmitter}).
 *
 * <p>Why not a spreading {@link java.lang.invoke.MethodHandle} per function: invoked from a field,
 * a handle is not a constant, so each call ran the spreader's lambda form, about a third of a
 * fun-heavy loop's time (JFR: {@code JitFunction.invoke} 26-36% of {@code lists:foldl/map} and
 * of a fold over a closure). A virtual call into a tableswitch costs a few instructions.
 */
abstract class ModuleDispatch {
  /** Calls function {@code fn} with {@code args} (exactly its arity). */
  abstract Object invoke(int fn, ErlProcess p, int depth, Object[] args);

  /**
   * Calls function {@code fn}, the code of {@code fun}, with {@code args} (the fun's arity) followed
   * by the fun's free variables, without copying them into one array first.
   */
  abstract Object invokeFun(int fn, ErlProcess p, int depth, Object[] args, LocalFun fun);

  /** {@link #invokeFun} for a function whose funs do not all have the same number of free variables. */
  final Object invokeWithEnv(int fn, ErlProcess p, int depth, Object[] args, LocalFun fun) {
    int free = fun.envSize();
    Object[] all = new Object[args.length + free];
    System.arraycopy(args, 0, all, 0, args.length);
    for (int i = 0; i < free; i++) {
      all[args.length + i] = fun.env(i);
    }
    return invoke(fn, p, depth, all);
  }
}
