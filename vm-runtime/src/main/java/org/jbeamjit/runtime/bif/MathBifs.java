package org.jbeamjit.runtime.bif;

import org.jbeamjit.runtime.error.ErlangException;

/**
 * The BIFs of module {@code math} ({@code pi/0} is Erlang code). Integers are converted to
 * floats first; an argument that is not a number is {@code badarg}, and one too big for a
 * float, or a result that is not a finite float (a domain error, a pole, an overflow), is
 * {@code badarith}. Results are bit for bit those of the glibc functions OTP calls: see
 * {@link CorrectlyRounded}, {@link TableExp}, {@link TablePow} and {@link FdlibmFunctions}.
 */
public final class MathBifs {
  private MathBifs() {}

  @Bif(module = "math", name = "sin")
  public static Object sin(Object x) {
    return result(CorrectlyRounded.sin(arg(x)));
  }

  @Bif(module = "math", name = "cos")
  public static Object cos(Object x) {
    return result(CorrectlyRounded.cos(arg(x)));
  }

  @Bif(module = "math", name = "tan")
  public static Object tan(Object x) {
    return result(CorrectlyRounded.tan(arg(x)));
  }

  @Bif(module = "math", name = "asin")
  public static Object asin(Object x) {
    return result(CorrectlyRounded.asin(arg(x)));
  }

  @Bif(module = "math", name = "acos")
  public static Object acos(Object x) {
    return result(CorrectlyRounded.acos(arg(x)));
  }

  @Bif(module = "math", name = "atan")
  public static Object atan(Object x) {
    return result(CorrectlyRounded.atan(arg(x)));
  }

  @Bif(module = "math", name = "atan2")
  public static Object atan2(Object y, Object x) {
    double a = arg(y);
    return result(CorrectlyRounded.atan2(a, arg(x)));
  }

  @Bif(module = "math", name = "sinh")
  public static Object sinh(Object x) {
    return result(FdlibmFunctions.sinh(arg(x)));
  }

  @Bif(module = "math", name = "cosh")
  public static Object cosh(Object x) {
    return result(FdlibmFunctions.cosh(arg(x)));
  }

  @Bif(module = "math", name = "tanh")
  public static Object tanh(Object x) {
    return result(FdlibmFunctions.tanh(arg(x)));
  }

  @Bif(module = "math", name = "asinh")
  public static Object asinh(Object x) {
    return result(FdlibmFunctions.asinh(arg(x)));
  }

  @Bif(module = "math", name = "acosh")
  public static Object acosh(Object x) {
    return result(FdlibmFunctions.acosh(arg(x)));
  }

  @Bif(module = "math", name = "atanh")
  public static Object atanh(Object x) {
    return result(FdlibmFunctions.atanh(arg(x)));
  }

  @Bif(module = "math", name = "exp")
  public static Object exp(Object x) {
    return result(TableExp.exp(arg(x)));
  }

  @Bif(module = "math", name = "log")
  public static Object log(Object x) {
    double a = arg(x);
    return result(a > 0 ? CorrectlyRounded.log(a) : a == 0 ? Double.NEGATIVE_INFINITY : Double.NaN);
  }

  @Bif(module = "math", name = "log2")
  public static Object log2(Object x) {
    double a = arg(x);
    return result(a > 0 ? CorrectlyRounded.log2(a) : a == 0 ? Double.NEGATIVE_INFINITY : Double.NaN);
  }

  @Bif(module = "math", name = "log10")
  public static Object log10(Object x) {
    return result(FdlibmFunctions.log10(arg(x)));
  }

  @Bif(module = "math", name = "pow")
  public static Object pow(Object x, Object y) {
    double a = arg(x);
    return result(TablePow.pow(a, arg(y)));
  }

  @Bif(module = "math", name = "sqrt")
  public static Object sqrt(Object x) {
    return result(Math.sqrt(arg(x)));
  }

  @Bif(module = "math", name = "erf")
  public static Object erf(Object x) {
    return result(FdlibmFunctions.erf(arg(x)));
  }

  @Bif(module = "math", name = "erfc")
  public static Object erfc(Object x) {
    return result(FdlibmFunctions.erfc(arg(x)));
  }

  @Bif(module = "math", name = "ceil")
  public static Object ceil(Object x) {
    return result(Math.ceil(arg(x)));
  }

  @Bif(module = "math", name = "floor")
  public static Object floor(Object x) {
    return result(Math.floor(arg(x)));
  }

  /** The remainder of x / y with the sign of x, as C's {@code fmod}. */
  @Bif(module = "math", name = "fmod")
  public static Object fmod(Object x, Object y) {
    double a = arg(x);
    return result(a % arg(y));
  }

  private static double arg(Object x) {
    if (x instanceof Double d) {
      return d;
    } else if (x instanceof Long || x instanceof java.math.BigInteger) {
      double d = Numbers.toDouble(x);
      if (Double.isInfinite(d)) {
        throw ErlangException.badarith();
      }
      return d;
    }
    throw ErlangException.badarg();
  }

  private static Object result(double r) {
    if (Double.isNaN(r) || Double.isInfinite(r)) {
      throw ErlangException.badarith();
    }
    return r;
  }
}
