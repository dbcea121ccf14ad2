package org.jbeamjit.runtime.ets.matchspec;

import org.jbeamjit.runtime.term.Cons;
import org.jbeamjit.runtime.term.ErlMap;
import org.jbeamjit.runtime.term.Terms;
import org.jbeamjit.runtime.term.Tuple;

/**
 * A compiled match-spec head: matches a term, binding the {@code '$N'} variables into slots.
 * Values are compared as OTP's match programs compare them: exactly ({@code =:=}), except that a
 * float in the head matches only a float of the same bits.
 */
abstract class Pattern {
  /** Whether {@code term} matches; on success the head's variables are in {@code vars}. */
  abstract boolean match(Object term, Object[] vars);

  /** Whether the pattern is a constant (no variable and no {@code '_'}): a key given in full. */
  boolean isGround() {
    return false;
  }

  /** The term a ground pattern matches (only when {@link #isGround}). */
  Object groundValue() {
    throw new IllegalStateException("not ground: " + this);
  }

  /** {@code '_'}. */
  static final Pattern ANY = new Pattern() {
    @Override
    boolean match(Object term, Object[] vars) {
      return true;
    }
  };

  /** The first occurrence of a variable. */
  static final class Bind extends Pattern {
    private final int slot;

    Bind(int slot) {
      this.slot = slot;
    }

    @Override
    boolean match(Object term, Object[] vars) {
      vars[slot] = term;
      return true;
    }
  }

  /** A later occurrence of a variable: the same term again. */
  static final class Same extends Pattern {
    private final int slot;

    Same(int slot) {
      this.slot = slot;
    }

    @Override
    boolean match(Object term, Object[] vars) {
      return Terms.exactEquals(vars[slot], term);
    }
  }

  /** Any other term, matched exactly. */
  static final class Literal extends Pattern {
    private final Object value;

    Literal(Object value) {
      this.value = value;
    }

    @Override
    boolean match(Object term, Object[] vars) {
      return Terms.exactEquals(value, term);
    }

    @Override
    boolean isGround() {
      return true;
    }

    @Override
    Object groundValue() {
      return value;
    }
  }

  /** A float: OTP compares the bits, so {@code 0.0} does not match {@code -0.0}. */
  static final class FloatLiteral extends Pattern {
    private final double value;

    FloatLiteral(double value) {
      this.value = value;
    }

    @Override
    boolean match(Object term, Object[] vars) {
      return term instanceof Double d && Double.doubleToRawLongBits(d) == Double.doubleToRawLongBits(value);
    }

    @Override
    boolean isGround() {
      return true;
    }

    @Override
    Object groundValue() {
      return value;
    }
  }

  static final class TuplePattern extends Pattern {
    private final Pattern[] elements;

    TuplePattern(Pattern[] elements) {
      this.elements = elements;
    }

    /** Element {@code i} (from 0), for finding the key of a table's object. */
    Pattern element(int i) {
      return elements[i];
    }

    int arity() {
      return elements.length;
    }

    @Override
    boolean match(Object term, Object[] vars) {
      if (!(term instanceof Tuple t) || t.elems.length != elements.length) {
        return false;
      }
      for (int i = 0; i < elements.length; i++) {
        if (!elements[i].match(t.elems[i], vars)) {
          return false;
        }
      }
      return true;
    }

    @Override
    boolean isGround() {
      for (Pattern p : elements) {
        if (!p.isGround()) {
          return false;
        }
      }
      return true;
    }

    @Override
    Object groundValue() {
      Object[] es = new Object[elements.length];
      for (int i = 0; i < es.length; i++) {
        es[i] = elements[i].groundValue();
      }
      return Tuple.of(es);
    }
  }

  static final class ConsPattern extends Pattern {
    private final Pattern head;
    private final Pattern tail;

    ConsPattern(Pattern head, Pattern tail) {
      this.head = head;
      this.tail = tail;
    }

    @Override
    boolean match(Object term, Object[] vars) {
      // Walks the list spine in a loop, so a long list in a head does not deepen the JVM stack.
      Pattern p = this;
      Object t = term;
      while (p instanceof ConsPattern c) {
        if (!(t instanceof Cons cell) || !c.head.match(cell.head, vars)) {
          return false;
        }
        p = c.tail;
        t = cell.tail;
      }
      return p.match(t, vars);
    }

    @Override
    boolean isGround() {
      Pattern p = this;
      while (p instanceof ConsPattern c) {
        if (!c.head.isGround()) {
          return false;
        }
        p = c.tail;
      }
      return p.isGround();
    }

    @Override
    Object groundValue() {
      return new Cons(head.groundValue(), tail.groundValue());
    }
  }

  /** A map head: the map has at least these keys (compared exactly), with matching values. */
  static final class MapPattern extends Pattern {
    private final Object[] keys;
    private final Pattern[] values;

    MapPattern(Object[] keys, Pattern[] values) {
      this.keys = keys;
      this.values = values;
    }

    @Override
    boolean match(Object term, Object[] vars) {
      if (!(term instanceof ErlMap m) || m.size() < keys.length) {
        return false;
      }
      for (int i = 0; i < keys.length; i++) {
        Object v = m.get(keys[i]);
        if (v == null || !values[i].match(v, vars)) {
          return false;
        }
      }
      return true;
    }

    // Never ground: a map head matches maps with more keys too, so it names no single key.
  }
}
