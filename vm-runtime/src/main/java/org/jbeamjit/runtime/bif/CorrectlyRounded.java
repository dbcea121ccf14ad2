package org.jbeamjit.runtime.bif;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Elementary functions rounded correctly to the nearest double. The C library under OTP (glibc)
 * comes close to that for {@code log}, {@code log2} and the trigonometric functions
 * and their inverses: its results differ from the correctly rounded ones in the last bit for
 * roughly one argument in a thousand (asin, tan) to one in ten thousand (log), and those are
 * the differences left between OTP and these. Each is evaluated in double-double arithmetic
 * (about 106 bits) and rounded once, which gives the correctly rounded result unless the exact
 * value lies within 2^-100 or so of a rounding boundary. The caller handles NaN and infinite
 * results; arguments are finite.
 */
final class CorrectlyRounded {
  private CorrectlyRounded() {}

  private static final MathContext WIDE = new MathContext(60);
  /** pi/2 to 420 digits: enough to reduce any double exactly enough (see {@link #reduce}). */
  private static final BigDecimal HALF_PI_EXACT;
  private static final DoubleDouble PI;
  private static final DoubleDouble HALF_PI;
  private static final DoubleDouble LN2;
  /** pi/2 in four parts, the first three short enough that a multiple below 2^20 of them is exact. */
  private static final double[] HALF_PI_PARTS = new double[4];
  /** atan(j/8) for j = 0..8. */
  private static final DoubleDouble[] ATAN_EIGHTHS = new DoubleDouble[9];
  /** 1/n! for n = 0..32. */
  private static final DoubleDouble[] INV_FACTORIAL = new DoubleDouble[33];
  /** 1/(2n+1) for n = 0..16. */
  private static final DoubleDouble[] INV_ODD = new DoubleDouble[17];

  static {
    BigDecimal pi = machinPi(new MathContext(440));
    HALF_PI_EXACT = pi.divide(BigDecimal.valueOf(2), new MathContext(430));
    PI = DoubleDouble.constant(pi);
    HALF_PI = DoubleDouble.constant(HALF_PI_EXACT);
    BigDecimal ln2 = atanhSeries(BigDecimal.ONE.divide(BigDecimal.valueOf(3), WIDE)).multiply(BigDecimal.valueOf(2), WIDE);
    LN2 = DoubleDouble.constant(ln2);
    BigDecimal hp = HALF_PI_EXACT;
    for (int i = 0; i < 3; i++) {
      HALF_PI_PARTS[i] = truncateBits(hp, 33);
      hp = hp.subtract(new BigDecimal(HALF_PI_PARTS[i]));
    }
    HALF_PI_PARTS[3] = hp.doubleValue();
    for (int j = 0; j <= 8; j++) {
      ATAN_EIGHTHS[j] = DoubleDouble.constant(atan(BigDecimal.valueOf(j).divide(BigDecimal.valueOf(8))));
    }
    BigDecimal f = BigDecimal.ONE;
    for (int n = 0; n < INV_FACTORIAL.length; n++) {
      if (n > 0) {
        f = f.multiply(BigDecimal.valueOf(n));
      }
      INV_FACTORIAL[n] = DoubleDouble.constant(BigDecimal.ONE.divide(f, WIDE));
    }
    for (int n = 0; n < INV_ODD.length; n++) {
      INV_ODD[n] = DoubleDouble.constant(BigDecimal.ONE.divide(BigDecimal.valueOf(2L * n + 1), WIDE));
    }
  }

  // ---- constants, computed once in BigDecimal ----

  private static BigDecimal machinPi(MathContext mc) {
    BigDecimal a = atanInverse(5, mc).multiply(BigDecimal.valueOf(16));
    BigDecimal b = atanInverse(239, mc).multiply(BigDecimal.valueOf(4));
    return a.subtract(b, mc);
  }

  /** atan(1/n) by its series. */
  private static BigDecimal atanInverse(int n, MathContext mc) {
    BigDecimal x = BigDecimal.ONE.divide(BigDecimal.valueOf(n), mc);
    BigDecimal x2 = x.multiply(x, mc);
    BigDecimal term = x;
    BigDecimal sum = x;
    BigDecimal eps = BigDecimal.ONE.movePointLeft(mc.getPrecision() + 5);
    for (int k = 1; term.abs().compareTo(eps) > 0; k++) {
      term = term.multiply(x2, mc).negate();
      sum = sum.add(term.divide(BigDecimal.valueOf(2L * k + 1), mc), mc);
    }
    return sum;
  }

  /** atanh(x) = x + x^3/3 + x^5/5 + ... for small x. */
  private static BigDecimal atanhSeries(BigDecimal x) {
    BigDecimal x2 = x.multiply(x, WIDE);
    BigDecimal term = x;
    BigDecimal sum = x;
    for (int k = 1; k < 200; k++) {
      term = term.multiply(x2, WIDE);
      sum = sum.add(term.divide(BigDecimal.valueOf(2L * k + 1), WIDE), WIDE);
    }
    return sum;
  }

