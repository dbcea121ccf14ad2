package org.jbeamjit.runtime.re;

import java.io.ByteArrayOutputStream;
import java.util.ArrayDeque;
import org.jbeamjit.runtime.term.BitString;
import org.jbeamjit.runtime.term.Cons;
import org.jbeamjit.runtime.term.Nil;

/**
 * Flattens the subjects and patterns {@code re} accepts into bytes: iodata (bytes and binaries)
 * in Latin-1 mode, chardata (code points and UTF-8 binaries, as
 * {@code unicode:characters_to_binary/2} reads them) in unicode mode. Nesting is walked with an
 * explicit stack. Each returns null for a term of the wrong shape, which the BIFs turn into badarg.
 */
final class Chardata {
  private Chardata() {}

  static byte[] iodata(Object t) {
    return flatten(t, false);
  }

  /** Chardata as UTF-8; binaries inside must be valid UTF-8 themselves. */
  static byte[] unicode(Object t) {
    return flatten(t, true);
  }

  private static byte[] flatten(Object root, boolean unicode) {
    if (root instanceof BitString b) {
      if (!b.isBinary()) {
        return null;
      }
      byte[] bytes = b.toByteArray();
      return unicode && !Utf8.valid(bytes) ? null : bytes;
    }
    if (!(root instanceof Cons) && root != Nil.NIL) {
      return null;
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ArrayDeque<Object> stack = new ArrayDeque<>();
    stack.push(root);
    while (!stack.isEmpty()) {
      Object t = stack.pop();
      if (t == Nil.NIL) {
        continue;
      }
      if (t instanceof Cons c) {
        stack.push(c.tail);
        Object h = c.head;
        if (h instanceof Long n) {
          if (!putChar(out, n, unicode)) {
            return null;
          }
        } else if (h instanceof Cons || h == Nil.NIL) {
          stack.push(h);
        } else if (!putBinary(out, h, unicode)) {
          return null;
        }
      } else if (!putBinary(out, t, unicode)) {
        return null; // a tail that is neither a list nor a binary
      }
    }
    return out.toByteArray();
  }

  private static boolean putChar(ByteArrayOutputStream out, long n, boolean unicode) {
    if (!unicode) {
      if (n < 0 || n > 255) {
        return false;
      }
      out.write((int) n);
      return true;
    }
    if (n < 0 || n > 0x10ffff || (n >= 0xd800 && n <= 0xdfff)) {
      return false;
    }
    byte[] enc = new String(Character.toChars((int) n)).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    out.write(enc, 0, enc.length);
    return true;
  }

  private static boolean putBinary(ByteArrayOutputStream out, Object t, boolean unicode) {
    if (!(t instanceof BitString b) || !b.isBinary()) {
      return false;
    }
    byte[] bytes = b.toByteArray();
    if (unicode && !Utf8.valid(bytes)) {
      return false;
    }
    out.write(bytes, 0, bytes.length);
    return true;
  }
}
