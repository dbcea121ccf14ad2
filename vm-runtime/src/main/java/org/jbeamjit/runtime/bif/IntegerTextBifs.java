package org.jbeamjit.runtime.bif;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.jbeamjit.runtime.error.ErlangException;
import org.jbeamjit.runtime.term.BitString;
import org.jbeamjit.runtime.term.Cons;
import org.jbeamjit.runtime.term.Nil;

/**
 * Integers to and from text in bases 2 to 36. Output digits above 9 are upper case; input
 * accepts either case, an optional sign, and nothing else (no spaces, no underscores).
 */
public final class IntegerTextBifs {
  private IntegerTextBifs() {}

  @Bif(name = "integer_to_list")
  public static Object integerToList(Object integer) {
    return integerToList(integer, 10L);
  }

  @Bif(name = "integer_to_list")
  public static Object integerToList(Object integer, Object base) {
    String s = format(integer, base);
    Object l = Nil.NIL;
    for (int i = s.length() - 1; i >= 0; i--) {
      l = new Cons((long) s.charAt(i), l);
    }
    return l;
  }

  @Bif(name = "integer_to_binary")
  public static Object integerToBinary(Object integer) {
    return integerToBinary(integer, 10L);
  }

  @Bif(name = "integer_to_binary")
  public static Object integerToBinary(Object integer, Object base) {
    return BitString.wrap(format(integer, base).getBytes(StandardCharsets.ISO_8859_1));
  }

  @Bif(name = "list_to_integer")
  public static Object listToInteger(Object list) {
    return listToInteger(list, 10L);
  }

  @Bif(name = "list_to_integer")
  public static Object listToInteger(Object list, Object base) {
    int radix = radix(base);
    return parse(Args.byteList(list), radix);
  }

  @Bif(name = "binary_to_integer")
  public static Object binaryToInteger(Object binary) {
    return binaryToInteger(binary, 10L);
  }

  @Bif(name = "binary_to_integer")
  public static Object binaryToInteger(Object binary, Object base) {
    BitString b = Args.binary(binary);
    return parse(b.toByteArray(), radix(base));
  }

  private static int radix(Object base) {
    return Args.intIn(base, 2, 36);
  }

  private static String format(Object integer, Object base) {
    int radix = radix(base);
    String digits;
    if (integer instanceof Long l) {
      digits = Long.toString(l, radix);
    } else if (integer instanceof BigInteger v) {
      digits = v.toString(radix);
    } else {
      throw ErlangException.badarg();
    }
    // Only bases above 10 have letters; upper-casing every decimal was 3% of printing a long list.
    return radix > 10 ? digits.toUpperCase(Locale.ROOT) : digits;
  }

  /** {@code [+-]?digit+} in the radix, ASCII only. */
  private static Object parse(byte[] text, int radix) {
    int start = text.length > 0 && (text[0] == '+' || text[0] == '-') ? 1 : 0;
    if (start == text.length) {
      throw ErlangException.badarg();
    }
    for (int i = start; i < text.length; i++) {
      if (digit(text[i]) >= radix) {
        throw ErlangException.badarg();
      }
    }
    String s = new String(text, StandardCharsets.ISO_8859_1);
    if (text.length <= 12) {
      return Long.parseLong(s, radix); // at most 11 digits of base 36: always fits
    }
    return Numbers.integer(new BigInteger(s, radix));
  }

  private static int digit(byte b) {
    if (b >= '0' && b <= '9') {
      return b - '0';
    } else if (b >= 'a' && b <= 'z') {
      return b - 'a' + 10;
    } else if (b >= 'A' && b <= 'Z') {
      return b - 'A' + 10;
    }
    return Integer.MAX_VALUE;
  }
}
