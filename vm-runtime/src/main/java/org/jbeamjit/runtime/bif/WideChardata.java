package org.jbeamjit.runtime.bif;

import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.Arrays;
import org.jbeamjit.runtime.error.ErlangException;
import org.jbeamjit.runtime.term.Atom;
import org.jbeamjit.runtime.term.BitString;
import org.jbeamjit.runtime.term.Cons;
import org.jbeamjit.runtime.term.Nil;
import org.jbeamjit.runtime.term.Tuple;

/**
 * Chardata whose binaries are UTF-16 or UTF-32 to UTF-8. OTP does this conversion in Erlang
 * ({@code unicode:characters_to_binary_int/2}, which the BIFs trap to), and its results show how
 * that code walks the data, so this follows the same steps:
 *
 * <ul>
 *   <li>Binaries longer than 8192 bytes are taken in 8192-byte parts, as separate elements; a
 *       unit cut off at the end of a binary is completed from the next binary, the completed unit
 *       becoming an element of its own, followed by the rest of that binary. Both show in the
 *       rest of an error.
 *   <li>A cut-off unit followed by an integer is an error whose rest starts with the cut-off
 *       bytes; an integer that is no character is an error with rest {@code [[Int] | Tail]}.
 *   <li>Anything else in the data ({@code badarg}) is noticed only when reached.
 * </ul>
 */
final class WideChardata {
  private static final int PART = 8192;
  private static final Atom UTF16 = Atom.of("utf16");
  private static final Atom UTF32 = Atom.of("utf32");
  private static final Atom BIG = Atom.of("big");
  private static final Atom LITTLE = Atom.of("little");

  private final boolean utf32;
  private final boolean little;
  private final Utf8Builder out = new Utf8Builder();
  /** A unit cut off at the end of the last binary, and how many bytes it still misses; or null. */
  private BitString cut;
  private int missing;

  private WideChardata(boolean utf32, boolean little) {
    this.utf32 = utf32;
    this.little = little;
  }

  /** Converts {@code data} from {@code encoding} (utf16, utf32, or either with an endianness); else {@code badarg}. */
  static CharConversion convert(Object data, Object encoding) {
    boolean utf32;
    boolean little = false;
    if (encoding == UTF16 || encoding == UTF32) {
      utf32 = encoding == UTF32;
    } else if (encoding instanceof Tuple t && t.arity() == 2 && (t.get(0) == UTF16 || t.get(0) == UTF32)
        && (t.get(1) == BIG || t.get(1) == LITTLE)) {
      utf32 = t.get(0) == UTF32;
      little = t.get(1) == LITTLE;
    } else {
      throw ErlangException.badarg();
    }
    return new WideChardata(utf32, little).run(data);
  }

