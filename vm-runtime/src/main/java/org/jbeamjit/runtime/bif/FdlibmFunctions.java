package org.jbeamjit.runtime.bif;

/**
 * The functions whose glibc versions (those OTP calls) are Sun's fdlibm algorithms, which are
 * not correctly rounded: to give the same bits this follows the same steps, calling
 * {@link TableExp#exp} and the correctly rounded {@code log} where glibc calls its own,
 * and glibc's versions of fdlibm's {@code expm1} and {@code log1p}, which regroup the
 * polynomials, where glibc calls those. Comparisons on the high word of a double are kept as
 * fdlibm makes them, because they decide which formula a boundary value gets.
 *
 * <p>On x86-64 machines with FMA (where OTP's results were taken) glibc runs an {@code expm1}
 * built with fused multiply-adds; {@link #expm1} does the same. On a machine without FMA, OTP's
 * {@code sinh}, {@code cosh} and {@code tanh} can differ from these in the last bit.
 */
final class FdlibmFunctions {
  private FdlibmFunctions() {}

  /** ln 2 rounded to a double, as fdlibm's asinh and acosh add it. */
  private static final double LN2 = Double.longBitsToDouble(0x3FE62E42FEFA39EFL);
  private static final double IVLN10 = Double.longBitsToDouble(0x3FDBCB7B1526E50EL);
  private static final double LOG10_2HI = Double.longBitsToDouble(0x3FD34413509F6000L);
  private static final double LOG10_2LO = Double.longBitsToDouble(0x3D59FEF311F12B36L);

  /** The high 32 bits of a double's representation, sign included. */
  private static int high(double x) {
    return (int) (Double.doubleToRawLongBits(x) >>> 32);
  }

  private static int low(double x) {
    return (int) Double.doubleToRawLongBits(x);
  }

  static double sinh(double x) {
    int ix = high(x) & 0x7fffffff;
    double h = x < 0 ? -0.5 : 0.5;
    double a = Math.abs(x);
    if (ix < 0x40360000) { // |x| < 22
      if (ix < 0x3e300000) { // |x| < 2^-28
        return x;
      }
      double t = expm1(a);
      if (ix < 0x3ff00000) {
        return h * (2.0 * t - t * t / (t + 1.0));
      }
      return h * (t + t / (t + 1.0));
    }
    if (ix < 0x40862e42) { // |x| < log(Double.MAX_VALUE)
      return h * TableExp.exp(a);
    }
    if (ix < 0x408633ce || (ix == 0x408633ce && Integer.compareUnsigned(low(x), 0x8fb9f87d) <= 0)) {
      double w = TableExp.exp(0.5 * a);
      double t = h * w;
      return t * w;
    }
    return x * Double.POSITIVE_INFINITY;
  }

  static double cosh(double x) {
    int ix = high(x) & 0x7fffffff;
    double a = Math.abs(x);
    if (ix < 0x40360000) { // |x| < 22
      if (ix < 0x3fd62e43) { // |x| < ln2 / 2
        double t = expm1(a);
        double w = 1.0 + t;
        if (ix < 0x3c800000) {
          return w;
        }
        return 1.0 + (t * t) / (w + w);
      }
      double t = TableExp.exp(a);
      return 0.5 * t + 0.5 / t;
    }
    if (ix < 0x40862e42) {
      return 0.5 * TableExp.exp(a);
    }
    if (ix < 0x408633ce || (ix == 0x408633ce && Integer.compareUnsigned(low(x), 0x8fb9f87d) <= 0)) {
      double w = TableExp.exp(0.5 * a);
      double t = 0.5 * w;
      return t * w;
    }
    return Double.POSITIVE_INFINITY;
  }

  // expm1: x = k ln2 + r, then e^r - 1 by a rational approximation with fdlibm's coefficients.
  private static final double LN2_HI = Double.longBitsToDouble(0x3fe62e42fee00000L);
  private static final double LN2_LO = Double.longBitsToDouble(0x3dea39ef35793c76L);
  private static final double INVLN2 = Double.longBitsToDouble(0x3ff71547652b82feL);
  private static final double[] Q = {
    1.0, -3.33333333333331316428e-02, 1.58730158725481460165e-03, -7.93650757867487942473e-05,
    4.00821782732936239552e-06, -2.01099218183624371326e-07};

