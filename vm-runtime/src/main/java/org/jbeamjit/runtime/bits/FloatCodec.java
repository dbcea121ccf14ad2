package org.jbeamjit.runtime.bits;

import java.math.BigInteger;
import org.jbeamjit.runtime.error.ErlangException;

/**
 * Float segments as IEEE 754 bit patterns of 16, 32 or 64 bits. Narrowing rounds to nearest,
 * ties to even, straight from the double (not through a 32-bit float first), and a value too
 * large for the format becomes infinity, as OTP does. Reading a NaN or an infinity is not a
 * float, so the match fails.
 */
final class FloatCodec {
  private FloatCodec() {}

  static boolean isFloatSize(long bits) {
    return bits == 16 || bits == 32 || bits == 64;
  }

  /** The double a float segment's value stands for: a float, or an integer converted. */
  static double toDouble(Object value) {
    if (value instanceof Double d) {
      return d;
    }
    if (value instanceof Long l) {
      return l;
    }
    if (value instanceof BigInteger b) {
      double d = b.doubleValue();
      if (Double.isInfinite(d)) {
        throw ErlangException.badarg();
      }
      return d;
    }
    throw ErlangException.badarg();
  }

  static long encode(double d, int bits) {
    return switch (bits) {
      case 64 -> Double.doubleToRawLongBits(d);
      case 32 -> Float.floatToRawIntBits((float) d) & 0xFFFF_FFFFL;
      case 16 -> toHalf(d);
      default -> throw new IllegalArgumentException("float size " + bits);
    };
  }

  /** The float in a bit pattern, or NaN when the pattern is a NaN or an infinity. */
  static double decode(long raw, int bits) {
    double d = switch (bits) {
      case 64 -> Double.longBitsToDouble(raw);
      case 32 -> Float.intBitsToFloat((int) raw);
      case 16 -> fromHalf((int) raw);
      default -> throw new IllegalArgumentException("float size " + bits);
    };
    return Double.isInfinite(d) ? Double.NaN : d;
  }

  static int toHalf(double d) {
    long bits = Double.doubleToRawLongBits(d);
    int sign = (int) (bits >>> 48) & 0x8000;
    int exp = (int) (bits >>> 52) & 0x7FF;
    long mant = bits & ((1L << 52) - 1);
    if (exp == 0x7FF) {
      return sign | 0x7C00 | (mant != 0 ? 0x200 : 0);
    }
    int e = exp - 1023 + 15;
    if (e >= 31) {
      return sign | 0x7C00;
    }
    if (e <= 0) {
      // Subnormal in binary16: the value in units of 2^-24, rounded. Doubles below 2^-25 round to zero.
      if (e < -10) {
        return sign;
      }
      long m = mant | (1L << 52);
      return sign | (int) roundShift(m, 43 - e);
    }
    long m = roundShift(mant | (1L << 52), 42);
    if (m == 1 << 11) {
      m >>= 1;
      e++;
      if (e >= 31) {
        return sign | 0x7C00;
      }
    }
    return sign | (e << 10) | (int) (m & 0x3FF);
  }

  /** {@code m >> s} rounded to nearest, ties to even. */
  private static long roundShift(long m, int s) {
    long q = m >>> s;
    long rem = m & ((1L << s) - 1);
    long half = 1L << (s - 1);
    if (rem > half || (rem == half && (q & 1) != 0)) {
      q++;
    }
    return q;
  }

  static double fromHalf(int h) {
    int e = (h >>> 10) & 0x1F;
    int m = h & 0x3FF;
    double v;
    if (e == 31) {
      return m == 0 ? Double.POSITIVE_INFINITY : Double.NaN;
    } else if (e == 0) {
      v = Math.scalb((double) m, -24);
    } else {
      v = Math.scalb((double) (m | 0x400), e - 25);
    }
    return (h & 0x8000) != 0 ? -v : v;
  }
}
