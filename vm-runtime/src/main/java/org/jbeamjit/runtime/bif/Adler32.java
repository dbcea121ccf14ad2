package org.jbeamjit.runtime.bif;

import org.jbeamjit.runtime.term.BitString;

/**
 * zlib's Adler-32, continued from any earlier value, and the combination of two checksums.
 *
 * <p>A value whose halves are not reduced modulo 65521 (possible as an argument) is left as it
 * is by OTP when no data at all is summed, and reduced as soon as any chunk is, even an empty
 * binary; this class does the same.
 */
final class Adler32 implements Iolists.Sink {
  private static final int BASE = 65521;

  private long a;
  private long b;
  private final long start;
  private boolean summed;

  Adler32(long start) {
    this.start = start;
    this.a = start & 0xFFFF;
    this.b = start >>> 16;
  }

  @Override
  public void onByte(int v) {
    a = (a + v) % BASE;
    b = (b + a) % BASE;
    summed = true;
  }

  @Override
  public void onBits(BitString s) {
    ChecksumBifs.update(s, (data, from, length) -> {
      long x = a % BASE;
      long y = b % BASE;
      for (int i = from, end = from + length; i < end; i++) {
        x += data[i] & 0xFF;
        y += x;
        if ((i - from) % 4096 == 4095) { // keep y far from overflow
          x %= BASE;
          y %= BASE;
        }
      }
      a = x % BASE;
      b = y % BASE;
    });
    summed = true;
  }

  long value() {
    return summed ? (b << 16) | a : start;
  }

  /**
   * The checksum of A followed by B from those of A and B and B's length. This follows zlib's
   * arithmetic step by step, partial reductions included, so that unreduced arguments give
   * zlib's answer; a zero length returns the first checksum, as OTP special-cases it.
   */
  static long combine(long adlerA, long adlerB, long lengthB) {
    if (lengthB == 0) {
      return adlerA;
    }
    long rem = lengthB % BASE;
    long sum1 = adlerA & 0xFFFF;
    long sum2 = rem * sum1 % BASE;
    sum1 += (adlerB & 0xFFFF) + BASE - 1;
    sum2 += (adlerA >>> 16) + (adlerB >>> 16) + BASE - rem;
    for (int i = 0; i < 2 && sum1 >= BASE; i++) {
      sum1 -= BASE;
    }
    if (sum2 >= 2L * BASE) {
      sum2 -= 2L * BASE;
    }
    if (sum2 >= BASE) {
      sum2 -= BASE;
    }
    return (sum1 | (sum2 << 16)) & 0xFFFF_FFFFL;
  }
}