  /** e^x - 1 for finite x, as glibc's FMA build computes it. */
  static double expm1(double x) {
    int hx = high(x);
    boolean negative = hx < 0;
    hx &= 0x7fffffff;
    if (hx >= 0x4043687A) { // |x| >= 56 ln2
      if (hx >= 0x40862E42 && x > 7.09782712893383973096e+02) {
        return Double.POSITIVE_INFINITY;
      }
      if (negative) {
        return -1.0;
      }
    }
    int k;
    double c = 0;
    if (hx > 0x3fd62e42) { // |x| > ln2 / 2
      double hi;
      double lo;
      if (hx < 0x3FF0A2B2) { // |x| < 1.5 ln2
        k = negative ? -1 : 1;
        hi = negative ? x + LN2_HI : x - LN2_HI;
        lo = negative ? -LN2_LO : LN2_LO;
        x = hi - lo;
        c = (hi - x) - lo;
      } else {
        k = (int) Math.fma(INVLN2, x, negative ? -0.5 : 0.5);
        double t = k;
        hi = Math.fma(-t, LN2_HI, x);
        x = Math.fma(-t, LN2_LO, hi);
        c = Math.fma(-t, LN2_LO, hi - x);
      }
    } else if (hx < 0x3c900000) { // |x| < 2^-54
      return x;
    } else {
      k = 0;
    }
    double hfx = 0.5 * x;
    double hxs = x * hfx;
    double r1 = Math.fma(hxs, Q[1], 1.0);
    double h2 = hxs * hxs;
    double r2 = Math.fma(hxs, Q[3], Q[2]);
    double h4 = h2 * h2;
    double r3 = Math.fma(hxs, Q[5], Q[4]);
    double r = Math.fma(h4, r3, Math.fma(h2, r2, r1));
    double t = Math.fma(-r, hfx, 3.0);
    double e = hxs * ((r - t) / Math.fma(-x, t, 6.0));
    if (k == 0) {
      return x - Math.fma(x, e, -hxs);
    }
    e = Math.fma(x, e - c, -c);
    e -= hxs;
    if (k == -1) {
      return 0.5 * (x - e) - 0.5;
    }
    if (k == 1) {
      return x < -0.25 ? -2.0 * (e - (x + 0.5)) : 1.0 + 2.0 * (x - e);
    }
    if (k <= -2 || k > 56) {
      double y = 1.0 - (e - x);
      return addExponent(y, k) - 1.0;
    }
    if (k < 20) {
      double y = Double.longBitsToDouble((long) (0x3ff00000 - (0x200000 >> k)) << 32) - (e - x);
      return addExponent(y, k);
    }
    double y = x - (e + Double.longBitsToDouble((long) ((0x3ff - k) << 20) << 32));
    y += 1.0;
    return addExponent(y, k);
  }

  /** y with k added to its binary exponent field, as fdlibm does on the high word. */
  private static double addExponent(double y, int k) {
    return Double.longBitsToDouble(Double.doubleToRawLongBits(y) + ((long) k << 52));
  }

  static double tanh(double x) {
    int ix = high(x) & 0x7fffffff;
    double z;
    if (ix < 0x40360000) { // |x| < 22
      if (x == 0) {
        return x;
      }
      if (ix < 0x3c800000) { // |x| < 2^-55
        return x * (1.0 + x);
      }
      if (ix >= 0x3ff00000) { // |x| >= 1
        double t = expm1(2.0 * Math.abs(x));
        z = 1.0 - 2.0 / (t + 2.0);
      } else {
        double t = expm1(-2.0 * Math.abs(x));
        z = -t / (t + 2.0);
      }
    } else {
      z = 1.0 - 1e-300;
    }
    return x >= 0 ? z : -z;
  }

  // log1p: 1 + x = 2^k (1 + f), then log(1 + f) = 2s + s R(s^2), s = f / (2 + f).
  private static final double[] LP = {
    0.0, 6.666666666666735130e-01, 3.999999999940941908e-01, 2.857142874366239149e-01,
    2.222219843214978396e-01, 1.818357216161805012e-01, 1.531383769920937332e-01,
    1.479819860511658591e-01};

