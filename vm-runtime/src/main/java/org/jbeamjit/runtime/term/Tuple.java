package org.jbeamjit.runtime.term;

/**
 * A tuple. {@link #elems} is exposed for compiled code and must never be written after
 * construction: terms are immutable and shared between processes.
 */
public final class Tuple extends TermObject {
  /** OTP's limit on tuple arity (2^24 - 1). */
  public static final int MAX_ARITY = (1 << 24) - 1;

  public static final Tuple EMPTY = new Tuple();

  public final Object[] elems;

  public Tuple(Object... elems) {
    this.elems = elems;
  }

  public static Tuple of(Object... elems) {
    return elems.length == 0 ? EMPTY : new Tuple(elems);
  }

  public int arity() {
    return elems.length;
  }

  /** Element {@code i}, counting from 0. */
  public Object get(int i) {
    return elems[i];
  }
}
