package org.jbeamjit.runtime.atomics;

import java.math.BigInteger;
import org.jbeamjit.runtime.error.ErlangException;

/**
 * The 64-bit words of atomics and counters as Erlang integers: signed or unsigned, and the
 * increments OTP accepts, any integer from -2^63 to 2^64-1, added modulo 2^64.
 */
final class Words {
  private static final BigInteger TWO_64 = BigInteger.ONE.shiftLeft(64);
  private static final BigInteger MAX_UNSIGNED = TWO_64.subtract(BigInteger.ONE);

  private Words() {}

  /** A signed 64-bit value; {@code badarg} outside [-2^63, 2^63-1]. */
  static long signed(Object v) {
    if (v instanceof Long l) {
      return l;
    }
    throw ErlangException.badarg();
  }

  /** An unsigned 64-bit value as its bits; {@code badarg} outside [0, 2^64-1]. */
  static long unsigned(Object v) {
    if (v instanceof Long l && l >= 0) {
      return l;
    } else if (v instanceof BigInteger b && b.signum() > 0 && b.compareTo(MAX_UNSIGNED) <= 0) {
      return b.longValue();
    }
    throw ErlangException.badarg();
  }

  /** An increment: any integer in [-2^63, 2^64-1], as the bits added modulo 2^64. */
  static long increment(Object v) {
    if (v instanceof Long l) {
      return l;
    } else if (v instanceof BigInteger b && b.signum() > 0 && b.compareTo(MAX_UNSIGNED) <= 0) {
      return b.longValue();
    }
    throw ErlangException.badarg();
  }

  /** The term for a word read as signed or unsigned. */
  static Object term(long bits, boolean signed) {
    if (signed || bits >= 0) {
      return bits;
    }
    return BigInteger.valueOf(bits).add(TWO_64);
  }

  /** A value of a word of the given signedness. */
  static long value(Object v, boolean signed) {
    return signed ? signed(v) : unsigned(v);
  }
}
