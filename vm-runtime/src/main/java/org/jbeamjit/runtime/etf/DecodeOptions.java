package org.jbeamjit.runtime.etf;

import java.util.Objects;
import org.jbeamjit.runtime.error.ErlangException;
import org.jbeamjit.runtime.term.Atom;
import org.jbeamjit.runtime.term.Cons;
import org.jbeamjit.runtime.term.Nil;

/**
 * The options of {@code binary_to_term/2}.
 *
 * @param safe refuse input that would create atoms or external funs that do not exist yet,
 *     since neither is ever garbage collected
 * @param used also return how many bytes of the input the term took
 * @param exports the export entries that exist, consulted only in safe mode
 */
public record DecodeOptions(boolean safe, boolean used, KnownExports exports) {
  /** What {@code binary_to_term/1} uses. */
  public static final DecodeOptions DEFAULT = new DecodeOptions(false, false, KnownExports.NONE);

  private static final Atom SAFE = Atom.of("safe");
  private static final Atom USED = Atom.of("used");
  /** OTP's {@code error_info} cause for a bad option list. */
  private static final Atom BADOPT = Atom.of("badopt");

  public DecodeOptions {
    Objects.requireNonNull(exports);
  }

  /** Parses {@code binary_to_term/2}'s option list; anything but {@code safe} and {@code used} is badarg (cause {@code badopt}). */
  public static DecodeOptions fromErlang(Object options, KnownExports exports) {
    boolean safe = false;
    boolean used = false;
    Object l = options;
    while (l instanceof Cons c) {
      if (c.head == SAFE) {
        safe = true;
      } else if (c.head == USED) {
        used = true;
      } else {
        throw ErlangException.badarg(BADOPT);
      }
      l = c.tail;
    }
    if (l != Nil.NIL) {
      throw ErlangException.badarg(BADOPT);
    }
    return new DecodeOptions(safe, used, exports);
  }
}
