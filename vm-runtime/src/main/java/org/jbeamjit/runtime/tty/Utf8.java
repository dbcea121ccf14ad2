package org.jbeamjit.runtime.tty;

/** UTF-8 as a terminal sends and takes it: strict sequences, and which characters are wide. */
final class Utf8 {
  /** What {@link #sequenceLength} answers for a sequence cut short by the end of the bytes. */
  static final int TRUNCATED = -1;

  private Utf8() {}

  static int sequenceLength(byte[] b, int i) {
    return sequenceLength(b, i, b.length);
  }

  /**
   * The length of the valid UTF-8 sequence at {@code i}: 1 to 4; 0 if it is not one (overlong,
   * a surrogate, U+FFFE/U+FFFF, past U+10FFFF, a stray byte); {@link #TRUNCATED} if it could be
   * one but {@code end} comes first.
   */
  static int sequenceLength(byte[] b, int i, int end) {
    int b0 = b[i] & 0xff;
    int size = b0 < 0x80 ? 1 : b0 >= 0xc2 && b0 < 0xe0 ? 2 : b0 >= 0xe0 && b0 < 0xf0 ? 3 : b0 >= 0xf0 && b0 < 0xf5 ? 4 : 0;
    if (size <= 1) {
      return size;
    }
    for (int k = 1; k < size; k++) {
      if (i + k >= end) {
        return TRUNCATED;
      }
      if ((b[i + k] & 0xc0) != 0x80) {
        return 0;
      }
    }
    int ch = decode(b, i, size);
    boolean shortest = ch >= (size == 2 ? 0x80 : size == 3 ? 0x800 : 0x10000);
    boolean valid = shortest && ch <= 0x10ffff && !(ch >= 0xd800 && ch <= 0xdfff) && ch != 0xfffe && ch != 0xffff;
    return valid ? size : 0;
  }

  /** The code point of the {@code size}-byte sequence at {@code i} (a valid one). */
  static int decode(byte[] b, int i, int size) {
    int ch = size == 1 ? b[i] & 0x7f : size == 2 ? b[i] & 0x1f : size == 3 ? b[i] & 0x0f : b[i] & 0x07;
    for (int k = 1; k < size; k++) {
      ch = (ch << 6) | (b[i + k] & 0x3f);
    }
    return ch;
  }

  /** Whether a terminal shows the character in two columns (East Asian wide and fullwidth forms, emoji). */
  static boolean isWide(int ch) {
    return (ch >= 0x1100 && ch <= 0x115f)
        || (ch >= 0x2e80 && ch <= 0x303e)
        || (ch >= 0x3041 && ch <= 0x33ff)
        || (ch >= 0x3400 && ch <= 0x4dbf)
        || (ch >= 0x4e00 && ch <= 0x9fff)
        || (ch >= 0xa000 && ch <= 0xa4cf)
        || (ch >= 0xac00 && ch <= 0xd7a3)
        || (ch >= 0xf900 && ch <= 0xfaff)
        || (ch >= 0xfe30 && ch <= 0xfe4f)
        || (ch >= 0xff00 && ch <= 0xff60)
        || (ch >= 0xffe0 && ch <= 0xffe6)
        || (ch >= 0x1f300 && ch <= 0x1f64f)
        || (ch >= 0x1f900 && ch <= 0x1f9ff)
        || (ch >= 0x20000 && ch <= 0x3fffd);
  }
}
