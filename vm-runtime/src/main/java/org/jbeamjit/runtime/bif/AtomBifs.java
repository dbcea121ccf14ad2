package org.jbeamjit.runtime.bif;

import org.jbeamjit.runtime.error.ErlangException;
import org.jbeamjit.runtime.term.Atom;
import org.jbeamjit.runtime.term.BitString;
import org.jbeamjit.runtime.term.Cons;
import org.jbeamjit.runtime.term.Nil;
import org.jbeamjit.runtime.term.Utf8;

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
      if (!(c.head instanceof Long cp) || !Utf8.isScalarValue(cp)) {
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
    return Utf8.decode(bytes, 0, bytes.length, Atom.MAX_NAME_CHARS, ErlangException::systemLimit);
  }
}