  /** ln(1 + x) for finite x, as glibc computes it (fdlibm's algorithm, regrouped). */
  static double log1p(double x) {
    int hx = high(x);
    int ax = hx & 0x7fffffff;
    int k = 1;
    int hu = 0;
    double f = 0;
    double c = 0;
    if (hx < 0x3FDA827A) { // x < 0.41422
      if (ax >= 0x3ff00000) { // x <= -1
        return x == -1.0 ? Double.NEGATIVE_INFINITY : Double.NaN;
      }
      if (ax < 0x3e200000) { // |x| < 2^-29
        return ax < 0x3c900000 ? x : x - x * x * 0.5;
      }
      if (hx > 0 || hx <= 0xbfd2bec3) { // -0.2929 < x < 0.41422
        k = 0;
        f = x;
        hu = 1;
      }
    }
    if (k != 0) {
      double u;
      if (hx < 0x43400000) {
        u = 1.0 + x;
        hu = high(u);
        k = (hu >> 20) - 1023;
        c = k > 0 ? 1.0 - (u - x) : x - (u - 1.0);
        c /= u;
      } else {
        u = x;
        hu = high(u);
        k = (hu >> 20) - 1023;
        c = 0;
      }
      hu &= 0x000fffff;
      if (hu < 0x6a09e) {
        u = withHigh(u, hu | 0x3ff00000);
      } else {
        k += 1;
        u = withHigh(u, hu | 0x3fe00000);
        hu = (0x00100000 - hu) >> 2;
      }
      f = u - 1.0;
    }
    double hfsq = 0.5 * f * f;
    if (hu == 0) { // |f| < 2^-20
      if (f == 0) {
        if (k == 0) {
          return 0.0;
        }
        c += k * LN2_LO;
        return k * LN2_HI + c;
      }
      double r = hfsq * (1.0 - 0.66666666666666666 * f);
      return k == 0 ? f - r : k * LN2_HI - ((r - (k * LN2_LO + c)) - f);
    }
    double s = f / (2.0 + f);
    double z = s * s;
    double r1 = z * LP[1];
    double z2 = z * z;
    double r2 = LP[2] + z * LP[3];
    double z4 = z2 * z2;
    double r3 = LP[4] + z * LP[5];
    double z6 = z4 * z2;
    double r4 = LP[6] + z * LP[7];
    double r = r1 + z2 * r2 + z4 * r3 + z6 * r4;
    if (k == 0) {
      return f - (hfsq - s * (hfsq + r));
    }
    return k * LN2_HI - ((hfsq - (s * (hfsq + r) + (k * LN2_LO + c))) - f);
  }

  private static double withHigh(double x, int high) {
    return Double.longBitsToDouble(((long) high << 32) | (Double.doubleToRawLongBits(x) & 0xffffffffL));
  }

  static double asinh(double x) {
    int ix = high(x) & 0x7fffffff;
    if (ix < 0x3e300000) { // |x| < 2^-28
      return x;
    }
    double a = Math.abs(x);
    double w;
    if (ix > 0x41b00000) { // |x| > 2^28
      w = CorrectlyRounded.log(a) + LN2;
    } else if (ix > 0x40000000) { // |x| > 2
      w = CorrectlyRounded.log(2.0 * a + 1.0 / (Math.sqrt(a * a + 1.0) + a));
    } else {
      double t = a * a;
      w = log1p(a + t / (1.0 + Math.sqrt(1.0 + t)));
    }
    return Math.copySign(w, x);
  }

  static double acosh(double x) {
    int hx = high(x);
    if (hx < 0x3ff00000) { // x < 1
      return Double.NaN;
    } else if (hx >= 0x41b00000) { // x > 2^28
      return CorrectlyRounded.log(x) + LN2;
    } else if (x == 1.0) {
      return 0.0;
    } else if (hx > 0x40000000) { // x > 2
      double t = x * x;
      return CorrectlyRounded.log(2.0 * x - 1.0 / (x + Math.sqrt(t - 1.0)));
    }
    double t = x - 1.0;
    return log1p(t + Math.sqrt(2.0 * t + t * t));
  }

  static double atanh(double x) {
    double a = Math.abs(x);
    double t;
    if (a < 0.5) {
      if (a < 0x1p-28) {
        return x;
      }
      t = a + a;
      t = 0.5 * log1p(t + t * a / (1.0 - a));
    } else if (a < 1.0) {
      t = 0.5 * log1p((a + a) / (1.0 - a));
    } else {
      return a > 1.0 ? Double.NaN : Math.copySign(Double.POSITIVE_INFINITY, x);
    }
    return Math.copySign(t, x);
  }