  private CharConversion run(Object data) {
    ArrayDeque<Object> tails = new ArrayDeque<>();
    Object t = data;
    Object rest = null;
    for (;;) {
      if (t instanceof Cons c) {
        Object h = c.head;
        if (h instanceof Long || h instanceof BigInteger) {
          if (cut != null) {
            rest = new Cons(cut, c);
            break;
          }
          if (!appendInteger(h)) {
            rest = new Cons(Cons.list(h), c.tail);
            break;
          }
          t = c.tail;
        } else if (h instanceof BitString b && b.isBinary()) {
          if (cut != null) {
            long size = b.byteSize();
            if (size >= missing) {
              BitString unit = concat(cut, b.sub(0, missing * 8L));
              BitString after = b.sub(missing * 8L, (size - missing) * 8L);
              cut = null;
              t = new Cons(unit, new Cons(after, c.tail));
            } else {
              cut = concat(cut, b);
              missing -= (int) size;
              t = c.tail;
            }
          } else if (b.byteSize() > PART) {
            t = split(b, c.tail);
          } else {
            BitString bad = appendUnits(b);
            if (bad != null) {
              rest = new Cons(bad, c.tail);
              break;
            }
            t = c.tail;
          }
        } else if (h instanceof Cons || h == Nil.NIL) {
          tails.push(c.tail);
          t = h;
        } else {
          throw ErlangException.badarg();
        }
        continue;
      }
      if (t instanceof BitString b && b.isBinary()) {
        if (cut != null) {
          if (b.byteSize() >= missing) {
            t = Cons.list(cut, b);
            cut = null;
            continue;
          }
          cut = concat(cut, b);
          missing -= (int) b.byteSize();
        } else if (b.byteSize() > PART) {
          t = split(b, Nil.NIL);
          continue;
        } else {
          rest = appendUnits(b);
          if (rest != null) {
            break;
          }
        }
      } else if (t != Nil.NIL) {
        throw ErlangException.badarg();
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
      return CharConversion.error(out, rest);
    }
    return cut != null ? CharConversion.incomplete(out, cut) : CharConversion.ok(out);
  }

  private static Object split(BitString b, Object tail) {
    long first = PART * 8L;
    return new Cons(b.sub(0, first), new Cons(b.sub(first, b.bitSize() - first), tail));
  }

  private static BitString concat(BitString a, BitString b) {
    byte[] x = a.toByteArray();
    byte[] y = b.toByteArray();
    byte[] z = Arrays.copyOf(x, x.length + y.length);
    System.arraycopy(y, 0, z, x.length, y.length);
    return BitString.wrap(z);
  }

  private boolean appendInteger(Object h) {
    if (h instanceof Long l && l >= 0 && l <= 0x10FFFF && (l < 0xD800 || l > 0xDFFF)) {
      out.appendCodePoint((int) (long) l);
      return true;
    }
    return false;
  }

  /**
   * Appends the characters of a binary. If it ends in a unit that is cut off, that is kept as
   * {@link #cut}; the rest of the binary from an invalid unit on is returned; else null.
   */
  private BitString appendUnits(BitString b) {
    byte[] d = b.toByteArray();
    int i = 0;
    while (i < d.length) {
      int n = utf32 ? decode32(d, i) : decode16(d, i);
      if (n == 0) {
        break;
      }
      i += n;
    }
    if (i == d.length) {
      return null;
    }
    BitString rest = b.sub(i * 8L, (d.length - i) * 8L);
    int need = missingBytes(d, i, d.length - i);
    if (need > 0) {
      cut = rest;
      missing = need;
      return null;
    }
    return rest;
  }

  private int unit16(byte[] d, int i) {
    return little ? (d[i] & 0xFF) | (d[i + 1] & 0xFF) << 8 : (d[i] & 0xFF) << 8 | (d[i + 1] & 0xFF);
  }

  /** Decodes and appends one UTF-16 character at {@code d[i]}: the bytes it took, or 0 if there is none. */
  private int decode16(byte[] d, int i) {
    if (d.length - i < 2) {
      return 0;
    }
    int u = unit16(d, i);
    if (u < 0xD800 || u > 0xDFFF) {
      out.appendCodePoint(u);
      return 2;
    }
    if (u > 0xDBFF || d.length - i < 4) {
      return 0;
    }
    int lo = unit16(d, i + 2);
    if (lo < 0xDC00 || lo > 0xDFFF) {
      return 0;
    }
    out.appendCodePoint(0x10000 + ((u - 0xD800) << 10) + (lo - 0xDC00));
    return 4;
  }

  private int decode32(byte[] d, int i) {
    if (d.length - i < 4) {
      return 0;
    }
    long v = little
        ? (d[i] & 0xFFL) | (d[i + 1] & 0xFFL) << 8 | (d[i + 2] & 0xFFL) << 16 | (d[i + 3] & 0xFFL) << 24
        : (d[i] & 0xFFL) << 24 | (d[i + 1] & 0xFFL) << 16 | (d[i + 2] & 0xFFL) << 8 | (d[i + 3] & 0xFFL);
    if (v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF)) {
      return 0;
    }
    out.appendCodePoint((int) v);
    return 4;
  }

  /**
   * For the {@code n} bytes at {@code d[i]} that did not decode: how many more bytes could make
   * them a character, or 0 if none can. These are the rules of OTP's {@code unicode:cbv/2},
   * which look only at short tails and at the surrogate and plane bytes in them.
   */
  private int missingBytes(byte[] d, int i, int n) {
    int b0 = d[i] & 0xFF;
    int b1 = n > 1 ? d[i + 1] & 0xFF : 0;
    int b2 = n > 2 ? d[i + 2] & 0xFF : 0;
    if (!utf32 && !little) {
      boolean high = (b0 & 0xFC) == 0xD8;
      if (n == 1) {
        return b0 <= 0xD7 || b0 >= 0xE0 ? 1 : high ? 3 : 0;
      }
      if (n == 2) {
        return high ? 2 : 0;
      }
      return n == 3 && high && (b2 & 0xFC) == 0xDC ? 1 : 0;
    }
    if (!utf32) {
      return switch (n) {
        case 1 -> 1;
        case 2 -> (b1 & 0xFC) == 0xD8 ? 2 : 0;
        case 3 -> (b1 & 0xFC) == 0xD8 ? 1 : 0;
        default -> 0;
      };
    }
    if (!little) {
      if (n == 1) {
        return b0 == 0 ? 3 : 0;
      }
      if (n == 2) {
        return b0 == 0 && b1 <= 16 ? 2 : 0;
      }
      return n == 3 && b0 == 0 && b1 <= 16 && (b1 > 0 || b2 <= 215 || b2 >= 224) ? 1 : 0;
    }
    if (n == 1) {
      return 3;
    }
    if (n == 2) {
      return 2;
    }
    if (n == 3 && b1 == 255 && b2 == 0 && (b0 == 254 || b0 == 255)) {
      return 0;
    }
    return n == 3 && b2 <= 16 && (b2 > 0 || b1 <= 215 || b1 >= 224) ? 1 : 0;
  }
}
