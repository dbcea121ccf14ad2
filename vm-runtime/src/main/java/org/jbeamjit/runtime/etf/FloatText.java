package org.jbeamjit.runtime.etf;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import org.jbeamjit.runtime.error.ErlangException;

/**
 * The 31-byte text form of a float in {@code FLOAT_EXT}: what C's {@code "%.20e"} prints, padded
 * with NUL bytes. Java's own {@code %e} pads with zeros past 17 digits instead of printing the
 * exact decimal expansion as glibc does, so the digits come from the exact {@link BigDecimal}.
 */
final class FloatText {
  private FloatText() {}

  static final int LENGTH = 31;

  private static final MathContext DIGITS_21 = new MathContext(21, RoundingMode.HALF_EVEN);

  /** Writes the text of {@code d} (finite) at {@code out[at..at+31)}. */
  static void write(double d, byte[] out, int at) {
    StringBuilder s = new StringBuilder(LENGTH);
    if (Double.doubleToRawLongBits(d) < 0) {
      s.append('-');
    }
    int exponent;
    String digits;
    if (d == 0) {
      digits = "0";
      exponent = 0;
    } else {
      BigDecimal rounded = new BigDecimal(Math.abs(d)).round(DIGITS_21);
      digits = rounded.unscaledValue().toString();
      exponent = digits.length() - 1 - rounded.scale();
    }
    s.append(digits.charAt(0)).append('.');
    s.append(digits, 1, digits.length());
    for (int i = digits.length(); i <= 20; i++) {
      s.append('0');
    }
    s.append('e').append(exponent < 0 ? '-' : '+');
    int e = Math.abs(exponent);
    if (e < 10) {
      s.append('0');
    }
    s.append(e);
    byte[] text = s.toString().getBytes(StandardCharsets.US_ASCII);
    System.arraycopy(text, 0, out, at, text.length);
  }

  /**
   * Parses the text that starts at {@code in[at]} (31 bytes are there) and runs to the first NUL.
   * OTP accepts exactly {@code [+-]digits(.|,)digits[(e|E)[+-]digits]} and refuses a value too
   * large for a double. OTP does not stop at the 31st byte: text without a NUL goes on into the
   * bytes after the field, so we read on up to {@code limit}, and refuse text that has no NUL
   * before it (where OTP would read past the end of its input).
   */
  static double parse(byte[] in, int at, int limit) {
    int end = at;
    while (end < limit && in[end] != 0) {
      end++;
    }
    if (end == limit) {
      throw ErlangException.badarg();
    }
    int i = at;
    if (i < end && (in[i] == '+' || in[i] == '-')) {
      i++;
    }
    i = digits(in, i, end);
    if (i >= end || (in[i] != '.' && in[i] != ',')) {
      throw ErlangException.badarg();
    }
    i = digits(in, i + 1, end);
    if (i < end && (in[i] == 'e' || in[i] == 'E')) {
      i++;
      if (i < end && (in[i] == '+' || in[i] == '-')) {
        i++;
      }
      i = digits(in, i, end);
    }
    if (i != end) {
      throw ErlangException.badarg();
    }
    String text = new String(in, at, end - at, StandardCharsets.US_ASCII).replace(',', '.');
    double d = Double.parseDouble(text);
    if (Double.isInfinite(d)) {
      throw ErlangException.badarg();
    }
    return d;
  }

  /** The index after one or more digits from {@code i}; badarg if there are none. */
  private static int digits(byte[] in, int i, int end) {
    int start = i;
    while (i < end && in[i] >= '0' && in[i] <= '9') {
      i++;
    }
    if (i == start) {
      throw ErlangException.badarg();
    }
    return i;
  }
}
