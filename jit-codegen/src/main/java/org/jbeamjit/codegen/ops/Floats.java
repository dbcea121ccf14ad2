package org.jbeamjit.codegen.ops;

import java.math.BigInteger;
import org.jbeamjit.runtime.error.ErlangException;

/**
 * The float instructions ({@code fconv}, {@code fadd} ...), which work on unboxed doubles: OTP
 * has no infinities or NaN, so a result that is one raises {@code badarith}.
 */
public final class Floats {
  private Floats() {}

  /** {@code fconv}: a number as a double; {@code badarith} for anything else or an integer too big. */
  public static double toDouble(Object t) {
    if (t instanceof Double d) {
      return d;
    } else if (t instanceof Long l) {
      return l;
    } else if (t instanceof BigInteger b) {
      return checked(b.doubleValue());
    }
    throw ErlangException.badarith();
  }

  /**
   * {@code fnegate}: as OTP computes it, {@code 0.0 - d}, so that the negation of 0.0 is 0.0
   * (IEEE negation would give -0.0, which OTP 25 prints differently).
   */
  public static double negate(double d) {
    return 0.0 - d;
  }

  /** The result of a float operation, or {@code badarith} when it is not finite. */
  public static double checked(double d) {
    if (!Double.isFinite(d)) {
      throw ErlangException.badarith();
    }
    return d;
  }
}
