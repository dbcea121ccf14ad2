package org.jbeamjit.runtime.bif;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.jbeamjit.runtime.term.FloatText;

/**
 * The two ways OTP's {@code float_to_list/2} prints a float with a given number of digits, quirks
 * included. Both write into a 256-byte C buffer in OTP; output that would not fit (with its
 * terminating NUL) is {@code null} here, which the BIF turns into {@code badarg}.
 *
 * <p>{@code {decimals, N}} has a fast path for {@code |F| <= 2^53} and {@code N < 19} that works
 * in floating point: the fraction is scaled by {@code 10^N} in double arithmetic and rounded half
 * away from zero, so {@code 0.125} gives {@code "0.13"} but {@code 2.675} (just below) gives
 * {@code "2.67"}. Beyond that range it is C's exact {@code %.*f}. With {@code compact}, trailing
 * zeros go, except one after the point; on the exact path OTP strips them even when there is no
 * point, so {@code 1.0e16} with {@code {decimals, 0}} and {@code compact} prints {@code "1"}.
 *
 * <p>{@code {scientific, N}} (and the default, {@link FloatText#DEFAULT_PRECISION}) is C's exact
 * {@code %.*e}, as {@link FloatText} writes it.
 */
final class FloatToChars {
  private FloatToChars() {}

  /** OTP's buffer size, including the NUL. */
  private static final int BUFFER = 256;
  /** Fast-path limits: 2^53, and the number of powers of ten in OTP's table. */
  private static final double FAST_MAX = 0x1p53;
  private static final int FAST_DECIMALS = 19;
  private static final double[] POW10 = new double[FAST_DECIMALS];

  static {
    double p = 1;
    for (int i = 0; i < FAST_DECIMALS; i++) {
      POW10[i] = p;
      p *= 10;
    }
  }

  /** {@code float_to_list(F, [{decimals, N}])}, with {@code compact} if asked; {@code null} if OTP fails. */
  static String fixed(double f, int decimals, boolean compact) {
    if (decimals < 0 || decimals >= BUFFER) {
      return null;
    }
    boolean neg = Double.doubleToRawLongBits(f) < 0;
    double af = Math.abs(f);
    if (af > FAST_MAX || decimals >= FAST_DECIMALS) {
      String s = (neg ? "-" : "") + new BigDecimal(af).setScale(decimals, RoundingMode.HALF_EVEN).toPlainString();
      if (s.length() >= BUFFER) {
        return null;
      }
      return compact ? stripZeros(s) : s;
    }
    StringBuilder sb = new StringBuilder(40);
    if (neg) {
      sb.append('-');
    }
    if (decimals == 0) {
      return sb.append((long) roundHalfAway(af)).toString();
    }
    double intF = Math.floor(af);
    double fracF = roundHalfAway((af - intF) * POW10[decimals]);
    long intPart = (long) intF;
    long fracPart = (long) fracF;
    if (fracF >= POW10[decimals]) {
      intPart++;
      fracPart = 0;
    }
    sb.append(intPart).append('.');
    String frac = Long.toString(fracPart);
    sb.append("0".repeat(decimals - frac.length())).append(frac);
    return compact ? stripZeros(sb.toString()) : sb.toString();
  }

  /**
   * {@code float_to_list(F, [{scientific, N}])}: C's {@code %.*e}, where a negative precision
   * means the default of 6; {@code null} if OTP fails.
   */
  static String scientific(double f, int digits) {
    int precision = digits < 0 ? 6 : digits;
    if (precision > BUFFER) {
      return null;
    }
    String s = FloatText.scientific(f, precision);
    return s.length() >= BUFFER ? null : s;
  }

  /** C's {@code round} for a non-negative double: halves go up. */
  private static double roundHalfAway(double x) {
    double t = Math.floor(x);
    return x - t >= 0.5 ? t + 1 : t;
  }

  /** Drops trailing zeros but keeps one right after a decimal point. */
  private static String stripZeros(String s) {
    int end = s.length();
    while (end > 0 && s.charAt(end - 1) == '0') {
      end--;
    }
    if (end > 0 && s.charAt(end - 1) == '.') {
      end++;
    }
    return s.substring(0, end);
  }
}
