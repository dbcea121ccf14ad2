package org.jbeamjit.runtime.re;

/** A pattern PCRE rejects: PCRE's own message and the byte offset in the pattern it reports. */
final class PcreSyntaxError extends Exception {
  private static final long serialVersionUID = 1L;

  final int offset;

  PcreSyntaxError(String message, int offset) {
    super(message, null, false, false);
    this.offset = offset;
  }
}
