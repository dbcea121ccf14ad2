package org.jbeamjit.codegen.jit;

import org.jbeamjit.codegen.ops.Calls;
import org.jbeamjit.runtime.code.FunctionCode;
import org.jbeamjit.runtime.process.ErlProcess;
import org.jbeamjit.runtime.term.LocalFun;

/**
 * What compiled code's {@code call_fun} calls: a fun of compiled code with the right arity goes
 * straight to its function with the free variables read from the fun ({@link ModuleDispatch}),
 * anything else (another kind of fun, a bad fun or arity, interpreted code) to ops'
 * {@link Calls#callFun}, the one place that knows those cases.
 */
final class FunCalls {
  private FunCalls() {}

  static Object call(ErlProcess p, int depth, Object fun, Object[] args) {
    if (fun instanceof LocalFun f && f.arity() == args.length) {
      FunctionCode c = f.code();
      if (c instanceof TieredFunction t) {
        c = t.current();
      }
      if (c instanceof JitFunction j && !j.inPurgedVersion()) { // a purged version's fun: ops says what runs
        return j.invokeFun(p, depth, args, f);
      }
    }
    return Calls.callFun(p, depth, fun, args);
  }
}