  /** atan(x) for 0 <= x <= 1: halve the angle twice, then the series. */
  private static BigDecimal atan(BigDecimal x) {
    BigDecimal t = x;
    for (int i = 0; i < 2; i++) {
      BigDecimal root = BigDecimal.ONE.add(t.multiply(t, WIDE)).sqrt(WIDE);
      t = t.divide(BigDecimal.ONE.add(root), WIDE);
    }
    BigDecimal t2 = t.multiply(t, WIDE);
    BigDecimal term = t;
    BigDecimal sum = t;
    for (int k = 1; k < 200; k++) {
      term = term.multiply(t2, WIDE).negate();
      sum = sum.add(term.divide(BigDecimal.valueOf(2L * k + 1), WIDE), WIDE);
    }
    return sum.multiply(BigDecimal.valueOf(4));
  }

  /** {@code v} cut to its leading {@code bits} significant bits, as a double. */
  private static double truncateBits(BigDecimal v, int bits) {
    double d = v.doubleValue();
    long mask = -1L << (52 - bits + 1);
    return Double.longBitsToDouble(Double.doubleToRawLongBits(d) & mask);
  }

  // ---- exponentials and logarithms ----

  /** e^r - 1 for |r| up to about 0.36, accurate relative to the result. */
  private static DoubleDouble expm1(DoubleDouble r) {
    DoubleDouble s = r.scale(-8);
    DoubleDouble p = INV_FACTORIAL[11];
    for (int n = 10; n >= 1; n--) {
      p = p.multiply(s).add(INV_FACTORIAL[n]);
    }
    DoubleDouble e = p.multiply(s);
    // (1 + e)^2 - 1 = 2e + e^2, eight times: e^(256 s) - 1.
    for (int i = 0; i < 8; i++) {
      e = e.scale(1).add(e.multiply(e));
    }
    return e;
  }

  /** ln x for x > 0, as a double-double. */
  private static DoubleDouble logDD(double x) {
    int e = 0;
    if (x < Double.MIN_NORMAL) {
      x *= 0x1p54;
      e = -54;
    }
    e += Math.getExponent(x);
    double m = Math.scalb(x, -Math.getExponent(x));
    if (m > 1.4142135623730951) {
      m /= 2;
      e++;
    }
    double f = m - 1;
    double y0 = Math.log1p(f);
    // m e^-y0 = 1 + u with u tiny; ln m = y0 + ln(1 + u).
    DoubleDouble big = expm1(DoubleDouble.of(-y0));
    DoubleDouble u = big.multiply(f).add(big).add(f);
    DoubleDouble lnm = u.subtract(u.multiply(u).scale(-1)).add(y0);
    return LN2.multiply(e).add(lnm);
  }

  static double log(double x) {
    return logDD(x).value();
  }

  static double log2(double x) {
    return logDD(x).divide(LN2).value();
  }

  // ---- trigonometric functions ----

  /** x reduced by a multiple k of pi/2 to about [-pi/4, pi/4]; k mod 4 in {@link Reduced#quadrant}. */
  private record Reduced(DoubleDouble r, int quadrant) {}

  private static Reduced reduce(double x) {
    if (Math.abs(x) <= 0.7853981633974483) {
      return new Reduced(DoubleDouble.of(x), 0);
    }
    if (Math.abs(x) < 0x1p20) {
      double k = Math.rint(x / HALF_PI.hi);
      DoubleDouble r = DoubleDouble.of(x - k * HALF_PI_PARTS[0]).add(-k * HALF_PI_PARTS[1]).add(-k * HALF_PI_PARTS[2])
          .add(DoubleDouble.product(-k, HALF_PI_PARTS[3]));
      if (Math.abs(r.hi) > 0x1p-20) {
        return new Reduced(r, (int) ((long) k & 3));
      }
    }
    // Near a multiple of pi/2, or far out: reduce exactly.
    BigDecimal bx = new BigDecimal(x);
    BigInteger k = bx.divide(HALF_PI_EXACT, new MathContext(340)).setScale(0, RoundingMode.HALF_EVEN).toBigIntegerExact();
    BigDecimal r = bx.subtract(HALF_PI_EXACT.multiply(new BigDecimal(k)));
    return new Reduced(DoubleDouble.of(r.round(new MathContext(40))), k.intValue() & 3);
  }

  /** sin r for |r| up to about pi/4. */
  private static DoubleDouble sinReduced(DoubleDouble r) {
    DoubleDouble r2 = r.multiply(r);
    DoubleDouble p = INV_FACTORIAL[31].negate();
    for (int n = 29; n >= 1; n -= 2) {
      p = p.multiply(r2);
      p = ((n >> 1) & 1) == 1 ? p.subtract(INV_FACTORIAL[n]) : p.add(INV_FACTORIAL[n]);
    }
    return p.multiply(r);
  }

