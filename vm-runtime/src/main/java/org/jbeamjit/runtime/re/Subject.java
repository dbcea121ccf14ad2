package org.jbeamjit.runtime.re;

import java.nio.charset.StandardCharsets;

/**
 * A subject's bytes and the Java text the regex runs on. In Latin-1 mode each byte is one char,
 * so indexes coincide; in unicode mode the bytes are UTF-8 and char indexes map back to byte
 * offsets, since OTP reports byte offsets and lengths.
 */
final class Subject {
  final byte[] bytes;
  final String text;
  /** For unicode mode: the byte offset of each char index (one extra: the length); else null. */
  private final int[] byteOf;

  private Subject(byte[] bytes, String text, int[] byteOf) {
    this.bytes = bytes;
    this.text = text;
    this.byteOf = byteOf;
  }

  static Subject latin1(byte[] bytes) {
    return new Subject(bytes, new String(bytes, StandardCharsets.ISO_8859_1), null);
  }

  /** The subject of valid UTF-8 {@code bytes}. */
  static Subject utf8(byte[] bytes) {
    String text = new String(bytes, StandardCharsets.UTF_8);
    int[] byteOf = new int[text.length() + 1];
    int b = 0;
    for (int i = 0; i < text.length(); i++) {
      byteOf[i] = b;
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)) {
        byteOf[++i] = b + 2; // the low half: never a match boundary in code point mode
        b += 4;
      } else {
        b += c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
      }
    }
    byteOf[text.length()] = b;
    return new Subject(bytes, text, byteOf);
  }

  int byteOffset(int charIndex) {
    return byteOf == null ? charIndex : byteOf[charIndex];
  }

  /** The char index at byte {@code offset}, or -1 if it falls inside a UTF-8 sequence. */
  int charIndex(int offset) {
    if (byteOf == null) {
      return offset;
    }
    int lo = 0;
    int hi = text.length();
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      int b = byteOf[mid];
      if (b == offset) {
        return mid < text.length() && Character.isLowSurrogate(text.charAt(mid)) ? -1 : mid;
      } else if (b < offset) {
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return -1;
  }
}
