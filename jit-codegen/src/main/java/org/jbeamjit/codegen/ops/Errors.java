package org.jbeamjit.codegen.ops;

import org.jbeamjit.codegen.load.LoadedModule;
import org.jbeamjit.frontend.ir.BeamFunction;
import org.jbeamjit.runtime.error.ErlangException;
import org.jbeamjit.runtime.term.Atom;
import org.jbeamjit.runtime.term.Cons;
import org.jbeamjit.runtime.term.Tuple;

/** The errors BEAM instructions raise, with OTP's reasons. */
public final class Errors {
  public static final Atom BADMATCH = Atom.of("badmatch");
  public static final Atom CASE_CLAUSE = Atom.of("case_clause");
  public static final Atom IF_CLAUSE = Atom.of("if_clause");
  public static final Atom TRY_CLAUSE = Atom.of("try_clause");
  public static final Atom FUNCTION_CLAUSE = Atom.of("function_clause");
  public static final Atom BADRECORD = Atom.of("badrecord");
  public static final Atom BADFUN = Atom.of("badfun");
  public static final Atom BADARITY = Atom.of("badarity");
  public static final Atom BADMAP = Atom.of("badmap");
  public static final Atom BADKEY = Atom.of("badkey");
  public static final Atom UNDEF = Atom.of("undef");

  private Errors() {}

  public static ErlangException badmatch(Object value) {
    return ErlangException.error(Tuple.of(BADMATCH, value));
  }

  public static ErlangException caseClause(Object value) {
    return ErlangException.error(Tuple.of(CASE_CLAUSE, value));
  }

  public static ErlangException ifClause() {
    return ErlangException.error(IF_CLAUSE);
  }

  public static ErlangException tryClause(Object value) {
    return ErlangException.error(Tuple.of(TRY_CLAUSE, value));
  }

  public static ErlangException badrecord(Object value) {
    return ErlangException.error(Tuple.of(BADRECORD, value));
  }

  public static ErlangException badfun(Object value) {
    return ErlangException.error(Tuple.of(BADFUN, value));
  }

  /** {@code {badarity, {Fun, Args}}}: a fun called with the wrong number of arguments. */
  public static ErlangException badarity(Object fun, Object[] args) {
    return ErlangException.error(Tuple.of(BADARITY, Tuple.of(fun, Cons.list(args))));
  }

  public static ErlangException badmap(Object value) {
    return ErlangException.error(Tuple.of(BADMAP, value));
  }

  public static ErlangException badkey(Object key) {
    return ErlangException.error(Tuple.of(BADKEY, key));
  }

  /**
   * {@code function_clause} in function {@code index} of {@code m}: the top frame shows the
   * arguments, {@code {M,F,Args,Location}}, at the function's own line.
   */
  public static ErlangException functionClause(LoadedModule m, int index, int lineIndex, Object[] args) {
    ErlangException e = ErlangException.error(FUNCTION_CLAUSE);
    BeamFunction f = m.function(index);
    e.addFrame(Tuple.of(m.name(), f.name(), Cons.list(args), m.location(lineIndex)));
    return e;
  }
}
