package org.jbeamjit.runtime.bits;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The bit-level reads, writes, copies, fills and comparisons, against a bit-at-a-time model. */
class BitArraysTest {
  private final Random random = new Random(7);

  private static int bit(byte[] a, long i) {
    return (a[(int) (i >>> 3)] >>> (7 - (int) (i & 7))) & 1;
  }

  private static void setBit(byte[] a, long i, int v) {
    int idx = (int) (i >>> 3);
    int m = 1 << (7 - (int) (i & 7));
    a[idx] = (byte) (v != 0 ? a[idx] | m : a[idx] & ~m);
  }

  @Test
  void readAndWriteAgreeWithSingleBits() {
    for (int iter = 0; iter < 20_000; iter++) {
      byte[] a = new byte[12];
      random.nextBytes(a);
      int n = random.nextInt(65);
      long at = random.nextInt(a.length * 8 - n + 1);
      long expected = 0;
      for (int i = 0; i < n; i++) {
        expected = (expected << 1) | bit(a, at + i);
      }
      assertEquals(expected, BitArrays.read(a, at, n), "read " + n + " at " + at);

      long v = random.nextLong();
      byte[] model = a.clone();
      for (int i = 0; i < n; i++) {
        setBit(model, at + i, (int) (v >>> (n - 1 - i)) & 1);
      }
      BitArrays.write(a, at, v, n);
      assertArrayEquals(model, a, "write " + n + " at " + at);
    }
  }

  @Test
  void copyFillAndEqualAgreeWithSingleBits() {
    for (int iter = 0; iter < 5_000; iter++) {
      byte[] src = new byte[40];
      byte[] dst = new byte[40];
      random.nextBytes(src);
      random.nextBytes(dst);
      long n = random.nextInt(200);
      long from = random.nextBoolean() ? random.nextInt(8) * 8 : random.nextInt(100);
      long to = random.nextBoolean() ? random.nextInt(8) * 8 : random.nextInt(100);
      byte[] model = dst.clone();
      for (long i = 0; i < n; i++) {
        setBit(model, to + i, bit(src, from + i));
      }
      BitArrays.copy(src, from, dst, to, n);
      assertArrayEquals(model, dst);
      assertEquals(true, BitArrays.equal(src, from, dst, to, n));
      if (n > 0) {
        long flip = to + random.nextInt((int) n);
        setBit(dst, flip, 1 - bit(dst, flip));
        assertEquals(false, BitArrays.equal(src, from, dst, to, n));
      }

      boolean ones = random.nextBoolean();
      byte[] filled = dst.clone();
      for (long i = 0; i < n; i++) {
        setBit(filled, to + i, ones ? 1 : 0);
      }
      BitArrays.fill(dst, to, n, ones);
      assertArrayEquals(filled, dst);
    }
  }
}
