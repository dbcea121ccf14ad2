package org.jbeamjit.codegen.ops;

import org.jbeamjit.codegen.load.CompiledFunction;
import org.jbeamjit.runtime.code.ExportTable;
import org.jbeamjit.runtime.code.FunctionCode;
import org.jbeamjit.runtime.process.ErlProcess;
import org.jbeamjit.runtime.term.Atom;

/**
 * The exports the VM implements itself as functions rather than BIFs: {@code erlang:apply/2,3}
 * reached through the export table ({@code fun erlang:apply/3}, {@code apply(erlang, apply, ...)};
 * calls the compiler emits to them become the {@code apply} instructions instead), and the part
 * of OTP's {@code init} a node without OTP's boot needs ({@code init:stop/0,1}).
 */
public final class VmFunctions {
  private static final Atom ERLANG = Atom.of("erlang");
  private static final Atom APPLY = Atom.of("apply");
  private static final Atom INIT = Atom.of("init");
  private static final Atom STOP = Atom.of("stop");

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
    bind(INIT, STOP, new FunctionCode() {
      @Override
      public Object invoke(ErlProcess p, int depth, Object[] args) {
        throw new Halt(0);
      }

      @Override
      public int arity() {
        return 0;
      }
    });
    bind(INIT, STOP, new FunctionCode() {
      @Override
      public Object invoke(ErlProcess p, int depth, Object[] args) {
        return NodeBifs.halt(args[0]);
      }

      @Override
      public int arity() {
        return 1;
      }
    });
  }

  /** Modules whose functions the VM provides here, never to be loaded from the OTP code path. */
  public static boolean isProvided(Atom module) {
    return module == INIT;
  }

  private static void bind(Atom name, FunctionCode code) {
    bind(ERLANG, name, code);
  }

  private static void bind(Atom module, Atom name, FunctionCode code) {
    CompiledFunction f = CompiledFunction.of(code);
    ExportTable.entry(module, name, code.arity()).bind(f.code(), f.direct());
  }
}
