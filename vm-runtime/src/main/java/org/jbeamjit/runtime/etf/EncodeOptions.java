package org.jbeamjit.runtime.etf;

import org.jbeamjit.runtime.error.ErlangException;
import org.jbeamjit.runtime.term.Atom;
import org.jbeamjit.runtime.term.Cons;
import org.jbeamjit.runtime.term.Nil;
import org.jbeamjit.runtime.term.Tuple;

/**
 * The options of {@code term_to_binary/2}.
 *
 * @param compressionLevel 0 (no compression) to 9; OTP's {@code compressed} alone means 6
 * @param minorVersion 0 (floats as text, Latin-1 atoms), 1 (binary floats; OTP 25's default) or
 *     2 (atoms always UTF-8)
 * @param deterministic write map entries sorted in map key order instead of the map's own order
 */
public record EncodeOptions(int compressionLevel, int minorVersion, boolean deterministic) {
  /** What {@code term_to_binary/1} uses. */
  public static final EncodeOptions DEFAULT = new EncodeOptions(0, 1, false);

  /** The level the bare {@code compressed} option stands for (zlib's default). */
  public static final int DEFAULT_COMPRESSION = 6;

  private static final Atom COMPRESSED = Atom.of("compressed");
  private static final Atom MINOR_VERSION = Atom.of("minor_version");
  private static final Atom DETERMINISTIC = Atom.of("deterministic");

  public EncodeOptions {
    if (compressionLevel < 0 || compressionLevel > 9) {
      throw new IllegalArgumentException("compression level " + compressionLevel);
    }
    if (minorVersion < 0 || minorVersion > 2) {
      throw new IllegalArgumentException("minor version " + minorVersion);
    }
  }

  /**
   * Parses {@code term_to_binary/2}'s option list. As in OTP, a later option overrides an
   * earlier one, and anything else (an unknown option, an improper list) is {@code badarg}.
   */
  public static EncodeOptions fromErlang(Object options) {
    int level = DEFAULT.compressionLevel;
    int minor = DEFAULT.minorVersion;
    boolean deterministic = DEFAULT.deterministic;
    Object l = options;
    while (l instanceof Cons c) {
      Object o = c.head;
      if (o == COMPRESSED) {
        level = DEFAULT_COMPRESSION;
      } else if (o == DETERMINISTIC) {
        deterministic = true;
      } else if (o instanceof Tuple t && t.arity() == 2 && t.get(0) == COMPRESSED) {
        level = intIn(t.get(1), 0, 9);
      } else if (o instanceof Tuple t && t.arity() == 2 && t.get(0) == MINOR_VERSION) {
        minor = intIn(t.get(1), 0, 2);
      } else {
        throw ErlangException.badarg();
      }
      l = c.tail;
    }
    if (l != Nil.NIL) {
      throw ErlangException.badarg();
    }
    return new EncodeOptions(level, minor, deterministic);
  }

  /**
   * Parses {@code erlang:external_size/2}'s option list, which OTP 25 limits to
   * {@code {minor_version, 0 | 1}}; anything else is {@code badarg}.
   */
  public static EncodeOptions forExternalSize(Object options) {
    int minor = DEFAULT.minorVersion;
    Object l = options;
    while (l instanceof Cons c && c.head instanceof Tuple t && t.arity() == 2 && t.get(0) == MINOR_VERSION) {
      minor = intIn(t.get(1), 0, 1);
      l = c.tail;
    }
    if (l != Nil.NIL) {
      throw ErlangException.badarg();
    }
    return new EncodeOptions(0, minor, false);
  }

  private static int intIn(Object v, int min, int max) {
    if (v instanceof Long n && n >= min && n <= max) {
      return n.intValue();
    }
    throw ErlangException.badarg();
  }
}
