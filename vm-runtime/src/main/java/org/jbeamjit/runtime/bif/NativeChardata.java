package org.jbeamjit.runtime.bif;

import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.Arrays;
import org.jbeamjit.runtime.error.ErlangException;
import org.jbeamjit.runtime.term.BitString;
import org.jbeamjit.runtime.term.Cons;
import org.jbeamjit.runtime.term.Integers;
import org.jbeamjit.runtime.term.Nil;

/**
 * Chardata in {@code latin1} or {@code unicode} (UTF-8) to UTF-8, with the results of the
 * emulator's own conversion ({@code characters_to_binary/2} and {@code characters_to_list/2}
 * for those two encodings), which differ in detail from the Erlang code OTP uses for UTF-16/32
 * ({@link WideChardata}).
 *
 * <p>First the whole structure is checked: anything but integers, binaries and lists, or a
 * bitstring, is {@code badarg}; the check ends early at the first integer too big to be one of
 * OTP's small integers, which then fails as an invalid character instead. Then the characters
 * are converted in order. A UTF-8 sequence cut off at the end of a binary is carried over to the
 * next binary (an integer there is an error); at the very end it makes the result
 * {@code incomplete}, unless its bytes so far already show it is invalid. The rest of an error
 * rebuilds the unconverted structure: each enclosing list's tail is put back around it, as
 * {@code [Rest | Tail]}, and bytes carried over come first, as {@code [Carried, Rest]}.
 */
final class NativeChardata {
  private final boolean latin1;
  private final Utf8Builder out = new Utf8Builder();
  /** Bytes of a UTF-8 sequence begun at the end of the last binary; {@code carried} of them. */
  private final byte[] carry = new byte[4];
  private int carried;

  private NativeChardata(boolean latin1) {
    this.latin1 = latin1;
  }

  /** Converts {@code data}; {@code badarg} if it is not chardata at all. */
  static CharConversion convert(Object data, boolean latin1) {
    checkShape(data);
    return new NativeChardata(latin1).run(data);
  }

  /** Whether {@code data} is a binary that is already the UTF-8 for itself in this encoding. */
  static boolean isOwnUtf8(BitString b, boolean latin1) {
    byte[] d = b.backing();
    int from = (int) (b.bitOffset() >>> 3);
    int to = from + (int) (b.bitSize() >>> 3);
    if (!b.isByteAligned()) {
      d = b.toByteArray();
      from = 0;
      to = d.length;
    }
    if (latin1) {
      for (int i = from; i < to; i++) {
        if (d[i] < 0) {
          return false;
        }
      }
      return true;
    }
    for (int i = from; i < to; ) {
      int n = sequenceLength(d[i] & 0xFF);
      if (n < 0 || to - i < n || !validSequence(d, i, n)) {
        return false;
      }
      i += n;
    }
    return true;
  }

  private static void checkShape(Object data) {
    ArrayDeque<Object> pending = new ArrayDeque<>();
    Object t = data;
    for (;;) {
      if (t instanceof Cons c) {
        Object h = c.head;
        if (h instanceof Long || h instanceof BigInteger) {
          if (!Integers.isSmall(h)) {
            return; // the conversion fails on it before reaching anything after it
          }
        } else if (h instanceof Cons) {
          pending.push(c.tail);
          t = h;
          continue;
        } else if (!(h == Nil.NIL || h instanceof BitString b && b.isBinary())) {
          throw ErlangException.badarg();
        }
        t = c.tail;
        continue;
      }
      if (!(t == Nil.NIL || t instanceof BitString b && b.isBinary())) {
        throw ErlangException.badarg();
      }
      if (pending.isEmpty()) {
        return;
      }
      t = pending.pop();
    }
  }

