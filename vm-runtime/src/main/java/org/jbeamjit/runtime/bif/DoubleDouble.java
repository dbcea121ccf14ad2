package org.jbeamjit.runtime.bif;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * An unevaluated sum {@code hi + lo} of two doubles with {@code |lo| <= ulp(hi)/2}: about 106
 * bits of precision, enough to round the result of a function correctly in all but
 * astronomically rare cases. Built from error-free transformations (Dekker's product, Knuth's
 * sum), so it needs no FMA hardware.
 */
final class DoubleDouble {
  static final DoubleDouble ZERO = new DoubleDouble(0.0, 0.0);
  static final DoubleDouble ONE = new DoubleDouble(1.0, 0.0);

  final double hi;
  final double lo;

  DoubleDouble(double hi, double lo) {
    this.hi = hi;
    this.lo = lo;
  }

  static DoubleDouble of(double x) {
    return new DoubleDouble(x, 0.0);
  }

  /** The double-double nearest to an exact decimal value. */
  static DoubleDouble of(BigDecimal v) {
    double hi = v.doubleValue();
    double lo = v.subtract(new BigDecimal(hi)).doubleValue();
    return normalize(hi, lo);
  }

  BigDecimal toBigDecimal() {
    return new BigDecimal(hi).add(new BigDecimal(lo));
  }

  /** {@code a + b} exactly, when {@code |a| >= |b|} or either is zero. */
  private static DoubleDouble normalize(double a, double b) {
    double s = a + b;
    return new DoubleDouble(s, b - (s - a));
  }

  /** {@code a + b} exactly, as a double-double. */
  static DoubleDouble sum(double a, double b) {
    double s = a + b;
    double bb = s - a;
    return new DoubleDouble(s, (a - (s - bb)) + (b - bb));
  }

  /** The part of a double's significand that a product with another such part keeps exact. */
  private static double upper(double a) {
    double c = 134217729.0 * a; // 2^27 + 1
    return c - (c - a);
  }

  /** {@code a * b} exactly, as a double-double (for finite products well inside the range). */
  static DoubleDouble product(double a, double b) {
    double p = a * b;
    double ah = upper(a);
    double al = a - ah;
    double bh = upper(b);
    double bl = b - bh;
    return new DoubleDouble(p, ((ah * bh - p) + ah * bl + al * bh) + al * bl);
  }

  DoubleDouble add(DoubleDouble b) {
    DoubleDouble s = sum(hi, b.hi);
    DoubleDouble t = sum(lo, b.lo);
    DoubleDouble u = normalize(s.hi, s.lo + t.hi);
    return normalize(u.hi, u.lo + t.lo);
  }

  DoubleDouble add(double b) {
    DoubleDouble s = sum(hi, b);
    return normalize(s.hi, s.lo + lo);
  }

  DoubleDouble negate() {
    return new DoubleDouble(-hi, -lo);
  }

  DoubleDouble subtract(DoubleDouble b) {
    return add(b.negate());
  }

  DoubleDouble multiply(DoubleDouble b) {
    DoubleDouble p = product(hi, b.hi);
    return normalize(p.hi, p.lo + (hi * b.lo + lo * b.hi));
  }

  DoubleDouble multiply(double b) {
    DoubleDouble p = product(hi, b);
    return normalize(p.hi, p.lo + lo * b);
  }

  /** This times a power of two (exact while the result stays normal). */
  DoubleDouble scale(int exponent) {
    return new DoubleDouble(Math.scalb(hi, exponent), Math.scalb(lo, exponent));
  }

  DoubleDouble divide(DoubleDouble b) {
    double q1 = hi / b.hi;
    DoubleDouble r = subtract(b.multiply(q1));
    double q2 = r.hi / b.hi;
    r = r.subtract(b.multiply(q2));
    double q3 = r.hi / b.hi;
    return normalize(q1, q2).add(q3);
  }

  DoubleDouble sqrt() {
    if (hi <= 0) {
      return ZERO;
    }
    double s = Math.sqrt(hi);
    // One Newton step from the double root: s + (x - s^2) / 2s.
    DoubleDouble r = subtract(product(s, s));
    return sum(s, r.hi / (2 * s));
  }

  /** Rounded to the nearest double: exactly {@code hi}, as the parts are kept normalized. */
  double value() {
    return hi;
  }

  /** A constant as a double-double, from its decimal value to 40 digits. */
  static DoubleDouble constant(BigDecimal v) {
    return of(v.round(new MathContext(40)));
  }
}
