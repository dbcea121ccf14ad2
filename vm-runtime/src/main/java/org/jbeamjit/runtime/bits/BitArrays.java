package org.jbeamjit.runtime.bits;

import java.util.Arrays;

/**
 * Reads, writes, copies and compares runs of bits in byte arrays at any bit position. Bits are
 * numbered from the most significant bit of each byte, as in the bit syntax. Writes touch only
 * the bits they are given: neighbouring bits in a shared byte keep their values, which is what
 * lets a buffer be extended in place behind bitstrings that are already visible.
 */
final class BitArrays {
  private BitArrays() {}

  /** The {@code n} bits (0..64) at {@code bit}, as an unsigned big-endian number. */
  static long read(byte[] a, long bit, int n) {
    int idx = (int) (bit >>> 3);
    int sh = (int) (bit & 7);
    if (sh == 0 && n == 8) {
      return a[idx] & 0xFF;
    }
    if (n == 0) {
      return 0;
    }
    if (sh + n > 64) {
      // More than eight bytes are involved: read the top half and the bottom 32 bits separately.
      return (read(a, bit, n - 32) << 32) | read(a, bit + n - 32, 32);
    }
    int bytes = (sh + n + 7) >>> 3;
    long acc = 0;
    for (int i = 0; i < bytes; i++) {
      acc = (acc << 8) | (a[idx + i] & 0xFF);
    }
    acc >>>= (bytes << 3) - sh - n;
    return n == 64 ? acc : acc & ((1L << n) - 1);
  }

  /** Writes the low {@code n} bits (0..64) of {@code v}, most significant first, at {@code bit}. */
  static void write(byte[] a, long bit, long v, int n) {
    while (n > 0) {
      int idx = (int) (bit >>> 3);
      int sh = (int) (bit & 7);
      int room = 8 - sh;
      if (room == 8 && n >= 8) {
        a[idx] = (byte) (v >>> (n - 8));
        bit += 8;
        n -= 8;
        continue;
      }
      int take = Math.min(room, n);
      int chunk = (int) (v >>> (n - take)) & ((1 << take) - 1);
      int shift = room - take;
      int mask = ((1 << take) - 1) << shift;
      a[idx] = (byte) ((a[idx] & ~mask) | (chunk << shift));
      bit += take;
      n -= take;
    }
  }

  /** Sets {@code n} bits at {@code bit} to all ones or all zeros. */
  static void fill(byte[] a, long bit, long n, boolean ones) {
    long v = ones ? -1L : 0L;
    int head = (int) Math.min(n, (8 - (bit & 7)) & 7);
    write(a, bit, v, head);
    bit += head;
    n -= head;
    int whole = (int) (n >>> 3);
    int idx = (int) (bit >>> 3);
    Arrays.fill(a, idx, idx + whole, (byte) v);
    bit += (long) whole << 3;
    write(a, bit, v, (int) (n & 7));
  }

  /** Copies {@code n} bits from {@code src} at {@code srcBit} to {@code dst} at {@code dstBit}. */
  static void copy(byte[] src, long srcBit, byte[] dst, long dstBit, long n) {
    if (((srcBit | dstBit) & 7) == 0) {
      int whole = (int) (n >>> 3);
      System.arraycopy(src, (int) (srcBit >>> 3), dst, (int) (dstBit >>> 3), whole);
      long done = (long) whole << 3;
      int rest = (int) (n & 7);
      if (rest != 0) {
        write(dst, dstBit + done, read(src, srcBit + done, rest), rest);
      }
      return;
    }
    while (n > 0) {
      int take = (int) Math.min(n, 56);
      write(dst, dstBit, read(src, srcBit, take), take);
      srcBit += take;
      dstBit += take;
      n -= take;
    }
  }

  /** Whether {@code n} bits of {@code a} at {@code aBit} equal those of {@code b} at {@code bBit}. */
  static boolean equal(byte[] a, long aBit, byte[] b, long bBit, long n) {
    if (((aBit | bBit) & 7) == 0) {
      int ai = (int) (aBit >>> 3);
      int bi = (int) (bBit >>> 3);
      int whole = (int) (n >>> 3);
      if (!Arrays.equals(a, ai, ai + whole, b, bi, bi + whole)) {
        return false;
      }
      long done = (long) whole << 3;
      int rest = (int) (n & 7);
      return rest == 0 || read(a, aBit + done, rest) == read(b, bBit + done, rest);
    }
    while (n > 0) {
      int take = (int) Math.min(n, 56);
      if (read(a, aBit, take) != read(b, bBit, take)) {
        return false;
      }
      aBit += take;
      bBit += take;
      n -= take;
    }
    return true;
  }
}
