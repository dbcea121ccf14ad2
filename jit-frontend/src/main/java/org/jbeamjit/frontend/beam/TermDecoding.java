package org.jbeamjit.frontend.beam;

import org.jbeamjit.runtime.error.ErlangException;
import org.jbeamjit.runtime.etf.ExternalTermFormat;

/** Decodes external-term-format bytes found in a chunk, turning a decoding failure into a format error. */
final class TermDecoding {
  private TermDecoding() {}

  /**
   * @param at where the bytes start, as {@code in} counts positions
   * @param what what the term is, for the message
   */
  static Object decode(ChunkReader in, int at, byte[] bytes, String what) {
    try {
      return ExternalTermFormat.decode(bytes);
    } catch (ErlangException | StackOverflowError | IllegalArgumentException | IndexOutOfBoundsException e) {
      // The decoder promises badarg for any malformed input; the other kinds are caught so that
      // a flaw there still cannot make a bad file escape as anything but a format error.
      throw in.errorAt(at, what + " is not a valid external term: " + e, e);
    }
  }
}
