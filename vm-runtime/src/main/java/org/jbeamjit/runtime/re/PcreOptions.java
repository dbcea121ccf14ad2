package org.jbeamjit.runtime.re;

/**
 * The compile-time options of a pattern: PCRE's option bits (as the {@code re} option atoms name
 * them), the newline convention and what {@code \R} matches.
 */
record PcreOptions(int bits, Newline newline, boolean bsrAnycrlf) {
  static final int CASELESS = 1;
  static final int MULTILINE = 1 << 1;
  static final int DOTALL = 1 << 2;
  static final int EXTENDED = 1 << 3;
  static final int ANCHORED = 1 << 4;
  static final int DOLLAR_ENDONLY = 1 << 5;
  static final int UNGREEDY = 1 << 6;
  static final int NO_AUTO_CAPTURE = 1 << 7;
  static final int UTF = 1 << 8;
  static final int UCP = 1 << 9;
  static final int FIRSTLINE = 1 << 10;
  static final int DUPNAMES = 1 << 11;
  static final int NO_START_OPTIMIZE = 1 << 12;
  static final int NEVER_UTF = 1 << 13;

  static final PcreOptions DEFAULT = new PcreOptions(0, Newline.LF, false);

  boolean has(int bit) {
    return (bits & bit) != 0;
  }

  PcreOptions with(int bit) {
    return new PcreOptions(bits | bit, newline, bsrAnycrlf);
  }

  PcreOptions withNewline(Newline nl) {
    return new PcreOptions(bits, nl, bsrAnycrlf);
  }

  PcreOptions withBsrAnycrlf(boolean anycrlf) {
    return new PcreOptions(bits, newline, anycrlf);
  }
}
