package org.jbeamjit.runtime.ets.matchspec;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jbeamjit.runtime.term.Atom;
import org.jbeamjit.runtime.term.Cons;
import org.jbeamjit.runtime.term.ErlMap;
import org.jbeamjit.runtime.term.Nil;
import org.jbeamjit.runtime.term.Tuple;

/**
 * Compiles the table dialect of match specifications ({@code [{Head, Guards, Body}]}, what
 * {@code ets:fun2ms/1} produces) into {@link MatchSpec}s, collecting OTP's error messages for
 * {@code erlang:match_spec_test/3} as it goes: compilation goes on after an error, so that every
 * error is reported, as OTP's linter does.
 */
final class MatchSpecCompiler {
  /** OTP's greatest match variable number: {@code '$100000001'} is a plain atom. */
  private static final int MAX_VARIABLE = 100_000_000;

  private static final Atom UNDERSCORE = Atom.of("_");
  private static final Atom WHOLE = Atom.of("$_");
  private static final Atom ALL_BINDINGS = Atom.of("$$");
  private static final Atom CONST = Atom.of("const");
  private static final Atom AND = Atom.of("and");
  private static final Atom OR = Atom.of("or");
  private static final Atom ANDALSO = Atom.of("andalso");
  private static final Atom ANDTHEN = Atom.of("andthen");
  private static final Atom ORELSE = Atom.of("orelse");
  private static final Atom SELF = Atom.of("self");

  /** Special forms of the trace dialect, by atom, with the name OTP's error message gives them. */
  private static final Map<Atom, String> TRACE_FORMS = traceForms();

  private final List<String> errors = new ArrayList<>();

  // Per clause: the head's variables, by number, to their slots.
  private Map<Integer, Integer> slots;

  private MatchSpecCompiler() {}

  /** The result of a compilation: the program, or the errors (in the order OTP reports them). */
  record Result(MatchSpec spec, List<String> errors) {}

  /**
   * Compiles {@code term}. The table functions take {@code []} (nothing matches); compiling or
   * testing one on its own does not ({@code emptyAllowed} false), as in OTP.
   */
  static Result compile(Object term, boolean emptyAllowed) {
    MatchSpecCompiler c = new MatchSpecCompiler();
    MatchSpec spec = c.compileSpec(term, emptyAllowed);
    return new Result(c.errors.isEmpty() ? spec : null, List.copyOf(c.errors));
  }

  private MatchSpec compileSpec(Object term, boolean emptyAllowed) {
    if (!(term instanceof Cons) && !(term == Nil.NIL && emptyAllowed)) {
      errors.add("Match programs are not in a list.");
      return null;
    }
    List<Tuple> parts = new ArrayList<>();
    Object l = term;
    while (l instanceof Cons c) {
      if (!(c.head instanceof Tuple t) || t.arity() != 3) {
        parts = null;
        break;
      }
      parts.add(t);
      l = c.tail;
    }
    // OTP checks the list is proper before it looks at its elements.
    Object end = term;
    while (end instanceof Cons c) {
      end = c.tail;
    }
    if (end != Nil.NIL) {
      errors.add("Match programs are not in a proper list.");
      return null;
    }
    if (parts == null) {
      errors.add("Match program part is not a tuple of arity 3.");
      return null;
    }
    MatchSpec.Clause[] clauses = new MatchSpec.Clause[parts.size()];
    for (int i = 0; i < clauses.length; i++) {
      clauses[i] = compileClause(parts.get(i));
      if (!errors.isEmpty()) {
        return null; // OTP reports the errors of the first clause that has some, no further
      }
    }
    return new MatchSpec(term, clauses);
  }

  /**
   * One clause, or {@code null} with its errors recorded. As OTP's compiler does, an error in the
   * head ends the compilation there; the guards and the body are each compiled whole, so that all
   * their errors are reported, except that a body that is no list ends it after the guards.
   */
  private MatchSpec.Clause compileClause(Tuple part) {
    slots = new HashMap<>();
    Pattern head = pattern(part.get(0));
    if (!errors.isEmpty()) {
      return null;
    }
    Expr[] guards = exprList(part.get(1), true);
    Object bodyTerm = part.get(2);
    if (!(bodyTerm instanceof Cons)) {
      errors.add("Body clause does not return anything.");
      return null;
    }
    Expr[] body = exprList(bodyTerm, false);
    return new MatchSpec.Clause(part.get(0), bodyTerm, head, slots.size(), guards, body);
  }

