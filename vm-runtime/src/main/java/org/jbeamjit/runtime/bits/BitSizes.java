package org.jbeamjit.runtime.bits;

import java.math.BigInteger;
import org.jbeamjit.runtime.error.ErlangException;
import org.jbeamjit.runtime.term.Atom;
import org.jbeamjit.runtime.term.BitString;

/**
 * Sizes of construction segments, checked as OTP checks them before anything is written: a size
 * that is not a non-negative integer is {@code badarg}, one too big to build is
 * {@code system_limit}. Also the size arithmetic that older compilers emit as separate
 * instructions ({@code bs_add}, {@code bs_utf8_size}, {@code bs_utf16_size}).
 */
public final class BitSizes {
  /** The size operand of a segment that takes the whole value ({@code V/binary}). */
  public static final Atom ALL = Atom.of("all");

  /**
   * The largest bitstring this VM can hold: a Java array's worth of bytes. OTP's own limit is far
   * higher (sizes up to 2^59 bits), but it could not allocate those either.
   */
  public static final long MAX_BITS = ((long) Integer.MAX_VALUE - 8) << 3;

  private BitSizes() {}

  /** {@code size * unit} bits for an integer, float, binary or string segment. */
  public static long bits(Object size, int unit) {
    if (size instanceof Long l) {
      return bits(l.longValue(), unit);
    }
    if (size instanceof BigInteger b && b.signum() > 0) {
      throw ErlangException.systemLimit();
    }
    throw ErlangException.badarg();
  }

  public static long bits(long size, int unit) {
    if (size < 0) {
      throw ErlangException.badarg();
    }
    if (unit != 0 && size > MAX_BITS / unit) {
      throw ErlangException.systemLimit();
    }
    return size * unit;
  }

  /**
   * The size of a {@code bs_put_integer/float/binary} (compilers before OTP 25): as
   * {@link #bits(Object, int)}, except that OTP reports every bad size there as {@code badarg},
   * since {@code bs_add} has already turned away the ones too big to build.
   */
  public static long putBits(Object size, int unit) {
    try {
      return bits(size, unit);
    } catch (ErlangException e) {
      throw ErlangException.badarg();
    }
  }

  /** The size of a {@code V/binary} or {@code V/bits} segment, which OTP checks up front. */
  public static long allBits(Object value) {
    if (value instanceof BitString b) {
      return b.bitSize();
    }
    throw ErlangException.badarg();
  }

  /** The size of a utf8 segment, unchecked: a bad value is caught when it is written. */
  public static long utf8Bits(Object value) {
    return utf8Bytes(value) * 8L;
  }

  public static long utf16Bits(Object value) {
    return utf16Bytes(value) * 8L;
  }

  /**
   * The size of a utf32 segment. Unlike utf8 and utf16, OTP validates a utf32 value while it
   * works out the sizes, so a bad one is reported ahead of a later segment's bad size.
   */
  public static long utf32Bits(Object value) {
    if (UtfCodec.codePoint(value) < 0) {
      throw ErlangException.badarg();
    }
    return 32;
  }

  /** The running total of a construction's size. */
  public static long add(long total, long bits) {
    long sum = total + bits;
    if (sum > MAX_BITS) {
      throw ErlangException.systemLimit();
    }
    return sum;
  }

  /** {@code bs_add}: {@code a + b * unit}, with both operands non-negative integers. */
  public static Object bsAdd(Object a, Object b, int unit) {
    if (a instanceof Long x && b instanceof Long y && x >= 0 && y >= 0) {
      if (Math.multiplyHigh(y, unit) != 0 || y * unit < 0) {
        throw ErlangException.systemLimit();
      }
      long sum = x + y * unit;
      if (sum < 0) {
        throw ErlangException.systemLimit();
      }
      return sum;
    }
    if (nonNegativeInteger(a) && nonNegativeInteger(b)) {
      throw ErlangException.systemLimit();
    }
    throw ErlangException.badarg();
  }

  /** {@code bs_utf8_size}: bytes to encode the value, never an error (the put checks it). */
  public static Object utf8Size(Object value) {
    return (long) utf8Bytes(value);
  }

  /** {@code bs_utf16_size}: bytes to encode the value, never an error (the put checks it). */
  public static Object utf16Size(Object value) {
    return (long) utf16Bytes(value);
  }

  private static int utf8Bytes(Object value) {
    if (value instanceof Long l) {
      long v = l;
      return v < 0x80 ? 1 : v < 0x800 ? 2 : v < 0x10000 ? 3 : 4;
    }
    return 4;
  }

  private static int utf16Bytes(Object value) {
    return value instanceof Long l && l < 0x10000 ? 2 : 4;
  }

  private static boolean nonNegativeInteger(Object t) {
    return (t instanceof Long l && l >= 0) || (t instanceof BigInteger b && b.signum() >= 0);
  }
}