  /** cos r for |r| up to about pi/4. */
  private static DoubleDouble cosReduced(DoubleDouble r) {
    DoubleDouble r2 = r.multiply(r);
    DoubleDouble p = INV_FACTORIAL[30].negate();
    for (int n = 28; n >= 0; n -= 2) {
      p = p.multiply(r2);
      p = ((n >> 1) & 1) == 1 ? p.subtract(INV_FACTORIAL[n]) : p.add(INV_FACTORIAL[n]);
    }
    return p;
  }

  static double sin(double x) {
    if (x == 0) {
      return x;
    }
    Reduced red = reduce(x);
    return switch (red.quadrant) {
      case 0 -> sinReduced(red.r).value();
      case 1 -> cosReduced(red.r).value();
      case 2 -> -sinReduced(red.r).value();
      default -> -cosReduced(red.r).value();
    };
  }

  static double cos(double x) {
    Reduced red = reduce(x);
    return switch (red.quadrant) {
      case 0 -> cosReduced(red.r).value();
      case 1 -> -sinReduced(red.r).value();
      case 2 -> -cosReduced(red.r).value();
      default -> sinReduced(red.r).value();
    };
  }

  static double tan(double x) {
    if (x == 0) {
      return x;
    }
    Reduced red = reduce(x);
    DoubleDouble s = sinReduced(red.r);
    DoubleDouble c = cosReduced(red.r);
    return (red.quadrant & 1) == 0 ? s.divide(c).value() : c.divide(s).negate().value();
  }

  /** atan t for 0 <= t <= 1. */
  private static DoubleDouble atanUnit(DoubleDouble t) {
    int j = (int) Math.rint(t.hi * 8);
    double c = j / 8.0;
    // atan t = atan c + atan u, u = (t - c) / (1 + t c), |u| <= 1/16.
    DoubleDouble u = j == 0 ? t : t.add(-c).divide(t.multiply(c).add(1.0));
    DoubleDouble u2 = u.multiply(u);
    DoubleDouble p = INV_ODD[16];
    for (int n = 15; n >= 0; n--) {
      p = p.multiply(u2);
      p = (n & 1) == 1 ? p.subtract(INV_ODD[n]) : p.add(INV_ODD[n]);
    }
    return ATAN_EIGHTHS[j].add(p.multiply(u));
  }

  /** The angle whose tangent is n/d, for n, d >= 0 not both zero, in [0, pi/2]. */
  private static DoubleDouble atanRatio(DoubleDouble n, DoubleDouble d) {
    if (n.hi <= d.hi) {
      return atanUnit(n.divide(d));
    }
    return HALF_PI.subtract(atanUnit(d.divide(n)));
  }

  static double atan(double x) {
    if (x == 0) {
      return x;
    }
    double a = Math.abs(x);
    double r;
    if (a > 0x1p60) {
      r = HALF_PI.add(-1 / a).value();
    } else if (a < 0x1p-500) {
      r = a;
    } else {
      r = atanRatio(DoubleDouble.of(a), DoubleDouble.ONE).value();
    }
    return Math.copySign(r, x);
  }

  static double atan2(double y, double x) {
    if (y == 0) {
      boolean negativeX = x < 0 || (x == 0 && 1 / x < 0);
      return negativeX ? Math.copySign(PI.value(), y) : y;
    }
    if (x == 0) {
      return Math.copySign(HALF_PI.value(), y);
    }
    double ay = Math.abs(y);
    double ax = Math.abs(x);
    // Only the ratio matters: scale both so the larger is near 1 (keeps products in range).
    int e = Math.getExponent(Math.max(ay, ax));
    double sy = Math.scalb(ay, -e);
    double sx = Math.scalb(ax, -e);
    DoubleDouble a;
    if (sy < 0x1p-500) {
      double q = ay / ax;
      if (x > 0) {
        return Math.copySign(q, y);
      }
      a = DoubleDouble.of(q);
    } else if (sx < 0x1p-500) {
      a = HALF_PI.add(-ax / ay);
    } else {
      a = atanRatio(DoubleDouble.of(sy), DoubleDouble.of(sx));
    }
    if (x < 0) {
      a = PI.subtract(a);
    }
    return Math.copySign(a.value(), y);
  }

  /** asin x for |x| <= 1, as atan of x / sqrt(1 - x^2) with the root in double-double. */
  static double asin(double x) {
    if (x == 0) {
      return x;
    }
    double a = Math.abs(x);
    if (a > 1) {
      return Double.NaN;
    }
    DoubleDouble c = DoubleDouble.ONE.subtract(DoubleDouble.product(a, a)).sqrt();
    return Math.copySign(atanRatio(DoubleDouble.of(a), c).value(), x);
  }

  static double acos(double x) {
    double a = Math.abs(x);
    if (a > 1) {
      return Double.NaN;
    }
    DoubleDouble c = DoubleDouble.ONE.subtract(DoubleDouble.product(a, a)).sqrt();
    if (a == 0) {
      return HALF_PI.value();
    }
    DoubleDouble r = atanRatio(c, DoubleDouble.of(a));
    return (x < 0 ? PI.subtract(r) : r).value();
  }
}
