package org.jbeamjit.runtime.bif;

import org.jbeamjit.runtime.error.ErlangException;
import org.jbeamjit.runtime.term.Atom;
import org.jbeamjit.runtime.term.Cons;
import org.jbeamjit.runtime.term.ExportFun;
import org.jbeamjit.runtime.term.Fun;
import org.jbeamjit.runtime.term.Nil;
import org.jbeamjit.runtime.term.TermPrinter;

/** Funs as values: making an external fun from its name, and a fun's text. */
public final class FunBifs {
  private FunBifs() {}

  /** {@code fun M:F/A} (erl_eval evaluates {@code fun M:F/A} with variables through this). */
  @Bif(name = "make_fun")
  public static Object makeFun(Object module, Object function, Object arity) {
    Atom m = Args.atom(module);
    Atom f = Args.atom(function);
    return new ExportFun(m, f, Args.intIn(arity, 0, 255));
  }

  /** {@code "#Fun<M.Index.Uniq>"} or {@code "fun M:F/A"}, as {@code io_lib} prints funs. */
  @Bif(name = "fun_to_list")
  public static Object funToList(Object fun) {
    if (!(fun instanceof Fun)) {
      throw ErlangException.badarg();
    }
    String text = TermPrinter.write(fun);
    Object l = Nil.NIL;
    for (int i = text.length(); i > 0; ) {
      int cp = text.codePointBefore(i);
      i -= Character.charCount(cp);
      l = new Cons((long) cp, l);
    }
    return l;
  }
}
