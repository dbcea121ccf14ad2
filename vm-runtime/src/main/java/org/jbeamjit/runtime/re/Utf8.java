package org.jbeamjit.runtime.re;

/** Strict UTF-8 decoding, as PCRE checks it: shortest forms only, no surrogates, at most U+10FFFF. */
final class Utf8 {
  private Utf8() {}

  /** The length of the valid sequence starting at {@code i}, or -1 if it is not valid UTF-8. */
  static int sequenceLength(byte[] b, int i) {
    int c = b[i] & 0xff;
    int len;
    int min;
    if (c < 0x80) {
      return 1;
    } else if (c >= 0xc2 && c <= 0xdf) {
      len = 2;
      min = 0x80;
    } else if (c >= 0xe0 && c <= 0xef) {
      len = 3;
      min = 0x800;
    } else if (c >= 0xf0 && c <= 0xf4) {
      len = 4;
      min = 0x10000;
    } else {
      return -1;
    }
    if (i + len > b.length) {
      return -1;
    }
    for (int k = 1; k < len; k++) {
      if ((b[i + k] & 0xc0) != 0x80) {
        return -1;
      }
    }
    int v = decodeAt(b, i, len);
    if (v < min || v > 0x10ffff || (v >= 0xd800 && v <= 0xdfff)) {
      return -1;
    }
    return len;
  }

  /** The code point of the (already checked) sequence of {@code len} bytes at {@code i}. */
  static int decodeAt(byte[] b, int i, int len) {
    int c = b[i] & 0xff;
    if (len == 1) {
      return c;
    }
    int v = c & (0xff >> (len + 1));
    for (int k = 1; k < len; k++) {
      v = (v << 6) | (b[i + k] & 0x3f);
    }
    return v;
  }

  /** Whether all of {@code b} is valid UTF-8. */
  static boolean valid(byte[] b) {
    for (int i = 0; i < b.length; ) {
      int n = sequenceLength(b, i);
      if (n < 0) {
        return false;
      }
      i += n;
    }
    return true;
  }
}
