package org.jbeamjit.runtime.bif;

import java.nio.charset.StandardCharsets;
import org.jbeamjit.runtime.error.ErlangException;
import org.jbeamjit.runtime.term.Atom;
import org.jbeamjit.runtime.term.BitString;
import org.jbeamjit.runtime.term.Cons;
import org.jbeamjit.runtime.term.FloatFormat;
import org.jbeamjit.runtime.term.Nil;
import org.jbeamjit.runtime.term.Tuple;

/**
 * Floats to and from text. Reading accepts only OTP's strict syntax: a sign, digits, a point
 * (or a comma), digits, and an optional exponent, so {@code "1"} and {@code "1e5"} are
 * {@code badarg} while {@code "1.0e5"} is fine.
 */
public final class FloatTextBifs {
  private FloatTextBifs() {}

  private static final Atom COMPACT = Atom.of("compact");
  private static final Atom SHORT = Atom.of("short");
  private static final Atom DECIMALS = Atom.of("decimals");
  private static final Atom SCIENTIFIC = Atom.of("scientific");
  private static final int DEFAULT_DIGITS = 20;

  @Bif(name = "float_to_list")
  public static Object floatToList(Object f) {
    return floatToList(f, Nil.NIL);
  }

  @Bif(name = "float_to_list")
  public static Object floatToList(Object f, Object options) {
    String s = format(f, options);
    Object l = Nil.NIL;
    for (int i = s.length() - 1; i >= 0; i--) {
      l = new Cons((long) s.charAt(i), l);
    }
    return l;
  }

  @Bif(name = "float_to_binary")
  public static Object floatToBinary(Object f) {
    return floatToBinary(f, Nil.NIL);
  }

  @Bif(name = "float_to_binary")
  public static Object floatToBinary(Object f, Object options) {
    return BitString.wrap(format(f, options).getBytes(StandardCharsets.ISO_8859_1));
  }

  @Bif(name = "list_to_float")
  public static Object listToFloat(Object list) {
    return parse(Args.byteList(list));
  }

  @Bif(name = "binary_to_float")
  public static Object binaryToFloat(Object binary) {
    return parse(Args.binary(binary).toByteArray());
  }

  /**
   * Options are read in order, a later format option replacing an earlier one. The digit count
   * of {@code decimals} and {@code scientific} is a C {@code int} in OTP, so a small integer
   * beyond 32 bits wraps.
   */
  private static String format(Object f, Object options) {
    if (!(f instanceof Double)) {
      throw ErlangException.badarg();
    }
    double d = (Double) f;
    Atom kind = SCIENTIFIC;
    int digits = DEFAULT_DIGITS;
    boolean compact = false;
    Object l = options;
    while (l instanceof Cons c) {
      Object o = c.head;
      if (o == COMPACT) {
        compact = true;
      } else if (o == SHORT) {
        kind = SHORT;
      } else if (o instanceof Tuple t && t.arity() == 2 && Args.isSmall(t.elems[1])
          && (t.elems[0] == DECIMALS || t.elems[0] == SCIENTIFIC)) {
        kind = (Atom) t.elems[0];
        digits = (int) (long) (Long) t.elems[1];
      } else {
        throw ErlangException.badarg();
      }
      l = c.tail;
    }
    if (l != Nil.NIL) {
      throw ErlangException.badarg();
    }
    String s;
    if (kind == SHORT) {
      s = FloatFormat.shortest(d);
    } else if (kind == DECIMALS) {
      s = FloatToChars.fixed(d, digits, compact);
    } else {
      s = FloatToChars.scientific(d, digits);
    }
    if (s == null) {
      throw ErlangException.badarg();
    }
    return s;
  }

  /**
   * {@code [+-]? digits [.,] digits ([eE] [+-]? digits)?}, read up to the first NUL as C does.
   * Overflow is {@code badarg}; underflow gives zero.
   */
  private static Object parse(byte[] text) {
    int end = 0;
    while (end < text.length && text[end] != 0) {
      end++;
    }
    int i = 0;
    if (i < end && (text[i] == '+' || text[i] == '-')) {
      i++;
    }
    i = digits(text, i, end);
    if (i < 0 || i == end || (text[i] != '.' && text[i] != ',')) {
      throw ErlangException.badarg();
    }
    int point = i;
    i = digits(text, i + 1, end);
    if (i >= 0 && i < end && (text[i] == 'e' || text[i] == 'E')) {
      i++;
      if (i < end && (text[i] == '+' || text[i] == '-')) {
        i++;
      }
      i = digits(text, i, end);
    }
    if (i != end) {
      throw ErlangException.badarg();
    }
    String s = new String(text, 0, end, StandardCharsets.ISO_8859_1);
    double d = Double.parseDouble(s.substring(0, point) + '.' + s.substring(point + 1));
    if (Double.isInfinite(d)) {
      throw ErlangException.badarg();
    }
    return d;
  }

  /** The index after a run of at least one ASCII digit from {@code i}, or -1 if there is none. */
  private static int digits(byte[] text, int i, int end) {
    int start = i;
    while (i < end && text[i] >= '0' && text[i] <= '9') {
      i++;
    }
    return i > start ? i : -1;
  }
}
