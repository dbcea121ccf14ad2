package org.jbeamjit.runtime.ets.matchspec;

import java.util.List;
import org.jbeamjit.runtime.error.ErlangException;
import org.jbeamjit.runtime.process.ErlProcess;
import org.jbeamjit.runtime.term.Atom;
import org.jbeamjit.runtime.term.Atoms;
import org.jbeamjit.runtime.term.Cons;
import org.jbeamjit.runtime.term.ErlMap;
import org.jbeamjit.runtime.term.Nil;
import org.jbeamjit.runtime.term.Terms;
import org.jbeamjit.runtime.term.Tuple;

/**
 * A compiled match specification of the table dialect: clauses of a head, guards and a body,
 * tried in order against a term. The first clause whose head matches and whose guards are all
 * {@code true} gives the result: its last body expression's value.
 */
public final class MatchSpec {
  private static final Atom UNDERSCORE = Atom.of("_");
  private static final Atom WHOLE = Atom.of("$_");
  private static final Atom ALL_BINDINGS = Atom.of("$$");
  private static final Atom CONST = Atom.of("const");
  private static final Atom ELEMENT = Atom.of("element");

  /** One {@code {Head, Guards, Body}}, with its source terms (which {@link #keepsKey} reads). */
  record Clause(Object headTerm, Object bodyTerm, Pattern head, int slotCount, Expr[] guards, Expr[] body) {}

  private final Object source;
  private final Clause[] clauses;
  private final int maxSlots;

  MatchSpec(Object source, Clause[] clauses) {
    this.source = source;
    this.clauses = clauses;
    int m = 0;
    for (Clause c : clauses) {
      m = Math.max(m, c.slotCount);
    }
    this.maxSlots = m;
  }

  /**
   * The match specification {@code term} compiled for a table function, or {@code null} if it is
   * not a valid one; {@code []} is valid there (nothing matches).
   */
  public static MatchSpec compile(Object term) {
    return MatchSpecCompiler.compile(term, true).spec();
  }

  /**
   * The match specification {@code term} compiled on its own ({@code ets:match_spec_compile/1},
   * {@code erlang:match_spec_test/3}), or {@code null}: there {@code []} is no specification.
   */
  public static MatchSpec compileAlone(Object term) {
    return MatchSpecCompiler.compile(term, false).spec();
  }

  /** The errors OTP reports for {@code term} ({@code erlang:match_spec_test/3}); empty if it compiles. */
  public static List<String> errors(Object term) {
    return MatchSpecCompiler.compile(term, false).errors();
  }

  /** The term this was compiled from. */
  public Object source() {
    return source;
  }

  /**
   * Runs the specification on {@code term} for the process {@code self} (what {@code {self}}
   * gives): the result, or {@code null} if no clause matches.
   */
  public Object run(Object term, ErlProcess self) {
    return runner(self).run(term);
  }

  /** A runner for many terms in a row, by one process on one thread. */
  public Runner runner(ErlProcess self) {
    return new Runner(self);
  }

  /** Runs the specification on term after term, reusing its scratch space (the variables). */
  public final class Runner {
    private final Expr.Env env;

    private Runner(ErlProcess self) {
      this.env = new Expr.Env(maxSlots == 0 ? null : new Object[maxSlots], self);
    }

    /** The result for {@code term}, or {@code null} if no clause matches. */
    public Object run(Object term) {
      Object[] vars = env.vars;
      env.whole = term;
      clauses:
      for (Clause c : clauses) {
        if (!c.head.match(term, vars)) {
          continue;
        }
        for (Expr g : c.guards) {
          try {
            if (g.eval(env) != Atoms.TRUE) {
              continue clauses;
            }
          } catch (ErlangException e) {
            continue clauses; // a guard that fails fails its clause
          }
        }
        Object result = Atoms.TRUE;
        for (Expr b : c.body) {
          result = b.eval(env);
        }
        return result;
      }
      return null;
    }
  }

  /**
   * The key every clause's head gives in full, when the object's key is element {@code keyIndex}
   * (from 0) of a tuple: one per clause, or {@code null} if some clause's head could match
   * objects of any key. Only a hint for finding candidates; the whole specification still runs.
   */
  public Object[] boundKeys(int keyIndex) {
    Object[] keys = new Object[clauses.length];
    for (int i = 0; i < clauses.length; i++) {
      if (!(clauses[i].head instanceof Pattern.TuplePattern t) || t.arity() <= keyIndex
          || !t.element(keyIndex).isGround()) {
        return null;
      }
      keys[i] = t.element(keyIndex).groundValue();
    }
    return keys;
  }

