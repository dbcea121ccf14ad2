package org.jbeamjit.runtime.bif;

import java.math.BigInteger;
import org.jbeamjit.runtime.error.ErlangException;
import org.jbeamjit.runtime.term.Atom;
import org.jbeamjit.runtime.term.Atoms;
import org.jbeamjit.runtime.term.Cons;
import org.jbeamjit.runtime.term.FloatText;
import org.jbeamjit.runtime.term.Integers;
import org.jbeamjit.runtime.term.Nil;
import org.jbeamjit.runtime.term.Tuple;

/**
 * The BIFs of module {@code string}: reading a number at the start of a character list,
 * returning it and the rest ({@code {Number, Rest}}), or {@code {error, no_integer | no_float}},
 * or {@code {error, not_a_list}} for anything but a non-empty list. The rest is whatever follows
 * the number, an improper tail included.
 */
public final class StringModuleBifs {
  private static final Atom NO_INTEGER = Atom.of("no_integer");
  private static final Atom NO_FLOAT = Atom.of("no_float");
  private static final Atom NOT_A_LIST = Atom.of("not_a_list");

  private StringModuleBifs() {}

  /** An optional sign and decimal digits. */
  @Bif(module = "string", name = "list_to_integer")
  public static Object listToInteger(Object list) {
    if (list == Nil.NIL) {
      return error(NO_INTEGER);
    }
    if (!(list instanceof Cons first)) {
      return error(NOT_A_LIST);
    }
    StringBuilder digits = new StringBuilder();
    Object l = first;
    if (first.head instanceof Long c && (c == '-' || c == '+')) {
      if (c == '-') {
        digits.append('-');
      }
      l = first.tail;
    }
    int signLength = digits.length();
    while (l instanceof Cons cell && cell.head instanceof Long c && c >= '0' && c <= '9') {
      digits.append((char) (long) c);
      l = cell.tail;
    }
    if (digits.length() == signLength) {
      return error(NO_INTEGER);
    }
    return new Tuple(Integers.normalize(new BigInteger(digits.toString())), l);
  }

  // Where string:list_to_float/1 is in the number it reads.
  private static final int SIGN = 0;
  private static final int INT = 1;
  private static final int FRAC = 2;
  private static final int EXP_SIGN = 3;
  private static final int EXP0 = 4;
  private static final int EXP1 = 5;
  private static final int END = 6;

  /**
   * The longest prefix that reads as a float in OTP's syntax ({@code [+-]digits(.|,)digits}, then
   * optionally {@code [eE][+-]digits}). An {@code e} that turns out not to start an exponent is
   * left to the rest, as OTP does; a prefix cut short (no fraction) is {@code no_float}.
   */
  @Bif(module = "string", name = "list_to_float")
  public static Object listToFloat(Object list) {
    if (list == Nil.NIL) {
      return error(NO_FLOAT);
    } else if (!(list instanceof Cons)) {
      return error(NOT_A_LIST);
    }
    StringBuilder text = new StringBuilder();
    int part = SIGN;
    Object l = list;
    // Where an 'e' was seen, to go back to if no exponent digit follows it.
    int textAtE = 0;
    Object listAtE = list;
    while (l instanceof Cons cell) {
      long c = Integers.isSmall(cell.head) ? (Long) cell.head : -1;
      int next;
      if (c == '-' || c == '+') {
        next = part == SIGN ? INT : part == EXP_SIGN ? EXP0 : END;
      } else if (c == '.' || c == ',') {
        next = part == INT ? FRAC : END;
      } else if (c == 'e' || c == 'E') {
        next = part == FRAC ? EXP_SIGN : END;
      } else if (c >= '0' && c <= '9') {
        next = part == SIGN ? INT : part == EXP_SIGN || part == EXP0 ? EXP1 : part;
      } else {
        break; // not part of a float
      }
      if (next == END) {
        if (part == EXP_SIGN || part == EXP0) {
          text.setLength(textAtE);
          l = listAtE;
        }
        if (text.length() < 3) {
          return error(NO_FLOAT);
        }
        part = END;
        break;
      }
      if (next == EXP_SIGN) {
        textAtE = text.length();
        listAtE = cell;
      }
      if (!(part == SIGN && c == '+')) {
        text.append((char) c);
      }
      part = next;
      l = cell.tail;
    }
    if (part == EXP_SIGN || part == EXP0) {
      text.setLength(textAtE);
      l = listAtE;
    }
    if (text.length() == 0) {
      return error(NO_FLOAT);
    }
    byte[] bytes = new byte[text.length()];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = (byte) text.charAt(i);
    }
    try {
      return new Tuple(FloatText.parse(bytes, 0, bytes.length), l);
    } catch (ErlangException e) {
      return error(NO_FLOAT);
    }
  }

  private static Tuple error(Atom reason) {
    return new Tuple(Atoms.ERROR, reason);
  }
}
