package org.jbeamjit.runtime.bif;

import org.jbeamjit.runtime.term.Atom;
import org.jbeamjit.runtime.term.Atoms;
import org.jbeamjit.runtime.term.BitString;
import org.jbeamjit.runtime.term.Cons;
import org.jbeamjit.runtime.term.Nil;

/**
 * The BIFs of module {@code unicode}. The other {@code characters_to_*} functions are Erlang
 * code in {@code unicode.beam} that calls these. For UTF-16 and UTF-32 input OTP's BIFs trap to
 * Erlang code, whose results {@link WideChardata} reproduces.
 */
public final class UnicodeBifs {
  private static final Atom LATIN1 = Atom.of("latin1");
  private static final Atom UNICODE = Atom.of("unicode");
  private static final Atom UTF8 = Atom.of("utf8");

  private UnicodeBifs() {}

  @Bif(module = "unicode", name = "characters_to_binary")
  public static Object charactersToBinary(Object data, Object inEncoding) {
    if (inEncoding == LATIN1 || inEncoding == UNICODE || inEncoding == UTF8) {
      boolean latin1 = inEncoding == LATIN1;
      // A lone binary in a list is converted as the binary itself, which shows in an error's rest.
      Object subject = data instanceof Cons c && c.head instanceof BitString && c.tail == Nil.NIL ? c.head : data;
      if (subject instanceof BitString b && b.isBinary() && NativeChardata.isOwnUtf8(b, latin1)) {
        return b;
      }
      return NativeChardata.convert(subject, latin1).asBinary();
    }
    return WideChardata.convert(data, inEncoding).asBinary();
  }

  @Bif(module = "unicode", name = "characters_to_list")
  public static Object charactersToList(Object data, Object inEncoding) {
    if (inEncoding == LATIN1 || inEncoding == UNICODE || inEncoding == UTF8) {
      return NativeChardata.convert(data, inEncoding == LATIN1).asList();
    }
    return WideChardata.convert(data, inEncoding).asList();
  }

  /** Whether a binary holds only 7-bit bytes; false for anything else, never an error. */
  @Bif(module = "unicode", name = "bin_is_7bit")
  public static Object binIs7bit(Object term) {
    return Atoms.bool(term instanceof BitString b && b.isBinary() && NativeChardata.isOwnUtf8(b, true));
  }
}