  /**
   * For a one-clause specification whose head's key (element {@code keyIndex}, from 0) is a tuple
   * pattern: its arity and its leading elements given in full. Every key it can match is a tuple
   * of that arity starting with those elements, which bounds the keys an {@code ordered_set} must
   * visit. {@code null} otherwise.
   */
  public TuplePrefix keyTuplePrefix(int keyIndex) {
    if (clauses.length != 1 || !(clauses[0].head instanceof Pattern.TuplePattern t) || t.arity() <= keyIndex
        || !(t.element(keyIndex) instanceof Pattern.TuplePattern key)) {
      return null;
    }
    int k = 0;
    while (k < key.arity() && key.element(k).isGround()) {
      k++;
    }
    Object[] prefix = new Object[k];
    for (int i = 0; i < k; i++) {
      prefix[i] = key.element(i).groundValue();
    }
    return new TuplePrefix(key.arity(), prefix);
  }

  /** Tuples of {@code arity} elements whose first ones are {@code prefix}. */
  public record TuplePrefix(int arity, Object[] prefix) {}

  /**
   * Whether every clause returns an object with the key it matched, as {@code ets:select_replace/2}
   * requires: its body is {@code ['$_']}, or one tuple construction whose key element rebuilds
   * the head's key (or is {@code {element, KeyPos, '$_'}}). OTP's rule, applied to the source.
   */
  public boolean keepsKey(int keyIndex) {
    for (Clause c : clauses) {
      if (!keepsKey(keyIndex, c.headTerm, c.bodyTerm)) {
        return false;
      }
    }
    return true;
  }

  private static boolean keepsKey(int keyIndex, Object head, Object body) {
    if (!(body instanceof Cons cell) || cell.tail != Nil.NIL) {
      return false;
    }
    Object single = cell.head;
    if (single == WHOLE) {
      return true;
    }
    if (!(single instanceof Tuple st)) {
      return false;
    }
    Object matchKey = element(head, keyIndex);
    if (matchKey == null) {
      return false;
    }
    Object built;
    boolean constMode;
    if (st.arity() == 2 && st.get(0) == CONST) {
      built = st.get(1);
      constMode = true;
    } else if (st.arity() == 1) {
      built = st.get(0);
      constMode = false;
    } else {
      return false;
    }
    Object builtKey = element(built, keyIndex);
    if (builtKey == null) {
      return false;
    }
    if (rebuildsSame(matchKey, builtKey, constMode)) {
      return true;
    }
    if (constMode) {
      return false;
    }
    return builtKey instanceof Tuple bk && bk.arity() == 3 && bk.get(0) == ELEMENT
        && bk.get(2) == WHOLE && bk.get(1) instanceof Long pos && pos == keyIndex + 1;
  }

  private static Object element(Object t, int index) {
    return t instanceof Tuple tu && tu.arity() > index ? tu.get(index) : null;
  }

  /**
   * Whether the body expression {@code b} always builds the term that the head part {@code a}
   * matched: the same structure, with the same variables and constants.
   */
  private static boolean rebuildsSame(Object a, Object b, boolean constMode) {
    if (b instanceof Cons bc) {
      return a instanceof Cons ac && rebuildsSame(ac.head, bc.head, constMode)
          && rebuildsSame(ac.tail, bc.tail, constMode);
    } else if (b instanceof Tuple bt) {
      Tuple built = bt;
      if (!constMode) {
        if (bt.arity() == 1 && bt.get(0) instanceof Tuple inner) {
          built = inner;
        } else if (bt.arity() == 2 && bt.get(0) == CONST) {
          return rebuildsSame(a, bt.get(1), true);
        } else {
          return false; // a function call, or not a valid construction
        }
      }
      if (!(a instanceof Tuple at) || at.arity() != built.arity()) {
        return false;
      }
      for (int i = 0; i < at.arity(); i++) {
        if (!rebuildsSame(at.get(i), built.get(i), constMode)) {
          return false;
        }
      }
      return true;
    } else if (b instanceof ErlMap) {
      return false; // the matched map may have had more keys
    } else if (b instanceof Atom ba) {
      if (a != ba || ba == UNDERSCORE || ba == ALL_BINDINGS || ba == WHOLE) {
        return false;
      }
      return !(constMode && MatchSpecCompiler.variableNumber(ba) >= 0);
    }
    return Terms.exactEquals(a, b);
  }
}
