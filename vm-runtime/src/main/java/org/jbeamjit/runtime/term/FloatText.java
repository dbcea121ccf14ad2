package org.jbeamjit.runtime.term;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import org.jbeamjit.runtime.error.ErlangException;

/**
 * Floats as the C text OTP writes and reads in two places: {@code float_to_list}'s scientific
 * form and the external format's {@code FLOAT_EXT}. Both print with C's {@code %.*e} and both
 * read with one strict parser, so the two sides of each live here once; what the callers add
 * (OTP's 256-byte buffer for the BIFs, the 31-byte NUL-padded field for FLOAT_EXT) stays with
 * them.
 */
public final class FloatText {
  private FloatText() {}

  /** The digits after the point that OTP prints by default ({@code float_to_list/1}, FLOAT_EXT). */
  public static final int DEFAULT_PRECISION = 20;

  /**
   * C's {@code %.*e} of a finite float with {@code precision >= 0} digits after the point. Java's
   * own {@code %e} pads with zeros past 17 digits instead of printing the exact decimal expansion
   * as glibc does, so the digits come from the exact {@link BigDecimal}.
   */
  public static String scientific(double d, int precision) {
    StringBuilder s = new StringBuilder(precision + 8);
    if (Double.doubleToRawLongBits(d) < 0) {
      s.append('-');
    }
    String digits;
    int exponent;
    if (d == 0.0) {
      digits = "0";
      exponent = 0;
    } else {
      BigDecimal r = new BigDecimal(Math.abs(d)).round(new MathContext(precision + 1, RoundingMode.HALF_EVEN));
      digits = r.unscaledValue().toString();
      exponent = digits.length() - 1 - r.scale();
    }
    s.append(digits.charAt(0));
    if (precision > 0) {
      s.append('.').append(digits, 1, Math.min(digits.length(), precision + 1));
      s.append("0".repeat(Math.max(0, precision + 1 - digits.length())));
    }
    s.append('e').append(exponent < 0 ? '-' : '+');
    int e = Math.abs(exponent);
    if (e < 10) {
      s.append('0');
    }
    return s.append(e).toString();
  }

  /**
   * Where the C string that starts at {@code in[from]} ends: at its first NUL, or at
   * {@code limit} if there is none before it.
   */
  public static int cStringEnd(byte[] in, int from, int limit) {
    int end = from;
    while (end < limit && in[end] != 0) {
      end++;
    }
    return end;
  }

  /**
   * Reads exactly {@code in[from..to)} as OTP does ({@code sys_chars_to_double}): only
   * {@code [+-]? digits (.|,) digits ([eE] [+-]? digits)?}, so {@code "1"} and {@code "1e5"} are
   * refused while {@code "1.0e5"} and {@code "1,5"} are fine. A value too large for a double is
   * refused; one too small reads as zero. Any refusal is {@code badarg}.
   */
  public static double parse(byte[] in, int from, int to) {
    int i = from;
    if (i < to && (in[i] == '+' || in[i] == '-')) {
      i++;
    }
    i = digits(in, i, to);
    if (i == to || (in[i] != '.' && in[i] != ',')) {
      throw ErlangException.badarg();
    }
    int point = i;
    i = digits(in, i + 1, to);
    if (i < to && (in[i] == 'e' || in[i] == 'E')) {
      i++;
      if (i < to && (in[i] == '+' || in[i] == '-')) {
        i++;
      }
      i = digits(in, i, to);
    }
    if (i != to) {
      throw ErlangException.badarg();
    }
    String text = new String(in, from, to - from, StandardCharsets.US_ASCII);
    int p = point - from;
    double d = Double.parseDouble(text.substring(0, p) + '.' + text.substring(p + 1));
    if (Double.isInfinite(d)) {
      throw ErlangException.badarg();
    }
    return d;
  }

  /** The index after one or more ASCII digits from {@code i}; badarg if there are none. */
  private static int digits(byte[] in, int i, int to) {
    int start = i;
    while (i < to && in[i] >= '0' && in[i] <= '9') {
      i++;
    }
    if (i == start) {
      throw ErlangException.badarg();
    }
    return i;
  }
}
