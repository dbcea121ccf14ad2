package org.jbeamjit.runtime.bits;

/**
 * The utf8, utf16 and utf32 segment types. A segment holds one Unicode scalar value: 0 to
 * 16#10FFFF except the surrogates 16#D800 to 16#DFFF. Decoding accepts only the shortest UTF-8
 * form and well-paired UTF-16 surrogates, as OTP's matching does.
 */
final class UtfCodec {
  /** What a failed decode returns. */
  static final long INVALID = -1;

  private UtfCodec() {}

  /** The scalar value a segment's value stands for, or -1 when it is not one. */
  static int codePoint(Object value) {
    if (value instanceof Long l) {
      long v = l;
      if (v >= 0 && v <= 0x10FFFF && (v < 0xD800 || v > 0xDFFF)) {
        return (int) v;
      }
    }
    return -1;
  }

  static int utf8Bytes(int cp) {
    return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
  }

  static void writeUtf8(BitStringBuilder out, int cp) {
    if (cp < 0x80) {
      out.putLong(cp, 8, 0);
    } else if (cp < 0x800) {
      out.putLong(((0xC0 | (cp >>> 6)) << 8) | (0x80 | (cp & 0x3F)), 16, 0);
    } else if (cp < 0x10000) {
      out.putLong(((0xE0L | (cp >>> 12)) << 16) | ((0x80L | ((cp >>> 6) & 0x3F)) << 8) | (0x80 | (cp & 0x3F)), 24, 0);
    } else {
      out.putLong(((0xF0L | (cp >>> 18)) << 24) | ((0x80L | ((cp >>> 12) & 0x3F)) << 16)
          | ((0x80L | ((cp >>> 6) & 0x3F)) << 8) | (0x80 | (cp & 0x3F)), 32, 0);
    }
  }

  static void writeUtf16(BitStringBuilder out, int cp, int flags) {
    if (cp < 0x10000) {
      out.putLong(cp, 16, flags);
    } else {
      int c = cp - 0x10000;
      out.putLong(0xD800 | (c >>> 10), 16, flags);
      out.putLong(0xDC00 | (c & 0x3FF), 16, flags);
    }
  }

  /**
   * Decodes the UTF-8 sequence at {@code bit}, with {@code available} bits left: the code point
   * in the low 32 bits and the bits it took in the high 32, or {@link #INVALID}.
   */
  static long decodeUtf8(byte[] a, long bit, long available) {
    if (available < 8) {
      return INVALID;
    }
    int b0 = (int) BitArrays.read(a, bit, 8);
    if (b0 < 0x80) {
      return result(b0, 8);
    }
    int len;
    int cp;
    int min;
    if (b0 < 0xC0) {
      return INVALID;
    } else if (b0 < 0xE0) {
      len = 2;
      cp = b0 & 0x1F;
      min = 0x80;
    } else if (b0 < 0xF0) {
      len = 3;
      cp = b0 & 0x0F;
      min = 0x800;
    } else if (b0 < 0xF8) {
      len = 4;
      cp = b0 & 0x07;
      min = 0x10000;
    } else {
      return INVALID;
    }
    if (available < len * 8L) {
      return INVALID;
    }
    for (int i = 1; i < len; i++) {
      int b = (int) BitArrays.read(a, bit + i * 8L, 8);
      if ((b & 0xC0) != 0x80) {
        return INVALID;
      }
      cp = (cp << 6) | (b & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
      return INVALID;
    }
    return result(cp, len * 8);
  }

  static long decodeUtf16(byte[] a, long bit, long available, boolean little) {
    if (available < 16) {
      return INVALID;
    }
    int w1 = (int) IntegerCodec.readLong(a, bit, 16, little);
    if (w1 < 0xD800 || w1 > 0xDFFF) {
      return result(w1, 16);
    }
    if (w1 > 0xDBFF || available < 32) {
      return INVALID;
    }
    int w2 = (int) IntegerCodec.readLong(a, bit + 16, 16, little);
    if (w2 < 0xDC00 || w2 > 0xDFFF) {
      return INVALID;
    }
    return result(0x10000 + ((w1 & 0x3FF) << 10) + (w2 & 0x3FF), 32);
  }

  static long decodeUtf32(byte[] a, long bit, long available, boolean little) {
    if (available < 32) {
      return INVALID;
    }
    long v = IntegerCodec.readLong(a, bit, 32, little);
    if (v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF)) {
      return INVALID;
    }
    return result((int) v, 32);
  }

  private static long result(int cp, int bits) {
    return ((long) bits << 32) | cp;
  }
}
