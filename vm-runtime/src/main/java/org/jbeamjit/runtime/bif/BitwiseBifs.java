package org.jbeamjit.runtime.bif;

import java.math.BigInteger;
import org.jbeamjit.runtime.error.ErlangException;
import org.jbeamjit.runtime.term.Integers;

/**
 * {@code band bor bxor bnot bsl bsr} on integers of any size, with two's complement semantics
 * (a negative integer behaves as if it had infinitely many leading one bits). Non-integers raise
 * {@code badarith}; a left shift whose result OTP could not hold raises {@code system_limit}.
 */
public final class BitwiseBifs {
  private BitwiseBifs() {}

  @Bif(name = "band")
  public static Object band(Object a, Object b) {
    if (a instanceof Long x && b instanceof Long y) {
      return x & y;
    }
    return Integers.normalize(big(a).and(big(b)));
  }

  @Bif(name = "bor")
  public static Object bor(Object a, Object b) {
    if (a instanceof Long x && b instanceof Long y) {
      return x | y;
    }
    return Integers.normalize(big(a).or(big(b)));
  }

  @Bif(name = "bxor")
  public static Object bxor(Object a, Object b) {
    if (a instanceof Long x && b instanceof Long y) {
      return x ^ y;
    }
    return Integers.normalize(big(a).xor(big(b)));
  }

  @Bif(name = "bnot")
  public static Object bnot(Object a) {
    if (a instanceof Long x) {
      return ~x;
    }
    return Integers.normalize(big(a).not());
  }

  @Bif(name = "bsl")
  public static Object bsl(Object a, Object b) {
    return shiftLeft(a, shiftCount(a, b));
  }

  @Bif(name = "bsr")
  public static Object bsr(Object a, Object b) {
    long n = shiftCount(a, b);
    return shiftLeft(a, n == Long.MIN_VALUE ? Long.MAX_VALUE : -n);
  }

  /**
   * The shift count, saturated to the long range: a bignum count shifts every bit out, or in,
   * which is all that matters about it.
   */
  private static long shiftCount(Object a, Object b) {
    if (!Integers.isInteger(a)) {
      throw ErlangException.badarith();
    }
    if (b instanceof Long n) {
      return n;
    } else if (b instanceof BigInteger n) {
      return n.signum() > 0 ? Long.MAX_VALUE : Long.MIN_VALUE;
    }
    throw ErlangException.badarith();
  }

  /** {@code a * 2^n}, rounded toward negative infinity when {@code n < 0}. */
  private static Object shiftLeft(Object a, long n) {
    if (n <= 0) {
      long right = n == Long.MIN_VALUE ? Long.MAX_VALUE : -n;
      if (a instanceof Long x) {
        return x >> Math.min(right, 63);
      }
      BigInteger v = (BigInteger) a;
      if (right >= v.bitLength()) {
        return v.signum() < 0 ? -1L : 0L;
      }
      return Integers.normalize(v.shiftRight((int) right));
    }
    if (a instanceof Long x) {
      if (x == 0) {
        return a;
      }
      if (n < 63) {
        long r = x << n;
        if ((r >> n) == x) {
          return r;
        }
      }
    }
    if (n > Numbers.MAX_BIG_BITS) {
      throw ErlangException.systemLimit();
    }
    return Numbers.integer(big(a).shiftLeft((int) n));
  }

  private static BigInteger big(Object a) {
    if (a instanceof Long x) {
      return BigInteger.valueOf(x);
    } else if (a instanceof BigInteger v) {
      return v;
    }
    throw ErlangException.badarith();
  }
}
