package org.jbeamjit.runtime.bif;

import java.math.BigInteger;
import org.jbeamjit.runtime.error.ErlangException;
import org.jbeamjit.runtime.term.Integers;

/**
 * Arithmetic: {@code + - * / div rem}, unary {@code - +}, and {@code abs trunc round floor ceil
 * float}. Two longs take a fast path that falls back to BigInteger only on overflow. A float
 * result that is infinite or NaN raises {@code badarith}, since OTP has neither.
 */
public final class ArithmeticBifs {
  private ArithmeticBifs() {}

  @Bif(name = "+")
  public static Object plus(Object a, Object b) {
    if (a instanceof Long x && b instanceof Long y) {
      long r = x + y;
      if (((x ^ r) & (y ^ r)) >= 0) {
        return r;
      }
    }
    if (a instanceof Double || b instanceof Double) {
      return checked(toDouble(a) + toDouble(b));
    }
    return Numbers.integer(big(a).add(big(b)));
  }

  @Bif(name = "-")
  public static Object minus(Object a, Object b) {
    if (a instanceof Long x && b instanceof Long y) {
      long r = x - y;
      if (((x ^ y) & (x ^ r)) >= 0) {
        return r;
      }
    }
    if (a instanceof Double || b instanceof Double) {
      return checked(toDouble(a) - toDouble(b));
    }
    return Numbers.integer(big(a).subtract(big(b)));
  }

  @Bif(name = "*")
  public static Object times(Object a, Object b) {
    if (a instanceof Long x && b instanceof Long y) {
      long hi = Math.multiplyHigh(x, y);
      long lo = x * y;
      if ((lo >> 63) == hi) {
        return lo;
      }
    }
    if (a instanceof Double || b instanceof Double) {
      return checked(toDouble(a) * toDouble(b));
    }
    return Numbers.integer(big(a).multiply(big(b)));
  }

  /** Always a float, even for two integers. */
  @Bif(name = "/")
  public static Object divide(Object a, Object b) {
    double y = toDouble(b);
    double x = toDouble(a);
    if (y == 0.0) {
      throw ErlangException.badarith();
    }
    return checked(x / y);
  }

  /** Integer division truncating toward zero. */
  @Bif(name = "div")
  public static Object intDiv(Object a, Object b) {
    if (a instanceof Long x && b instanceof Long y) {
      if (y == 0) {
        throw ErlangException.badarith();
      }
      if (y != -1 || x != Long.MIN_VALUE) {
        return x / y;
      }
    }
    BigInteger d = big(b);
    BigInteger n = big(a);
    if (d.signum() == 0) {
      throw ErlangException.badarith();
    }
    return Integers.normalize(n.divide(d));
  }

  /** The remainder of {@code div}: it takes the sign of the dividend. */
  @Bif(name = "rem")
  public static Object rem(Object a, Object b) {
    if (a instanceof Long x && b instanceof Long y) {
      if (y == 0) {
        throw ErlangException.badarith();
      }
      return x % y;
    }
    BigInteger d = big(b);
    BigInteger n = big(a);
    if (d.signum() == 0) {
      throw ErlangException.badarith();
    }
    return Integers.normalize(n.remainder(d));
  }

  @Bif(name = "-")
  public static Object negate(Object a) {
    if (a instanceof Long x) {
      return x != Long.MIN_VALUE ? (Object) (-x) : BigInteger.valueOf(x).negate();
    } else if (a instanceof Double d) {
      return -d;
    } else if (a instanceof BigInteger v) {
      return Integers.normalize(v.negate());
    }
    throw ErlangException.badarith();
  }

  @Bif(name = "+")
  public static Object unaryPlus(Object a) {
    if (Numbers.isNumber(a)) {
      return a;
    }
    throw ErlangException.badarith();
  }

  @Bif(name = "abs", guard = true)
  public static Object abs(Object a) {
    if (a instanceof Long x) {
      return x >= 0 ? a : negate(a);
    } else if (a instanceof Double d) {
      return d < 0 ? (Object) (-d) : a; // -0.0 stays -0.0, as in OTP
    } else if (a instanceof BigInteger v) {
      return v.signum() >= 0 ? a : v.negate();
    }
    throw ErlangException.badarg();
  }

  @Bif(name = "trunc", guard = true)
  public static Object trunc(Object a) {
    return fromFloat(a, d -> d < 0 ? Math.ceil(d) : Math.floor(d));
  }

  /** Rounds halves away from zero, like C's {@code round}. */
  @Bif(name = "round", guard = true)
  public static Object round(Object a) {
    return fromFloat(a, d -> {
      double t = d < 0 ? Math.ceil(d) : Math.floor(d);
      double frac = Math.abs(d - t); // exact: t and d share their high bits
      return frac >= 0.5 ? t + Math.signum(d) : t;
    });
  }

  @Bif(name = "floor", guard = true)
  public static Object floor(Object a) {
    return fromFloat(a, Math::floor);
  }

  @Bif(name = "ceil", guard = true)
  public static Object ceil(Object a) {
    return fromFloat(a, Math::ceil);
  }

  @Bif(name = "float", guard = true)
  public static Object toFloat(Object a) {
    if (a instanceof Double) {
      return a;
    } else if (Integers.isInteger(a)) {
      double d = Numbers.toDouble(a);
      if (Double.isInfinite(d)) {
        throw ErlangException.badarg();
      }
      return d;
    }
    throw ErlangException.badarg();
  }

  private static Object fromFloat(Object a, java.util.function.DoubleUnaryOperator toIntegral) {
    if (a instanceof Double d) {
      return Numbers.integralToInteger(toIntegral.applyAsDouble(d));
    } else if (Integers.isInteger(a)) {
      return a;
    }
    throw ErlangException.badarg();
  }

  /** A number as an operand of float arithmetic; {@code badarith} if it is not one or is too big. */
  private static double toDouble(Object a) {
    if (a instanceof Double d) {
      return d;
    } else if (Integers.isInteger(a)) {
      double d = Numbers.toDouble(a);
      if (!Double.isInfinite(d)) {
        return d;
      }
    }
    throw ErlangException.badarith();
  }

  private static BigInteger big(Object a) {
    if (a instanceof Long x) {
      return BigInteger.valueOf(x);
    } else if (a instanceof BigInteger v) {
      return v;
    }
    throw ErlangException.badarith();
  }

  private static Double checked(double r) {
    if (Double.isNaN(r) || Double.isInfinite(r)) {
      throw ErlangException.badarith();
    }
    return r;
  }
}
