package org.jbeamjit.runtime.bif;

import java.math.BigInteger;
import org.jbeamjit.runtime.error.ErlangException;
import org.jbeamjit.runtime.term.Integers;

/** Integer results and integer-to-float conversion, exactly as OTP does them. */
final class Numbers {
  private Numbers() {}

  /**
   * The most bits a bignum's magnitude may have in OTP 25 (524,287 words of 64 bits); beyond
   * that, arithmetic raises {@code system_limit}.
   */
  static final long MAX_BIG_BITS = 524_287L * 64;

  /** {@code v} as a term, or {@code system_limit} if OTP could not represent it. */
  static Object integer(BigInteger v) {
    if (v.bitLength() >= MAX_BIG_BITS && v.abs().bitLength() > MAX_BIG_BITS) {
      throw ErlangException.systemLimit();
    }
    return Integers.normalize(v);
  }

  static boolean isNumber(Object t) {
    return t instanceof Long || t instanceof Double || t instanceof BigInteger;
  }

  /**
   * An integer as a float the way OTP converts it: a bignum is accumulated one 64-bit word at a
   * time from the most significant, rounding at every step, so the result can differ from the
   * correctly rounded value in the last bit. Infinite when out of range (the caller decides
   * between {@code badarith} and {@code badarg}).
   */
  static double toDouble(Object integer) {
    if (integer instanceof Long l) {
      return (double) l;
    }
    BigInteger v = (BigInteger) integer;
    BigInteger mag = v.abs();
    if (mag.bitLength() > 1024) {
      return v.signum() < 0 ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
    }
    int words = (mag.bitLength() + 63) / 64;
    double d = 0.0;
    for (int i = words - 1; i >= 0; i--) {
      d = d * 0x1p64 + unsignedToDouble(mag.shiftRight(64 * i).longValue());
    }
    return v.signum() < 0 ? -d : d;
  }

  /** The unsigned 64-bit value of {@code x}, rounded to nearest even like a C conversion. */
  private static double unsignedToDouble(long x) {
    if (x >= 0) {
      return (double) x;
    }
    // Halve keeping the lost bit as a sticky bit, so the one rounding happens on the halved value.
    return (double) ((x >>> 1) | (x & 1)) * 2.0;
  }

  /** A float with no fractional part (or a huge one) as the exact integer term. */
  static Object integralToInteger(double d) {
    if (d > -0x1p63 && d < 0x1p63) {
      return (long) d;
    }
    return Integers.normalize(new java.math.BigDecimal(d).toBigInteger());
  }
}