  // ---- heads ----

  private Pattern pattern(Object t) {
    if (t instanceof Atom a) {
      int n = variableNumber(a);
      if (n >= 0) {
        Integer slot = slots.get(n);
        if (slot != null) {
          return new Pattern.Same(slot);
        }
        slot = slots.size();
        slots.put(n, slot);
        return new Pattern.Bind(slot);
      }
      return a == UNDERSCORE ? Pattern.ANY : new Pattern.Literal(a);
    } else if (t instanceof Tuple tu) {
      Pattern[] es = new Pattern[tu.arity()];
      for (int i = 0; i < es.length; i++) {
        es[i] = pattern(tu.get(i));
      }
      return new Pattern.TuplePattern(es);
    } else if (t instanceof Cons) {
      List<Pattern> heads = new ArrayList<>();
      Object l = t;
      while (l instanceof Cons c) {
        heads.add(pattern(c.head));
        l = c.tail;
      }
      Pattern p = pattern(l);
      for (int i = heads.size() - 1; i >= 0; i--) {
        p = new Pattern.ConsPattern(heads.get(i), p);
      }
      return p;
    } else if (t instanceof ErlMap m) {
      List<Object> keys = new ArrayList<>();
      List<Pattern> values = new ArrayList<>();
      for (Map.Entry<Object, Object> e : m.entries()) {
        Object k = e.getKey();
        // OTP stops at the first bad key: one error from a head at most.
        if (k instanceof Atom ka && variableNumber(ka) >= 0 && errors.isEmpty()) {
          errors.add("Variable found in map key.");
        } else if (k == UNDERSCORE && errors.isEmpty()) {
          errors.add("Underscore found in map key.");
        }
        keys.add(k);
        values.add(pattern(e.getValue()));
      }
      return new Pattern.MapPattern(keys.toArray(), values.toArray(new Pattern[0]));
    } else if (t instanceof Double d) {
      return new Pattern.FloatLiteral(d);
    }
    return new Pattern.Literal(t);
  }

  /** The number of a match variable {@code '$N'}, or -1 if the atom is not one. */
  static int variableNumber(Atom a) {
    String s = a.name();
    int n = s.length();
    if (n < 2 || s.charAt(0) != '$') {
      return -1;
    }
    if (s.charAt(1) == '0') {
      return n == 2 ? 0 : -1;
    }
    if (n > 10) {
      return -1;
    }
    long v = 0;
    for (int i = 1; i < n; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      v = v * 10 + (c - '0');
    }
    return v <= MAX_VARIABLE ? (int) v : -1;
  }

  // ---- guards and bodies ----

  private Expr[] exprList(Object l, boolean guard) {
    if (l == Nil.NIL) {
      return new Expr[0];
    } else if (!(l instanceof Cons)) {
      errors.add("Match expression is not a list.");
      return new Expr[0];
    }
    List<Expr> out = new ArrayList<>();
    Object t = l;
    while (t instanceof Cons c) {
      out.add(expr(c.head, guard));
      t = c.tail;
    }
    if (t != Nil.NIL) {
      errors.add("Match expression is not a proper list.");
    }
    return out.toArray(new Expr[0]);
  }

  private Expr expr(Object t, boolean guard) {
    if (t instanceof Atom a) {
      int n = variableNumber(a);
      if (n >= 0) {
        Integer slot = slots.get(n);
        if (slot == null) {
          errors.add("Variable $" + n + " is unbound.");
          return new Expr.Const(a);
        }
        return new Expr.Var(slot);
      } else if (a == WHOLE) {
        return Expr.WHOLE;
      } else if (a == ALL_BINDINGS) {
        return allBindings();
      }
      return new Expr.Const(a);
    } else if (t instanceof Cons) {
      List<Expr> heads = new ArrayList<>();
      Object l = t;
      while (l instanceof Cons c) {
        heads.add(expr(c.head, guard));
        l = c.tail;
      }
      return folded(new Expr.MakeList(heads.toArray(new Expr[0]), expr(l, guard)));
    } else if (t instanceof Tuple tu) {
      if (tu.arity() == 1 && tu.get(0) instanceof Tuple inner) {
        // OTP compiles a tuple's elements (and a call's arguments) last first: errors come in that order.
        Expr[] es = new Expr[inner.arity()];
        for (int i = es.length - 1; i >= 0; i--) {
          es[i] = expr(inner.get(i), guard);
        }
        return folded(new Expr.MakeTuple(es));
      } else if (tu.arity() >= 1 && tu.get(0) instanceof Atom f && variableNumber(f) < 0) {
        return call(tu, f, guard);
      }
      errors.add(ErtsTermText.of(tu) + " is neither a function call, nor a tuple (tuples are written {{ ... }}).");
      return new Expr.Const(tu);
    } else if (t instanceof ErlMap m) {
      // OTP builds a small map from its constant keys and evaluates only the values; a large one's
      // keys are expressions too.
      boolean keysAreExprs = !m.isFlat();
      List<Map.Entry<Object, Object>> entries = m.toList();
      Expr[] keys = new Expr[entries.size()];
      Expr[] values = new Expr[entries.size()];
      for (int i = entries.size() - 1; i >= 0; i--) {
        Map.Entry<Object, Object> e = entries.get(i);
        keys[i] = keysAreExprs ? expr(e.getKey(), guard) : new Expr.Const(e.getKey());
        values[i] = expr(e.getValue(), guard);
      }
      return folded(new Expr.MakeMap(keys, values));
    }
    return new Expr.Const(t);
  }

