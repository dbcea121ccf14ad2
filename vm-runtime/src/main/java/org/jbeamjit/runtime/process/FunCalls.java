package org.jbeamjit.runtime.process;

import org.jbeamjit.runtime.code.ExportTable;
import org.jbeamjit.runtime.code.FunctionCode;
import org.jbeamjit.runtime.error.ErlangException;
import org.jbeamjit.runtime.term.Atom;
import org.jbeamjit.runtime.term.Cons;
import org.jbeamjit.runtime.term.ExportFun;
import org.jbeamjit.runtime.term.Fun;
import org.jbeamjit.runtime.term.LocalFun;
import org.jbeamjit.runtime.term.Tuple;

/**
 * How runtime code (a new process's first call, {@code erlang:apply/2}) calls a fun. The engines
 * install their own {@code call_fun} path, which also finds the code of a fun decoded from the
 * external term format; the built-in one calls funs whose code is bound and export funs.
 */
public final class FunCalls {
  /** Calls {@code fun} with {@code args}; returns a term or {@link ErlProcess#YIELD}. */
  public interface Applier {
    Object apply(ErlProcess p, int depth, Object fun, Object[] args);
  }

  private static final Atom BADFUN = Atom.of("badfun");
  private static final Atom BADARITY = Atom.of("badarity");

  private static volatile Applier applier = FunCalls::applyBound;

  private FunCalls() {}

  public static void install(Applier a) {
    applier = a;
  }

  public static Object apply(ErlProcess p, int depth, Object fun, Object[] args) {
    return applier.apply(p, depth, fun, args);
  }

  private static Object applyBound(ErlProcess p, int depth, Object fun, Object[] args) {
    if (!(fun instanceof Fun f)) {
      throw ErlangException.error(Tuple.of(BADFUN, fun));
    }
    if (f.arity() != args.length) {
      throw ErlangException.error(Tuple.of(BADARITY, Tuple.of(fun, Cons.list(args))));
    }
    if (f instanceof ExportFun e) {
      return ExportTable.entry(e.module, e.function, args.length).invoke(p, depth, args);
    }
    LocalFun lf = (LocalFun) f;
    FunctionCode code = lf.code();
    if (code == null) {
      throw ErlangException.error(Tuple.of(BADFUN, fun));
    }
    Object[] all = new Object[args.length + lf.envSize()];
    System.arraycopy(args, 0, all, 0, args.length);
    for (int i = 0; i < lf.envSize(); i++) {
      all[args.length + i] = lf.env(i);
    }
    return code.invoke(p, depth, all);
  }
}
