package org.jbeamjit.runtime.bif;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * e^x as glibc (2.28 and later) computes it, which OTP's {@code math:exp/1} returns: Arm's
 * table-driven algorithm (Szabolcs Nagy, Arm optimized-routines, MIT licence), which is not
 * quite correctly rounded (about one argument in a thousand ends a last bit away), so matching
 * OTP takes the same steps. x = k ln2/128 + r; e^x = 2^(k/128) e^r with 2^(j/128) from a
 * table as H (1 + T) and e^r - 1 from a degree-5 polynomial; multiply-adds fused as glibc's
 * FMA build (the one x86-64 machines with FMA run) fuses them.
 */
final class TableExp {
  private TableExp() {}

  static final int N = 128;
  private static final double INV_LN2_N = 0x1.71547652b82fep0 * N;
  private static final double NEG_LN2_HI_N = -0x1.62e42fefa0000p-8;
  private static final double NEG_LN2_LO_N = -0x1.cf79abc9e3b3ap-47;
  private static final double SHIFT = 0x1.8p52;
  private static final double C2 = 0x1.ffffffffffdbdp-2;
  private static final double C3 = 0x1.555555555543cp-3;
  private static final double C4 = 0x1.55555cf172b91p-5;
  private static final double C5 = 0x1.1111167a4d017p-7;

  /** For each j < 128: T[j] (a double) and the bits of H[j] less j << 45, H[j] = 2^(j/128) rounded. */
  static final double[] TAIL = new double[N];
  static final long[] SCALE_BITS = new long[N];

  static {
    MathContext mc = new MathContext(80);
    BigDecimal root = BigDecimal.valueOf(2);
    for (int i = 0; i < 7; i++) {
      root = root.sqrt(mc);
    }
    BigDecimal p = BigDecimal.ONE;
    for (int j = 0; j < N; j++) {
      double h = p.doubleValue();
      TAIL[j] = p.divide(new BigDecimal(h), mc).subtract(BigDecimal.ONE).doubleValue();
      SCALE_BITS[j] = Double.doubleToRawLongBits(h) - ((long) j << 45);
      p = p.multiply(root, mc);
    }
  }

  /** The top 12 bits (sign and exponent) of a double. */
  private static int top12(double x) {
    return (int) (Double.doubleToRawLongBits(x) >>> 52);
  }

  static double exp(double x) {
    int abstop = top12(x) & 0x7ff;
    boolean special = false;
    if (Integer.compareUnsigned(abstop - top12(0x1p-54), top12(512.0) - top12(0x1p-54)) >= 0) {
      if (Integer.compareUnsigned(abstop - top12(0x1p-54), 0x80000000) >= 0) {
        return 1.0 + x; // tiny x
      }
      if (abstop >= top12(1024.0)) {
        return x < 0 ? 0.0 : Double.POSITIVE_INFINITY;
      }
      special = true; // large x: the scale may leave the range
    }
    double kd = Math.fma(INV_LN2_N, x, SHIFT);
    long ki = Double.doubleToRawLongBits(kd);
    kd -= SHIFT;
    double r = Math.fma(kd, NEG_LN2_LO_N, Math.fma(kd, NEG_LN2_HI_N, x));
    int idx = (int) (ki & (N - 1));
    long top = ki << (52 - 7);
    double tail = TAIL[idx];
    long sbits = SCALE_BITS[idx] + top;
    double r2 = r * r;
    double tmp = Math.fma(r2 * r2, Math.fma(r, C5, C4), Math.fma(r2, Math.fma(r, C3, C2), tail + r));
    if (special) {
      return specialCase(tmp, sbits, ki);
    }
    double scale = Double.longBitsToDouble(sbits);
    return Math.fma(scale, tmp, scale);
  }

  /**
   * {@code (negative ? -1 : 1) * e^(x + xtail)}, |xtail| tiny next to x: the exponential step of
   * glibc's {@code pow}, which carries the extra bits of y log x in {@code xtail}.
   */
  static double expWithTail(double x, double xtail, boolean negative) {
    int abstop = top12(x) & 0x7ff;
    boolean special = false;
    if (Integer.compareUnsigned(abstop - top12(0x1p-54), top12(512.0) - top12(0x1p-54)) >= 0) {
      if (Integer.compareUnsigned(abstop - top12(0x1p-54), 0x80000000) >= 0) {
        double one = 1.0 + x;
        return negative ? -one : one;
      }
      if (abstop >= top12(1024.0)) {
        double r = x < 0 ? 0.0 : Double.POSITIVE_INFINITY;
        return negative ? -r : r;
      }
      special = true;
    }
    double kd = Math.fma(INV_LN2_N, x, SHIFT);
    long ki = Double.doubleToRawLongBits(kd);
    kd -= SHIFT;
    double r = Math.fma(kd, NEG_LN2_LO_N, Math.fma(kd, NEG_LN2_HI_N, x));
    r += xtail;
    int idx = (int) (ki & (N - 1));
    long top = (ki + (negative ? 0x800 << 7 : 0)) << (52 - 7);
    double tail = TAIL[idx];
    long sbits = SCALE_BITS[idx] + top;
    double r2 = r * r;
    double tmp = Math.fma(r2 * r2, Math.fma(r, C5, C4), Math.fma(r2, Math.fma(r, C3, C2), tail + r));
    if (special) {
      return signedSpecialCase(tmp, sbits, ki);
    }
    double scale = Double.longBitsToDouble(sbits);
    return Math.fma(scale, tmp, scale);
  }

  /** As {@link #specialCase}, for a scale that may be negative. */
  private static double signedSpecialCase(double tmp, long sbits, long ki) {
    if ((ki & 0x80000000L) == 0) {
      double scale = Double.longBitsToDouble(sbits - (1009L << 52));
      return 0x1p1009 * Math.fma(scale, tmp, scale);
    }
    sbits += 1022L << 52;
    double scale = Double.longBitsToDouble(sbits);
    double y = Math.fma(scale, tmp, scale);
    if (Math.abs(y) < 1.0) {
      double one = y < 0.0 ? -1.0 : 1.0;
      double lo = Math.fma(scale, tmp, scale - y);
      double hi = one + y;
      lo = one - hi + y + lo;
      y = (hi + lo) - one;
      if (y == 0.0) {
        y = Double.longBitsToDouble(sbits & 0x8000000000000000L);
      }
    }
    return 0x1p-1022 * y;
  }

  /** scale (1 + tmp) where the scale's exponent may be out of range, rounded once even when subnormal. */
  private static double specialCase(double tmp, long sbits, long ki) {
    if ((ki & 0x80000000L) == 0) {
      double scale = Double.longBitsToDouble(sbits - (1009L << 52));
      return 0x1p1009 * Math.fma(scale, tmp, scale);
    }
    double scale = Double.longBitsToDouble(sbits + (1022L << 52));
    double y = Math.fma(scale, tmp, scale);
    if (y < 1.0) {
      double lo = Math.fma(scale, tmp, scale - y);
      double hi = 1.0 + y;
      lo = 1.0 - hi + y + lo;
      y = (hi + lo) - 1.0;
      if (y == 0.0) {
        y = 0.0;
      }
    }
    return 0x1p-1022 * y;
  }
}
