package org.jbeamjit.runtime.bif;

import java.nio.charset.StandardCharsets;
import org.jbeamjit.runtime.error.ErlangException;
import org.jbeamjit.runtime.term.Atom;
import org.jbeamjit.runtime.term.BitString;
import org.jbeamjit.runtime.term.Cons;
import org.jbeamjit.runtime.term.FloatFormat;
import org.jbeamjit.runtime.term.FloatText;
import org.jbeamjit.runtime.term.Integers;
import org.jbeamjit.runtime.term.Nil;
import org.jbeamjit.runtime.term.Tuple;

/**
 * Floats to and from text. Reading accepts only OTP's strict syntax ({@link FloatText#parse}), so
 * {@code "1"} and {@code "1e5"} are {@code badarg} while {@code "1.0e5"} is fine.
 */
public final class FloatTextBifs {
  private FloatTextBifs() {}

  private static final Atom COMPACT = Atom.of("compact");
  private static final Atom SHORT = Atom.of("short");
  private static final Atom DECIMALS = Atom.of("decimals");
  private static final Atom SCIENTIFIC = Atom.of("scientific");

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
    int digits = FloatText.DEFAULT_PRECISION;
    boolean compact = false;
    Object l = options;
    while (l instanceof Cons c) {
      Object o = c.head;
      if (o == COMPACT) {
        compact = true;
      } else if (o == SHORT) {
        kind = SHORT;
      } else if (o instanceof Tuple t && t.arity() == 2 && Integers.isSmall(t.elems[1])
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

  /** OTP reads the text as a C string: it ends at the first NUL, if there is one. */
  private static double parse(byte[] text) {
    return FloatText.parse(text, 0, FloatText.cStringEnd(text, 0, text.length));
  }
}
