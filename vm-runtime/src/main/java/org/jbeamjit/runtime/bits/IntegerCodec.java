package org.jbeamjit.runtime.bits;

import java.math.BigInteger;
import org.jbeamjit.runtime.term.Integers;

/**
 * Integer segments as bits. A segment of {@code n} bits holds the low {@code n} bits of the value
 * in two's complement. Big-endian puts them most significant first. Little-endian puts the
 * least significant byte first, then the next, and ends with the {@code n mod 8} most significant
 * bits, which is how OTP lays out little-endian segments whose size is not a whole number of bytes.
 */
final class IntegerCodec {
  private IntegerCodec() {}

  static void writeLong(byte[] a, long bit, long v, int n, boolean little) {
    if (!little) {
      BitArrays.write(a, bit, v, n);
      return;
    }
    int wholeBits = n & ~7;
    if (wholeBits != 0) {
      BitArrays.write(a, bit, Long.reverseBytes(v) >>> (64 - wholeBits), wholeBits);
    }
    int rest = n & 7;
    if (rest != 0) {
      BitArrays.write(a, bit + wholeBits, v >>> wholeBits, rest);
    }
  }

  /** Writes the low {@code n} bits of an integer term ({@link Long} or {@link BigInteger}). */
  static void write(byte[] a, long bit, Object value, long n, boolean little) {
    if (value instanceof Long v && n <= 64) {
      writeLong(a, bit, v, (int) n, little);
      return;
    }
    byte[] be = value instanceof Long v ? longBytes(v) : ((BigInteger) value).toByteArray();
    boolean negative = be[0] < 0;
    long have = (long) be.length << 3;
    if (!little) {
      if (n >= have) {
        BitArrays.fill(a, bit, n - have, negative);
        BitArrays.copy(be, 0, a, bit + n - have, have);
      } else {
        BitArrays.copy(be, have - n, a, bit, n);
      }
      return;
    }
    byte[] le = reversed(be);
    if (n >= have) {
      BitArrays.copy(le, 0, a, bit, have);
      BitArrays.fill(a, bit + have, n - have, negative);
    } else {
      long wholeBits = n & ~7L;
      BitArrays.copy(le, 0, a, bit, wholeBits);
      int rest = (int) (n & 7);
      if (rest != 0) {
        BitArrays.write(a, bit + wholeBits, le[(int) (wholeBits >>> 3)], rest);
      }
    }
  }

  /** The {@code n} bits (0..64) at {@code bit} as an unsigned number, in the given byte order. */
  static long readLong(byte[] a, long bit, int n, boolean little) {
    long raw = BitArrays.read(a, bit, n);
    if (!little || n <= 8) {
      return raw;
    }
    int rest = n & 7;
    int wholeBits = n - rest;
    long bytes = raw >>> rest;
    long top = raw & ((1L << rest) - 1);
    return (Long.reverseBytes(bytes) >>> (64 - wholeBits)) | (top << wholeBits);
  }

  /** The integer term held in the {@code n} bits at {@code bit}. */
  static Object read(byte[] a, long bit, long n, boolean little, boolean signed) {
    if (n <= 64) {
      int k = (int) n;
      long raw = readLong(a, bit, k, little);
      if (signed) {
        return k == 0 ? 0L : (raw << (64 - k)) >> (64 - k);
      }
      return k == 64 && raw < 0 ? unsigned64(raw) : (Object) raw;
    }
    int len = (int) ((n + 7) >>> 3);
    byte[] be = new byte[len];
    long pad = ((long) len << 3) - n;
    if (!little) {
      BitArrays.copy(a, bit, be, pad, n);
    } else {
      int rest = (int) (n & 7);
      long wholeBits = n - rest;
      int first = rest == 0 ? 0 : 1;
      BitArrays.copy(a, bit, be, (long) first << 3, wholeBits);
      reverse(be, first, len);
      if (rest != 0) {
        be[0] = (byte) BitArrays.read(a, bit + wholeBits, rest);
      }
    }
    if (signed && pad != 0 && ((be[0] >>> (7 - pad)) & 1) != 0) {
      be[0] |= (byte) (0xFF << (8 - pad));
    }
    return Integers.normalize(signed ? new BigInteger(be) : new BigInteger(1, be));
  }

  private static Object unsigned64(long raw) {
    return new BigInteger(1, longBytes(raw));
  }

  private static byte[] longBytes(long v) {
    byte[] b = new byte[8];
    for (int i = 7; i >= 0; i--) {
      b[i] = (byte) v;
      v >>= 8;
    }
    return b;
  }

  private static byte[] reversed(byte[] b) {
    byte[] r = b.clone();
    reverse(r, 0, r.length);
    return r;
  }

  private static void reverse(byte[] b, int from, int to) {
    for (int i = from, j = to - 1; i < j; i++, j--) {
      byte t = b[i];
      b[i] = b[j];
      b[j] = t;
    }
  }
}
