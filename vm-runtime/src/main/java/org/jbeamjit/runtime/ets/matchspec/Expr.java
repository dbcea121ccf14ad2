package org.jbeamjit.runtime.ets.matchspec;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jbeamjit.runtime.error.ErlangException;
import org.jbeamjit.runtime.process.ErlProcess;
import org.jbeamjit.runtime.term.Atom;
import org.jbeamjit.runtime.term.Atoms;
import org.jbeamjit.runtime.term.Cons;
import org.jbeamjit.runtime.term.ErlMap;
import org.jbeamjit.runtime.term.Nil;
import org.jbeamjit.runtime.term.Tuple;

/**
 * A compiled guard or body expression. In a guard, a failing function call fails the whole
 * clause (it throws); in a body it gives the atom {@code 'EXIT'} as its value and evaluation goes
 * on, as OTP's match programs do once the head and guards have matched.
 */
abstract class Expr {
  static final Atom EXIT = Atom.of("EXIT");

  /**
   * What an expression sees: the head's variables, the whole matched term and the caller. One is
   * reused for every term a {@link MatchSpec.Runner} runs on.
   */
  static final class Env {
    final Object[] vars;
    final ErlProcess self;
    Object whole;

    Env(Object[] vars, ErlProcess self) {
      this.vars = vars;
      this.self = self;
    }
  }

  abstract Object eval(Env env);

  /** Whether the value is known at compile time ({@link #eval} then needs no environment). */
  boolean isConstant() {
    return false;
  }

  static final class Const extends Expr {
    final Object value;

    Const(Object value) {
      this.value = value;
    }

    @Override
    Object eval(Env env) {
      return value;
    }

    @Override
    boolean isConstant() {
      return true;
    }
  }

  /** {@code '$N'}. */
  static final class Var extends Expr {
    private final int slot;

    Var(int slot) {
      this.slot = slot;
    }

    @Override
    Object eval(Env env) {
      return env.vars[slot];
    }
  }

  /** {@code '$_'}: the whole term matched. */
  static final Expr WHOLE = new Expr() {
    @Override
    Object eval(Env env) {
      return env.whole;
    }
  };

  /** {@code '$$'}: the head's variables, in the order of their numbers. */
  static final class AllBindings extends Expr {
    private final int[] slots;

    AllBindings(int[] slots) {
      this.slots = slots;
    }

    @Override
    Object eval(Env env) {
      Object l = Nil.NIL;
      for (int i = slots.length - 1; i >= 0; i--) {
        l = new Cons(env.vars[slots[i]], l);
      }
      return l;
    }
  }

  /** {@code {self}}: the calling process. */
  static final Expr SELF = new Expr() {
    @Override
    Object eval(Env env) {
      return env.self.pid();
    }
  };

  /** {@code {{E1, ..., En}}}. */
  static final class MakeTuple extends Expr {
    private final Expr[] elements;

    MakeTuple(Expr[] elements) {
      this.elements = elements;
    }

    @Override
    Object eval(Env env) {
      Object[] es = new Object[elements.length];
      for (int i = 0; i < es.length; i++) {
        es[i] = elements[i].eval(env);
      }
      return Tuple.of(es);
    }

    @Override
    boolean isConstant() {
      return allConstant(elements);
    }
  }

  /** {@code [E1, ..., En | Tail]}, elements evaluated in order. */
  static final class MakeList extends Expr {
    private final Expr[] elements;
    private final Expr tail;

    MakeList(Expr[] elements, Expr tail) {
      this.elements = elements;
      this.tail = tail;
    }

    @Override
    Object eval(Env env) {
      Object[] hs = new Object[elements.length];
      for (int i = 0; i < hs.length; i++) {
        hs[i] = elements[i].eval(env);
      }
      Object l = tail.eval(env);
      for (int i = hs.length - 1; i >= 0; i--) {
        l = new Cons(hs[i], l);
      }
      return l;
    }

    @Override
    boolean isConstant() {
      return allConstant(elements) && tail.isConstant();
    }
  }

  /** A map whose keys and values are expressions. */
  static final class MakeMap extends Expr {
    private final Expr[] keys;
    private final Expr[] values;

    MakeMap(Expr[] keys, Expr[] values) {
      this.keys = keys;
      this.values = values;
    }

    @Override
    Object eval(Env env) {
      List<Map.Entry<Object, Object>> entries = new ArrayList<>(keys.length);
      for (int i = 0; i < keys.length; i++) {
        entries.add(Map.entry(keys[i].eval(env), values[i].eval(env)));
      }
      return ErlMap.fromEntries(entries);
    }

    @Override
    boolean isConstant() {
      return allConstant(keys) && allConstant(values);
    }
  }

  /** A guard BIF applied to its arguments. */
  static final class Call extends Expr {
    private final GuardFunctions.Function function;
    private final Expr[] args;
    private final boolean inBody;

    Call(GuardFunctions.Function function, Expr[] args, boolean inBody) {
      this.function = function;
      this.args = args;
      this.inBody = inBody;
    }

    @Override
    Object eval(Env env) {
      Object[] values = new Object[args.length];
      for (int i = 0; i < values.length; i++) {
        values[i] = args[i].eval(env);
      }
      try {
        return function.apply(env.self, values);
      } catch (ErlangException e) {
        if (inBody) {
          return EXIT;
        }
        throw e;
      }
    }
  }

  /** {@code 'and'} and {@code 'or'} of any number of operands: all are evaluated, each must be a boolean. */
  static final class Strict extends Expr {
    private final boolean isAnd;
    private final Expr[] operands;
    private final boolean inBody;

    Strict(boolean isAnd, Expr[] operands, boolean inBody) {
      this.isAnd = isAnd;
      this.operands = operands;
      this.inBody = inBody;
    }

    @Override
    Object eval(Env env) {
      boolean result = isAnd;
      for (Expr e : operands) {
        Object v = e.eval(env);
        if (v == Atoms.TRUE) {
          result |= !isAnd;
        } else if (v == Atoms.FALSE) {
          result &= !isAnd;
        } else {
          return notBoolean(inBody);
        }
      }
      return Atoms.bool(result);
    }
  }

  /**
   * {@code andalso} and {@code orelse} of any number of operands: stops at the first that
   * decides; the last one's value is the result whatever it is.
   */
  static final class ShortCircuit extends Expr {
    private final boolean isAndAlso;
    private final Expr[] operands;
    private final boolean inBody;

    ShortCircuit(boolean isAndAlso, Expr[] operands, boolean inBody) {
      this.isAndAlso = isAndAlso;
      this.operands = operands;
      this.inBody = inBody;
    }

    @Override
    Object eval(Env env) {
      Atom decides = isAndAlso ? Atoms.FALSE : Atoms.TRUE;
      Atom continues = isAndAlso ? Atoms.TRUE : Atoms.FALSE;
      int last = operands.length - 1;
      for (int i = 0; i < last; i++) {
        Object v = operands[i].eval(env);
        if (v == decides) {
          return v;
        } else if (v != continues) {
          return notBoolean(inBody);
        }
      }
      return operands[last].eval(env);
    }
  }

  private static Object notBoolean(boolean inBody) {
    if (inBody) {
      return EXIT;
    }
    throw ErlangException.badarg();
  }

  private static boolean allConstant(Expr[] es) {
    for (Expr e : es) {
      if (!e.isConstant()) {
        return false;
      }
    }
    return true;
  }
}
