package org.jbeamjit.runtime.bif;

import org.jbeamjit.runtime.error.ErlangException;
import org.jbeamjit.runtime.term.Atom;
import org.jbeamjit.runtime.term.BitString;
import org.jbeamjit.runtime.term.Cons;
import org.jbeamjit.runtime.term.Nil;

/**
 * Conversions between atoms and text. Atom names are Unicode (OTP 20+); the {@code latin1}
 * encoding can only express names whose code points are all below 256. A name longer than
 * {@link Atom#MAX_NAME_CHARS} characters raises {@code system_limit}, except in the
 * {@code *_existing_atom} functions, where every failure is {@code badarg}.
 */
public final class AtomBifs {
  private AtomBifs() {}

  private static final Atom LATIN1 = Atom.of("latin1");
  private static final Atom UTF8 = Atom.of("utf8");
  private static final Atom UNICODE = Atom.of("unicode");

  /** OTP refuses a UTF-8 name of more bytes than this before looking at it. */
  private static final int MAX_UTF8_NAME_BYTES = Atom.MAX_NAME_CHARS * 4;

  @Bif(name = "atom_to_list")
  public static Object atomToList(Object atom) {
    String name = Args.atom(atom).name();
    return Cons.fromList(name.codePoints().mapToObj(cp -> (Object) (long) cp).toList());
  }

  @Bif(name = "list_to_atom")
  public static Object listToAtom(Object list) {
    return Atom.of(nameFromList(list));
  }

  @Bif(name = "list_to_existing_atom")
  public static Object listToExistingAtom(Object list) {
    return existing(() -> nameFromList(list));
  }

  @Bif(name = "atom_to_binary")
  public static Object atomToBinary(Object atom) {
    return BitString.wrap(Args.atom(atom).utf8());
  }

  @Bif(name = "atom_to_binary")
  public static Object atomToBinary(Object atom, Object encoding) {
    Atom a = Args.atom(atom);
    if (encoding == UTF8 || encoding == UNICODE) {
      return BitString.wrap(a.utf8());
    } else if (encoding != LATIN1) {
      throw ErlangException.badarg();
    }
    String name = a.name();
    byte[] out = new byte[name.length()];
    for (int i = 0; i < out.length; i++) {
      char c = name.charAt(i);
      if (c > 0xFF) {
        throw ErlangException.badarg();
      }
      out[i] = (byte) c;
    }
    return BitString.wrap(out);
  }

  @Bif(name = "binary_to_atom")
  public static Object binaryToAtom(Object binary) {
    return binaryToAtom(binary, UTF8);
  }

  @Bif(name = "binary_to_atom")
  public static Object binaryToAtom(Object binary, Object encoding) {
    return Atom.of(nameFromBinary(binary, encoding));
  }

  @Bif(name = "binary_to_existing_atom")
  public static Object binaryToExistingAtom(Object binary) {
    return binaryToExistingAtom(binary, UTF8);
  }

  @Bif(name = "binary_to_existing_atom")
  public static Object binaryToExistingAtom(Object binary, Object encoding) {
    return existing(() -> nameFromBinary(binary, encoding));
  }

  private static Atom existing(java.util.function.Supplier<String> name) {
    Atom a;
    try {
      a = Atom.existing(name.get());
    } catch (ErlangException e) {
      throw ErlangException.badarg();
    }
    if (a == null) {
      throw ErlangException.badarg();
    }
    return a;
  }

  /**
   * The name spelled by a list of code points. The length limit is checked as the list is
   * walked, so a too-long list is {@code system_limit} even if it goes wrong further on.
   */
  private static String nameFromList(Object list) {
    StringBuilder sb = new StringBuilder();
    int chars = 0;
    Object l = list;
    while (l instanceof Cons c) {
      if (chars == Atom.MAX_NAME_CHARS) {
        throw ErlangException.systemLimit();
      }
      if (!(c.head instanceof Long cp) || !isScalarValue(cp)) {
        throw ErlangException.badarg();
      }
      sb.appendCodePoint((int) (long) cp);
      chars++;
      l = c.tail;
    }
    if (l != Nil.NIL) {
      throw ErlangException.badarg();
    }
    return sb.toString();
  }

  private static String nameFromBinary(Object binary, Object encoding) {
    if (encoding != LATIN1 && encoding != UTF8 && encoding != UNICODE) {
      throw ErlangException.badarg();
    }
    byte[] bytes = Args.binary(binary).toByteArray();
    if (encoding == LATIN1) {
      if (bytes.length > Atom.MAX_NAME_CHARS) {
        throw ErlangException.systemLimit();
      }
      StringBuilder sb = new StringBuilder(bytes.length);
      for (byte b : bytes) {
        sb.append((char) (b & 0xFF));
      }
      return sb.toString();
    }
    if (bytes.length > MAX_UTF8_NAME_BYTES) {
      throw ErlangException.systemLimit();
    }
    return decodeUtf8Name(bytes);
  }

  /**
   * Strict UTF-8 (no overlong forms, no surrogates, nothing above U+10FFFF). Like OTP, the
   * decoder stops with {@code system_limit} as soon as it has one character too many, so an
   * invalid byte after that point does not make it {@code badarg}.
   */
  private static String decodeUtf8Name(byte[] b) {
    StringBuilder sb = new StringBuilder(b.length);
    int chars = 0;
    int i = 0;
    while (i < b.length) {
      int c = b[i] & 0xFF;
      int len;
      int cp;
      if (c < 0x80) {
        len = 1;
        cp = c;
      } else if (c >= 0xC2 && c <= 0xDF) {
        len = 2;
        cp = c & 0x1F;
      } else if (c >= 0xE0 && c <= 0xEF) {
        len = 3;
        cp = c & 0x0F;
      } else if (c >= 0xF0 && c <= 0xF4) {
        len = 4;
        cp = c & 0x07;
      } else {
        throw ErlangException.badarg();
      }
      if (i + len > b.length) {
        throw ErlangException.badarg();
      }
      for (int k = 1; k < len; k++) {
        int cc = b[i + k] & 0xFF;
        if ((cc & 0xC0) != 0x80) {
          throw ErlangException.badarg();
        }
        cp = (cp << 6) | (cc & 0x3F);
      }
      boolean overlong = (len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000);
      if (overlong || !isScalarValue(cp)) {
        throw ErlangException.badarg();
      }
      if (++chars > Atom.MAX_NAME_CHARS) {
        throw ErlangException.systemLimit();
      }
      sb.appendCodePoint(cp);
      i += len;
    }
    return sb.toString();
  }

  /** A Unicode code point that is not a surrogate. */
  private static boolean isScalarValue(long cp) {
    return cp >= 0 && cp <= 0x10FFFF && (cp < 0xD800 || cp > 0xDFFF);
  }
}
