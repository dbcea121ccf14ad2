package org.jbeamjit.runtime.term;

/**
 * Term order, equality and hashing with OTP's semantics.
 * (Being implemented: see the term-model work.)
 */
public final class Terms {
  private Terms() {}

  /** Erlang's standard term order: negative, zero or positive as {@code a < b}, {@code a == b}, {@code a > b}. */
  public static int compare(Object a, Object b) {
    throw new UnsupportedOperationException("in progress");
  }

  /** {@code =:=}. */
  public static boolean exactEquals(Object a, Object b) {
    throw new UnsupportedOperationException("in progress");
  }

  /** {@code ==}: like {@code =:=} but integers and floats compare by value. */
  public static boolean arithEquals(Object a, Object b) {
    throw new UnsupportedOperationException("in progress");
  }

  /** The order of keys in a map: like {@link #compare} except all integers sort before all floats. */
  public static int compareMapKeys(Object a, Object b) {
    throw new UnsupportedOperationException("in progress");
  }

  /** A hash consistent with {@link #exactEquals}. */
  public static int hash(Object t) {
    throw new UnsupportedOperationException("in progress");
  }
}