  /** log10 x = n log10(2) + log10(m), the last as ln(m) / ln(10), for x = m 2^n. */
  static double log10(double x) {
    if (x == 0) {
      return Double.NEGATIVE_INFINITY;
    } else if (x < 0) {
      return Double.NaN;
    }
    int k = 0;
    if (x < Double.MIN_NORMAL) {
      k -= 54;
      x *= 0x1p54;
    }
    int hx = high(x);
    k += (hx >> 20) - 1023;
    int i = k < 0 ? 1 : 0;
    hx = (hx & 0x000fffff) | ((0x3ff - i) << 20);
    double y = k + i;
    x = Double.longBitsToDouble(((long) hx << 32) | (Double.doubleToRawLongBits(x) & 0xffffffffL));
    double z = y * LOG10_2LO + IVLN10 * CorrectlyRounded.log(x);
    return z + y * LOG10_2HI;
  }

  // erf and erfc: rational approximations on [0, 0.84375), [0.84375, 1.25), [1.25, 1/0.35),
  // [1/0.35, 6 or 28), with fdlibm's coefficients, grouped as glibc evaluates them.
  private static final double ERX = 8.45062911510467529297e-01;
  private static final double EFX = 1.28379167095512586316e-01;
  private static final double[] PP = {
    1.28379167095512558561e-01, -3.25042107247001499370e-01, -2.84817495755985104766e-02,
    -5.77027029648944159157e-03, -2.37630166566501626084e-05};
  private static final double[] QQ = {
    0.0, 3.97917223959155352819e-01, 6.50222499887672944485e-02, 5.08130628187576562776e-03,
    1.32494738004321644526e-04, -3.96022827877536812320e-06};
  private static final double[] PA = {
    -2.36211856075265944077e-03, 4.14856118683748331666e-01, -3.72207876035701323847e-01,
    3.18346619901161753674e-01, -1.10894694282396677476e-01, 3.54783043256182359371e-02,
    -2.16637559486879084300e-03};
  private static final double[] QA = {
    0.0, 1.06420880400844228286e-01, 5.40397917702171048937e-01, 7.18286544141962662868e-02,
    1.26171219808761642112e-01, 1.36370839120290507362e-02, 1.19844998467991074170e-02};
  private static final double[] RA = {
    -9.86494403484714822705e-03, -6.93858572707181764372e-01, -1.05586262253232909814e+01,
    -6.23753324503260060396e+01, -1.62396669462573470355e+02, -1.84605092906711035994e+02,
    -8.12874355063065934246e+01, -9.81432934416914548592e+00};
  private static final double[] SA = {
    0.0, 1.96512716674392571292e+01, 1.37657754143519042600e+02, 4.34565877475229228821e+02,
    6.45387271733267880336e+02, 4.29008140027567833386e+02, 1.08635005541779435134e+02,
    6.57024977031928170135e+00, -6.04244152148580987438e-02};
  private static final double[] RB = {
    -9.86494292470009928597e-03, -7.99283237680523006574e-01, -1.77579549177547519889e+01,
    -1.60636384855821916062e+02, -6.37566443368389627722e+02, -1.02509513161107724954e+03,
    -4.83519191608651397019e+02};
  private static final double[] SB = {
    0.0, 3.03380607434824582924e+01, 3.25792512996573918826e+02, 1.53672958608443695994e+03,
    3.19985821950859553908e+03, 2.55305040643316442583e+03, 4.74528541206955367215e+02,
    -2.24409524465858183362e+01};

  /** (erf(x) - x) / x on |x| < 0.84375, as the ratio of two polynomials in x^2. */
  private static double smallRatio(double x) {
    double z = x * x;
    double r1 = PP[0] + z * PP[1];
    double z2 = z * z;
    double r2 = PP[2] + z * PP[3];
    double z4 = z2 * z2;
    double s1 = 1.0 + z * QQ[1];
    double s2 = QQ[2] + z * QQ[3];
    double s3 = QQ[4] + z * QQ[5];
    double r = r1 + z2 * r2 + z4 * PP[4];
    double s = s1 + z2 * s2 + z4 * s3;
    return r / s;
  }

