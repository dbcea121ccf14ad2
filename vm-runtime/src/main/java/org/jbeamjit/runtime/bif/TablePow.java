package org.jbeamjit.runtime.bif;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * x^y as glibc (2.28 and later) computes it, which OTP's {@code math:pow/2} returns: Arm's
 * algorithm (Szabolcs Nagy, Arm optimized-routines, MIT licence), not always correctly rounded
 * (10^23 is its best-known case), so matching OTP takes the same steps: log x to about 68 bits
 * from a 128-entry table and a polynomial, times y in double-double, then {@link
 * TableExp#expWithTail}; multiply-adds fused as glibc's FMA build fuses them. The table is
 * generated here by the rule Arm documents for it.
 */
final class TablePow {
  private TablePow() {}

  private static final int N = 128;
  /** x = 2^k z with z in [OFF, 2 OFF), bitwise. */
  private static final long OFF = 0x3fe6955500000000L;
  private static final double LN2_HI = 0x1.62e42fefa3800p-1;
  private static final double LN2_LO = 0x1.ef35793c76730p-45;
  private static final double A0 = -0x1p-1;
  private static final double A1 = 0x1.555555555556p-2 * -2;
  private static final double A2 = -0x1.0000000000006p-2 * -2;
  private static final double A3 = 0x1.999999959554ep-3 * 4;
  private static final double A4 = -0x1.555555529a47ap-3 * 4;
  private static final double A5 = 0x1.2495b9b4845e9p-3 * -8;
  private static final double A6 = -0x1.0002b8b263fc3p-3 * -8;

  /** Per subinterval of z: 1/c for c near its centre, and ln c as logc + logctail. */
  private static final double[] INVC = new double[N];
  private static final double[] LOGC = new double[N];
  private static final double[] LOGCTAIL = new double[N];

  static {
    // 1/c is the centre's inverse rounded to a multiple of 1/N (below 1) or 1/2N (above), so
    // z/c - 1 is exact; logc keeps 43 fractional bits, so k ln2hi + logc is exact too.
    MathContext mc = new MathContext(60);
    for (int i = 0; i < N; i++) {
      BigDecimal lo = new BigDecimal(Double.longBitsToDouble(OFF + ((long) i << 45)));
      BigDecimal hi = new BigDecimal(Double.longBitsToDouble(OFF + ((long) (i + 1) << 45)));
      BigDecimal centre = lo.add(hi).divide(BigDecimal.valueOf(2));
      boolean above = centre.compareTo(BigDecimal.ONE) >= 0;
      double steps = above ? 2.0 * N : N;
      INVC[i] = Math.rint(BigDecimal.valueOf(steps).divide(centre, mc).doubleValue()) / steps;
      BigDecimal lnc = ln(BigDecimal.ONE.divide(new BigDecimal(INVC[i]), mc), mc);
      LOGC[i] = lnc.multiply(new BigDecimal(0x1p43)).setScale(0, RoundingMode.HALF_EVEN).doubleValue() / 0x1p43;
      LOGCTAIL[i] = lnc.subtract(new BigDecimal(LOGC[i])).doubleValue();
    }
  }

  /** ln c for c near 1, as 2 atanh((c - 1) / (c + 1)). */
  private static BigDecimal ln(BigDecimal c, MathContext mc) {
    BigDecimal t = c.subtract(BigDecimal.ONE).divide(c.add(BigDecimal.ONE), mc);
    BigDecimal t2 = t.multiply(t, mc);
    BigDecimal term = t;
    BigDecimal sum = t;
    for (int k = 1; k < 60; k++) {
      term = term.multiply(t2, mc);
      sum = sum.add(term.divide(BigDecimal.valueOf(2L * k + 1), mc), mc);
    }
    return sum.multiply(BigDecimal.valueOf(2));
  }

  private static int top12(double x) {
    return (int) (Double.doubleToRawLongBits(x) >>> 52);
  }

  /** 0 if y is no integer, 1 if odd, 2 if even: from the bits of a non-zero finite y. */
  private static int integerKind(long iy) {
    int e = (int) (iy >>> 52) & 0x7ff;
    if (e < 0x3ff) {
      return 0;
    } else if (e > 0x3ff + 52) {
      return 2;
    } else if ((iy & ((1L << (0x3ff + 52 - e)) - 1)) != 0) {
      return 0;
    }
    return (iy & (1L << (0x3ff + 52 - e))) != 0 ? 1 : 2;
  }

  /** x^y for finite x and y; NaN where it is not real, infinite on overflow. */
  static double pow(double x, double y) {
    long ix = Double.doubleToRawLongBits(x);
    long iy = Double.doubleToRawLongBits(y);
    int topx = top12(x);
    int topy = top12(y);
    boolean negative = false;
    // Negative, zero or subnormal x (the sign bit is in topx), or y tiny or huge.
    if (Integer.compareUnsigned(topx - 0x001, 0x7ff - 0x001) >= 0
        || Integer.compareUnsigned((topy & 0x7ff) - 0x3be, 0x43e - 0x3be) >= 0) {
      if (y == 0) {
        return 1.0;
      }
      if (x == 0) {
        double x2 = x * x;
        if (ix < 0 && integerKind(iy) == 1) {
          x2 = -x2;
        }
        return iy < 0 ? 1 / x2 : x2;
      }
      if (ix < 0) {
        int kind = integerKind(iy);
        if (kind == 0) {
          return Double.NaN;
        }
        negative = kind == 1;
        ix &= Long.MAX_VALUE;
        topx &= 0x7ff;
      }
      if (Integer.compareUnsigned((topy & 0x7ff) - 0x3be, 0x43e - 0x3be) >= 0) {
        // |y| < 2^-65 or >= 2^63 (and then even).
        if (ix == Double.doubleToRawLongBits(1.0)) {
          return 1.0;
        }
        if ((topy & 0x7ff) < 0x3be) {
          return ix > Double.doubleToRawLongBits(1.0) ? 1.0 + y : 1.0 - y;
        }
        return (ix > Double.doubleToRawLongBits(1.0)) == (topy < 0x800) ? Double.POSITIVE_INFINITY : 0.0;
      }
      if (topx == 0) {
        // Subnormal x: normalized, with the exponent carried below zero.
        ix = Double.doubleToRawLongBits(x * 0x1p52) & Long.MAX_VALUE;
        ix -= 52L << 52;
      }
    }
    // log x = hi + lo to about 68 bits.
    long tmp = ix - OFF;
    int i = (int) ((tmp >>> 45) & (N - 1));
    int k = (int) (tmp >> 52);
    long iz = ix - (tmp & (0xfffL << 52));
    double z = Double.longBitsToDouble(iz);
    double kd = k;
    double r = Math.fma(z, INVC[i], -1.0);
    double t1 = Math.fma(kd, LN2_HI, LOGC[i]);
    double t2 = t1 + r;
    double lo1 = Math.fma(kd, LN2_LO, LOGCTAIL[i]);
    double lo2 = t1 - t2 + r;
    double ar = A0 * r;
    double ar2 = r * ar;
    double ar3 = r * ar2;
    double hi = t2 + ar2;
    double lo3 = Math.fma(ar, r, -ar2);
    double lo4 = t2 - hi + ar2;
    double q = Math.fma(ar2, Math.fma(ar2, Math.fma(r, A6, A5), Math.fma(r, A4, A3)), Math.fma(r, A2, A1));
    double lo = Math.fma(ar3, q, lo1 + lo2 + lo3 + lo4);
    double logHi = hi + lo;
    double logLo = hi - logHi + lo;
    // y log x = ehi + elo.
    double ehi = y * logHi;
    double elo = Math.fma(y, logLo, Math.fma(y, logHi, -ehi));
    return TableExp.expWithTail(ehi, elo, negative);
  }
}
