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

  /**
   * OTP's immediate ("small") integers on a 64-bit machine are 60-bit. Some BIFs and some fields
   * of the external format accept only those, and hashes of immediates see their machine word,
   * so a {@code Long} outside this range counts as a bignum there.
   */
  public static final int SMALL_BITS = 60;
  private static final long MIN_SMALL = -(1L << (SMALL_BITS - 1));
  private static final long MAX_SMALL = (1L << (SMALL_BITS - 1)) - 1;

  /** Whether {@code t} is one of OTP's small integers. */
  public static boolean isSmall(Object t) {
    return t instanceof Long l && l >= MIN_SMALL && l <= MAX_SMALL;
  }

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