  private CharConversion run(Object data) {
    ArrayDeque<Object> tails = new ArrayDeque<>();
    Object t = data;
    Object rest = null;
    for (;;) {
      if (t instanceof Cons c) {
        Object h = c.head;
        if (h instanceof Cons) {
          tails.push(c.tail);
          t = h;
          continue;
        } else if (h instanceof BitString b) {
          int bad = appendBinary(b);
          if (bad >= 0) {
            rest = new Cons(restOf(b, bad), c.tail);
            break;
          }
        } else if (h != Nil.NIL && (carried > 0 || !appendInteger(h))) {
          rest = c;
          break;
        }
        t = c.tail;
        continue;
      }
      if (t instanceof BitString b) {
        int bad = appendBinary(b);
        if (bad >= 0) {
          rest = restOf(b, bad);
          break;
        }
      }
      if (tails.isEmpty()) {
        break;
      }
      t = tails.pop();
    }
    if (rest != null) {
      while (!tails.isEmpty()) {
        rest = new Cons(rest, tails.pop());
      }
      if (carried > 0) {
        rest = Cons.list(carriedBytes(), rest);
      }
      return CharConversion.error(out, rest);
    }
    if (carried > 0) {
      return plausibleStart(carry, carried) ? CharConversion.incomplete(out, carriedBytes())
          : CharConversion.error(out, carriedBytes());
    }
    return CharConversion.ok(out);
  }

  private BitString carriedBytes() {
    return BitString.copyOf(Arrays.copyOf(carry, carried));
  }

  private static BitString restOf(BitString b, int byteOffset) {
    return b.sub(byteOffset * 8L, b.bitSize() - byteOffset * 8L);
  }

  /** Appends one integer as a character; false if it is none in this encoding. */
  private boolean appendInteger(Object h) {
    if (!(h instanceof Long l) || l < 0 || l > (latin1 ? 255 : 0x10FFFF) || (l >= 0xD800 && l <= 0xDFFF)) {
      return false;
    }
    out.appendCodePoint((int) (long) l);
    return true;
  }

  /** Appends a binary's characters; the offset of the first bad one, or -1 if none is. */
  private int appendBinary(BitString b) {
    byte[] d = b.toByteArray();
    if (latin1) {
      for (byte x : d) {
        out.appendCodePoint(x & 0xFF);
      }
      return -1;
    }
    int i = 0;
    if (carried > 0) {
      int need = sequenceLength(carry[0] & 0xFF);
      int more = need - carried;
      if (d.length < more) {
        System.arraycopy(d, 0, carry, carried, d.length);
        carried += d.length;
        return -1;
      }
      byte[] seq = Arrays.copyOf(carry, need);
      System.arraycopy(d, 0, seq, carried, more);
      if (!validSequence(seq, 0, need)) {
        return 0; // the carried bytes stay carried: they come first in the rest
      }
      out.append(seq, 0, need);
      carried = 0;
      i = more;
    }
    while (i < d.length) {
      int n = sequenceLength(d[i] & 0xFF);
      if (n < 0) {
        return i;
      }
      if (d.length - i < n) {
        carried = d.length - i;
        System.arraycopy(d, i, carry, 0, carried);
        return -1;
      }
      if (!validSequence(d, i, n)) {
        return i;
      }
      out.append(d, i, n);
      i += n;
    }
    return -1;
  }

  /** The length a UTF-8 sequence starting with {@code b} claims by its high bits, or -1. */
  static int sequenceLength(int b) {
    if (b < 0x80) {
      return 1;
    } else if ((b & 0xE0) == 0xC0) {
      return 2;
    } else if ((b & 0xF0) == 0xE0) {
      return 3;
    } else if ((b & 0xF8) == 0xF0) {
      return 4;
    }
    return -1;
  }

  /** Whether the {@code n} bytes at {@code d[i]} are one well-formed UTF-8 sequence of a scalar value. */
  static boolean validSequence(byte[] d, int i, int n) {
    int b = d[i] & 0xFF;
    for (int k = 1; k < n; k++) {
      if ((d[i + k] & 0xC0) != 0x80) {
        return false;
      }
    }
    int b1 = n > 1 ? d[i + 1] & 0xFF : 0;
    return switch (n) {
      case 1 -> true;
      case 2 -> b >= 0xC2;
      case 3 -> !(b == 0xE0 && b1 < 0xA0) && !(b == 0xED && b1 >= 0xA0);
      default -> !(b == 0xF0 && b1 < 0x90) && (b < 0xF4 || (b == 0xF4 && b1 < 0x90));
    };
  }

  /**
   * Whether bytes cut off at the end could still begin a valid sequence, judged as OTP does:
   * by the continuation bytes present only (an overlong start counts as plausible).
   */
  private static boolean plausibleStart(byte[] d, int n) {
    for (int k = 1; k < n; k++) {
      if ((d[k] & 0xC0) != 0x80) {
        return false;
      }
    }
    return true;
  }
}
