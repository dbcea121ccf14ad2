package org.jbeamjit.runtime.bif;

import org.jbeamjit.runtime.term.BitString;

/**
 * zlib's CRC-32 (the reflected polynomial 0xEDB88320, inverted before and after), continued from
 * any earlier value, and the combination of two CRCs without the data.
 */
final class Crc32 implements Iolists.Sink {
  private static final int POLY = 0xEDB88320;
  private static final int[] TABLE = new int[256];

  static {
    for (int n = 0; n < 256; n++) {
      int c = n;
      for (int k = 0; k < 8; k++) {
        c = (c & 1) != 0 ? (c >>> 1) ^ POLY : c >>> 1;
      }
      TABLE[n] = c;
    }
  }

  /** The register, kept inverted between updates. */
  private int reg;

  Crc32(int start) {
    reg = ~start;
  }

  @Override
  public void onByte(int b) {
    reg = TABLE[(reg ^ b) & 0xFF] ^ (reg >>> 8);
  }

  @Override
  public void onBits(BitString s) {
    ChecksumBifs.update(s, (data, from, length) -> {
      int r = reg;
      for (int i = from, end = from + length; i < end; i++) {
        r = TABLE[(r ^ data[i]) & 0xFF] ^ (r >>> 8);
      }
      reg = r;
    });
  }

  long value() {
    return Integer.toUnsignedLong(~reg);
  }

  /**
   * The CRC of A followed by B, from the CRCs of A and B and B's length: CRC(A) times
   * {@code x^(8 * lengthB)} modulo the polynomial, plus CRC(B). (The inversions before and after
   * cancel out.) Polynomials over GF(2) are held reflected: bit 31 is the x^0 coefficient.
   */
  static long combine(int crcA, int crcB, long lengthB) {
    return Integer.toUnsignedLong(multiply(xToThe8n(lengthB), crcA) ^ crcB);
  }

  private static final int ONE = 0x8000_0000;

  /** {@code a * b} modulo the polynomial. */
  private static int multiply(int a, int b) {
    int product = 0;
    int bTimesXi = b; // b * x^i, for the coefficient of x^i in a
    for (int i = 0; i < 32; i++) {
      if ((a & (ONE >>> i)) != 0) {
        product ^= bTimesXi;
      }
      bTimesXi = (bTimesXi & 1) != 0 ? (bTimesXi >>> 1) ^ POLY : bTimesXi >>> 1;
    }
    return product;
  }

  /** {@code x^(8n)} modulo the polynomial, by repeated squaring. */
  private static int xToThe8n(long n) {
    int result = ONE;
    int power = ONE >>> 8; // x^8
    for (long k = n; k != 0; k >>>= 1) {
      if ((k & 1) != 0) {
        result = multiply(result, power);
      }
      power = multiply(power, power);
    }
    return result;
  }
}