  private Expr allBindings() {
    Integer[] numbers = slots.keySet().toArray(new Integer[0]);
    Arrays.sort(numbers);
    int[] ordered = new int[numbers.length];
    for (int i = 0; i < numbers.length; i++) {
      ordered[i] = slots.get(numbers[i]);
    }
    return new Expr.AllBindings(ordered);
  }

  private Expr call(Tuple t, Atom f, boolean guard) {
    int nargs = t.arity() - 1;
    if (f == CONST) {
      if (nargs != 1) {
        errors.add("Special form 'const' called with more than one argument in " + ErtsTermText.of(t) + ".");
        return new Expr.Const(t);
      }
      return new Expr.Const(t.get(1));
    } else if (f == AND || f == OR) {
      if (nargs < 1) {
        errors.add("Special form '" + f.name() + "' called without arguments in " + ErtsTermText.of(t) + ".");
        return new Expr.Const(t);
      }
      return new Expr.Strict(f == AND, args(t, guard, true), !guard);
    } else if (f == ANDALSO || f == ANDTHEN || f == ORELSE) {
      if (nargs < 1) {
        String name = f == ORELSE ? "orelse" : "andalso";
        errors.add("Special form '" + name + "' called without arguments in " + ErtsTermText.of(t) + ".");
        return new Expr.Const(t);
      }
      return new Expr.ShortCircuit(f != ORELSE, args(t, guard, false), !guard);
    } else if (f == SELF) {
      if (nargs != 0) {
        errors.add("Special form 'self' called with arguments in " + ErtsTermText.of(t) + ".");
        return new Expr.Const(t);
      }
      return Expr.SELF;
    }
    String traceForm = TRACE_FORMS.get(f);
    if (traceForm != null) {
      errors.add("Special form '" + traceForm + "' used in wrong dialect.");
      return new Expr.Const(t);
    }
    GuardFunctions.Function fn = GuardFunctions.lookup(f, nargs);
    if (fn == null) {
      String why = GuardFunctions.isTraceOnly(f, nargs) ? "cannot be called in this context." : "does_not_exist.";
      errors.add("Function " + ErtsTermText.of(f) + "/" + nargs + " " + why);
      return new Expr.Const(t);
    }
    return new Expr.Call(fn, args(t, guard, true), !guard);
  }

  /** A call's arguments, compiled last first as OTP compiles them (or first first, for andalso and orelse). */
  private Expr[] args(Tuple t, boolean guard, boolean lastFirst) {
    Expr[] out = new Expr[t.arity() - 1];
    for (int j = 0; j < out.length; j++) {
      int i = lastFirst ? out.length - 1 - j : j;
      out[i] = expr(t.get(i + 1), guard);
    }
    return out;
  }

  /** A construction of constants is a constant. */
  private static Expr folded(Expr e) {
    return e.isConstant() ? new Expr.Const(e.eval(null)) : e;
  }

  private static Map<Atom, String> traceForms() {
    Map<Atom, String> m = new HashMap<>();
    for (String s : Set.of("message", "is_seq_trace", "get_seq_token", "return_trace", "exception_trace",
        "display", "process_dump", "enable_trace", "disable_trace", "trace", "caller", "silent")) {
      m.put(Atom.of(s), s);
    }
    // OTP's message names this one differently from the form itself.
    m.put(Atom.of("set_seq_token"), "set_seq_trace");
    return Map.copyOf(m);
  }
}
