package org.jbeamjit.runtime.bif;

import java.util.Arrays;
import org.jbeamjit.runtime.term.BitString;
import org.jbeamjit.runtime.term.Cons;
import org.jbeamjit.runtime.term.Nil;

/**
 * A growing buffer of UTF-8 that the {@code unicode} conversions fill. It only ever holds
 * well-formed UTF-8 (callers append validated sequences), so turning it into a list of code
 * points needs no checks.
 */
final class Utf8Builder {
  private byte[] buf = new byte[32];
  private int len;

  int length() {
    return len;
  }

  /** Appends a Unicode scalar value (the caller has checked it is one). */
  void appendCodePoint(int cp) {
    ensure(4);
    if (cp < 0x80) {
      buf[len++] = (byte) cp;
    } else if (cp < 0x800) {
      buf[len++] = (byte) (0xC0 | (cp >>> 6));
      buf[len++] = (byte) (0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
      buf[len++] = (byte) (0xE0 | (cp >>> 12));
      buf[len++] = (byte) (0x80 | ((cp >>> 6) & 0x3F));
      buf[len++] = (byte) (0x80 | (cp & 0x3F));
    } else {
      buf[len++] = (byte) (0xF0 | (cp >>> 18));
      buf[len++] = (byte) (0x80 | ((cp >>> 12) & 0x3F));
      buf[len++] = (byte) (0x80 | ((cp >>> 6) & 0x3F));
      buf[len++] = (byte) (0x80 | (cp & 0x3F));
    }
  }

  /** Appends {@code n} bytes of well-formed UTF-8. */
  void append(byte[] src, int from, int n) {
    ensure(n);
    System.arraycopy(src, from, buf, len, n);
    len += n;
  }

  BitString toBinary() {
    return BitString.wrap(Arrays.copyOf(buf, len));
  }

  /** The code points, as a list in front of {@code tail}. */
  Object toList(Object tail) {
    int[] cps = new int[len];
    int n = 0;
    int i = 0;
    while (i < len) {
      int b = buf[i] & 0xFF;
      if (b < 0x80) {
        cps[n++] = b;
        i++;
      } else if (b < 0xE0) {
        cps[n++] = ((b & 0x1F) << 6) | (buf[i + 1] & 0x3F);
        i += 2;
      } else if (b < 0xF0) {
        cps[n++] = ((b & 0x0F) << 12) | ((buf[i + 1] & 0x3F) << 6) | (buf[i + 2] & 0x3F);
        i += 3;
      } else {
        cps[n++] = ((b & 0x07) << 18) | ((buf[i + 1] & 0x3F) << 12) | ((buf[i + 2] & 0x3F) << 6) | (buf[i + 3] & 0x3F);
        i += 4;
      }
    }
    Object l = tail;
    while (n > 0) {
      l = new Cons((long) cps[--n], l);
    }
    return l;
  }

  Object toList() {
    return toList(Nil.NIL);
  }

  private void ensure(int more) {
    if (len + more > buf.length) {
      buf = Arrays.copyOf(buf, Math.max(len + more, buf.length * 2));
    }
  }
}
