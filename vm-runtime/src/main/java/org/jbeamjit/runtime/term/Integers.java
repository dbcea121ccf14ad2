package org.jbeamjit.runtime.term;

import java.math.BigInteger;

/**
 * Erlang integers are {@link Long} when they fit 64 bits and {@link BigInteger} otherwise, never a
 * BigInteger that fits a long: every operation that can make a big integer normalises through here.
 */
public final class Integers {
  private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
  private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

  private Integers() {}

  /** The canonical term for this integer value. */
  public static Object normalize(BigInteger v) {
    return v.bitLength() < 64 ? (Object) v.longValue() : v;
  }

  public static boolean isInteger(Object t) {
    return t instanceof Long || t instanceof BigInteger;
  }

  public static BigInteger toBig(Object integer) {
    return integer instanceof Long ? BigInteger.valueOf((Long) integer) : (BigInteger) integer;
  }

  static boolean fitsLong(BigInteger v) {
    return v.compareTo(LONG_MIN) >= 0 && v.compareTo(LONG_MAX) <= 0;
  }
}
