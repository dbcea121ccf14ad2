package org.jbeamjit.codegen.ops;

import org.jbeamjit.codegen.load.CompiledFunction;
import org.jbeamjit.runtime.code.ExportTable;
import org.jbeamjit.runtime.code.FunctionCode;
import org.jbeamjit.runtime.process.ErlProcess;
import org.jbeamjit.runtime.term.Atom;

/**
 * The exports the VM implements as calls rather than BIFs, because they run Erlang code:
 * {@code erlang:apply/2,3} reached through the export table ({@code fun erlang:apply/3},
 * {@code apply(erlang, apply, ...)}). Calls the compiler emits to them become the {@code apply}
 * instructions instead.
 */
public final class VmFunctions {
  private static final Atom ERLANG = Atom.of("erlang");
  private static final Atom APPLY = Atom.of("apply");

  private VmFunctions() {}

  /** Binds the export entries of these functions. */
  public static void bindAll() {
    bind(APPLY, new FunctionCode() {
      @Override
      public Object invoke(ErlProcess p, int depth, Object[] args) {
        return Calls.applyFun(p, depth, args[0], args[1]);
      }

      @Override
      public int arity() {
        return 2;
      }
    });
    bind(APPLY, new FunctionCode() {
      @Override
      public Object invoke(ErlProcess p, int depth, Object[] args) {
        return Calls.apply(p, depth, args[0], args[1], args[2]);
      }

      @Override
      public int arity() {
        return 3;
      }
    });
  }

  private static void bind(Atom name, FunctionCode code) {
    CompiledFunction f = CompiledFunction.of(code);
    ExportTable.entry(ERLANG, name, code.arity()).bind(f.code(), f.direct());
  }
}
