package org.jbeamjit.runtime.term;

import java.util.function.Supplier;
import org.jbeamjit.runtime.error.ErlangException;

/**
 * Strict UTF-8 as OTP reads atom names, from {@code binary_to_atom} and from the external format
 * alike: no overlong forms, no surrogates, nothing above U+10FFFF. Java's {@code CharsetDecoder}
 * refuses the same input, but which error a too-long name raises depends on where OTP's decoder
 * stops, so this one counts characters as it goes.
 */
public final class Utf8 {
  private Utf8() {}

  /** A Unicode code point that is not a surrogate. */
  public static boolean isScalarValue(long cp) {
    return cp >= 0 && cp <= 0x10FFFF && (cp < 0xD800 || cp > 0xDFFF);
  }

  /**
   * Decodes {@code in[from..to)}, which must be valid UTF-8 ({@code badarg} if not) of at most
   * {@code maxChars} characters. Like OTP, it stops as soon as it has one character too many and
   * raises {@code tooMany}'s exception, so an invalid byte after that point goes unseen; callers
   * differ in what that error is.
   */
  public static String decode(byte[] in, int from, int to, int maxChars, Supplier<ErlangException> tooMany) {
    StringBuilder s = new StringBuilder(to - from);
    int chars = 0;
    int i = from;
    while (i < to) {
      int b = in[i] & 0xFF;
      int cp;
      int len;
      if (b < 0x80) {
        cp = b;
        len = 1;
      } else if (b >= 0xC2 && b <= 0xDF) {
        cp = b & 0x1F;
        len = 2;
      } else if (b >= 0xE0 && b <= 0xEF) {
        cp = b & 0x0F;
        len = 3;
      } else if (b >= 0xF0 && b <= 0xF4) {
        cp = b & 0x07;
        len = 4;
      } else {
        throw ErlangException.badarg();
      }
      if (to - i < len) {
        throw ErlangException.badarg();
      }
      for (int k = 1; k < len; k++) {
        int c = in[i + k] & 0xFF;
        if ((c & 0xC0) != 0x80) {
          throw ErlangException.badarg();
        }
        cp = (cp << 6) | (c & 0x3F);
      }
      boolean overlong = (len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000);
      if (overlong || !isScalarValue(cp)) {
        throw ErlangException.badarg();
      }
      if (++chars > maxChars) {
        throw tooMany.get();
      }
      s.appendCodePoint(cp);
      i += len;
    }
    return s.toString();
  }
}
