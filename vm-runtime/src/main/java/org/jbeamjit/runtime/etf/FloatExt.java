package org.jbeamjit.runtime.etf;

import java.nio.charset.StandardCharsets;
import org.jbeamjit.runtime.error.ErlangException;
import org.jbeamjit.runtime.term.FloatText;

/**
 * The 31-byte field of {@code FLOAT_EXT}: a float's default C text ({@link FloatText}), padded
 * with NUL bytes.
 */
final class FloatExt {
  private FloatExt() {}

  static final int LENGTH = 31;

  /** Writes the text of {@code d} (finite) at {@code out[at..at+31)}, which holds zeros. */
  static void write(double d, byte[] out, int at) {
    byte[] text = FloatText.scientific(d, FloatText.DEFAULT_PRECISION).getBytes(StandardCharsets.US_ASCII);
    System.arraycopy(text, 0, out, at, text.length);
  }

  /**
   * Parses the field that starts at {@code in[at]} (31 bytes are there). OTP reads it as a C
   * string and does not stop at the 31st byte: text without a NUL goes on into the bytes after
   * the field, so we read on up to {@code limit}, and refuse text that has no NUL before it
   * (where OTP would read past the end of its input).
   */
  static double parse(byte[] in, int at, int limit) {
    int end = FloatText.cStringEnd(in, at, limit);
    if (end == limit) {
      throw ErlangException.badarg();
    }
    return FloatText.parse(in, at, end);
  }
}