  /** erf(1 + s) - ERX on 0.84375 <= |x| < 1.25, s = |x| - 1. */
  private static double nearOne(double x) {
    double s = Math.abs(x) - 1.0;
    double p1 = PA[0] + s * PA[1];
    double s2 = s * s;
    double q1 = 1.0 + s * QA[1];
    double s4 = s2 * s2;
    double p2 = PA[2] + s * PA[3];
    double s6 = s4 * s2;
    double q2 = QA[2] + s * QA[3];
    double p3 = PA[4] + s * PA[5];
    double q3 = QA[4] + s * QA[5];
    double p = p1 + s2 * p2 + s4 * p3 + s6 * PA[6];
    double q = q1 + s2 * q2 + s4 * q3 + s6 * QA[6];
    return p / q;
  }

  /** x erfc(x) for x >= 1.25, through exp(-x^2 - 0.5625 + R/S); {@code far} picks the second interval. */
  private static double tail(double x, boolean far) {
    double s = 1.0 / (x * x);
    double r;
    double t;
    double s2 = s * s;
    double s4 = s2 * s2;
    double s6 = s4 * s2;
    if (!far) {
      double r1 = RA[0] + s * RA[1];
      double t1 = 1.0 + s * SA[1];
      double s8 = s4 * s4;
      double r2 = RA[2] + s * RA[3];
      double t2 = SA[2] + s * SA[3];
      double r3 = RA[4] + s * RA[5];
      double t3 = SA[4] + s * SA[5];
      double r4 = RA[6] + s * RA[7];
      double t4 = SA[6] + s * SA[7];
      r = r1 + s2 * r2 + s4 * r3 + s6 * r4;
      t = t1 + s2 * t2 + s4 * t3 + s6 * t4 + s8 * SA[8];
    } else {
      double r1 = RB[0] + s * RB[1];
      double t1 = 1.0 + s * SB[1];
      double r2 = RB[2] + s * RB[3];
      double t2 = SB[2] + s * SB[3];
      double r3 = RB[4] + s * RB[5];
      double t3 = SB[4] + s * SB[5];
      double t4 = SB[6] + s * SB[7];
      r = r1 + s2 * r2 + s4 * r3 + s6 * RB[6];
      t = t1 + s2 * t2 + s4 * t3 + s6 * t4;
    }
    // Split -x^2 as -z^2 + (z - x)(z + x), z being x with the low word cleared.
    double z = Double.longBitsToDouble(Double.doubleToRawLongBits(x) & 0xffffffff00000000L);
    return TableExp.exp(-z * z - 0.5625) * TableExp.exp((z - x) * (z + x) + r / t);
  }

  static double erf(double x) {
    int hx = high(x);
    int ix = hx & 0x7fffffff;
    if (ix < 0x3feb0000) { // |x| < 0.84375
      if (ix < 0x3e300000) { // |x| < 2^-28
        if (ix < 0x00800000) {
          return 0.0625 * (16.0 * x + (16.0 * EFX) * x);
        }
        return x + EFX * x;
      }
      return x + x * smallRatio(x);
    }
    if (ix < 0x3ff40000) { // |x| < 1.25
      double q = nearOne(x);
      return hx >= 0 ? ERX + q : -ERX - q;
    }
    if (ix >= 0x40180000) { // |x| >= 6
      return hx >= 0 ? 1.0 - 1e-300 : 1e-300 - 1.0;
    }
    double a = Math.abs(x);
    double r = tail(a, ix >= 0x4006DB6E);
    return hx >= 0 ? 1.0 - r / a : r / a - 1.0;
  }

  static double erfc(double x) {
    int hx = high(x);
    int ix = hx & 0x7fffffff;
    if (ix < 0x3feb0000) { // |x| < 0.84375
      if (ix < 0x3c700000) { // |x| < 2^-56
        return 1.0 - x;
      }
      double y = smallRatio(x);
      if (hx < 0x3fd00000) { // x < 1/4
        return 1.0 - (x + x * y);
      }
      double r = x * y;
      r += (x - 0.5);
      return 0.5 - r;
    }
    if (ix < 0x3ff40000) { // |x| < 1.25
      double q = nearOne(x);
      if (hx >= 0) {
        double z = 1.0 - ERX;
        return z - q;
      }
      double z = ERX + q;
      return 1.0 + z;
    }
    if (ix < 0x403c0000) { // |x| < 28
      if (hx < 0 && ix >= 0x40180000) { // x <= -6
        return 2.0 - 1e-300;
      }
      double a = Math.abs(x);
      double r = tail(a, ix >= 0x4006DB6D);
      return hx > 0 ? r / a : 2.0 - r / a;
    }
    return hx > 0 ? 0.0 : 2.0 - 1e-300;
  }
}
