package org.jbeamjit.runtime.re;

/**
 * PCRE's newline conventions: which character sequences end a line for {@code ^}, {@code $},
 * {@code .}, {@code \Z} and comments in extended mode. {@link #regex} is the convention as a
 * java.util.regex fragment matching one newline.
 */
enum Newline {
  CR("\\r"),
  LF("\\n"),
  CRLF("\\r\\n"),
  ANYCRLF("(?:\\r\\n|\\r|\\n)"),
  ANY("(?:\\r\\n|[\\n\\x{b}\\f\\r\\x{85}\\x{2028}\\x{2029}])");

  final String regex;

  Newline(String regex) {
    this.regex = regex;
  }

  /** What {@code .} matches when not in dotall mode. */
  String dot() {
    return switch (this) {
      case CR -> "[^\\r]";
      case LF -> "[^\\n]";
      case CRLF -> "(?:(?!\\r\\n).)";
      case ANYCRLF -> "[^\\r\\n]";
      case ANY -> "[^\\n\\x{b}\\f\\r\\x{85}\\x{2028}\\x{2029}]";
    };
  }

  /** Whether {@code c} can start a newline: in extended mode a comment runs up to one. */
  boolean startsWith(int c) {
    return switch (this) {
      case CR, CRLF -> c == '\r';
      case LF -> c == '\n';
      case ANYCRLF -> c == '\r' || c == '\n';
      case ANY -> c == '\n' || c == 0xb || c == '\f' || c == '\r' || c == 0x85 || c == 0x2028 || c == 0x2029;
    };
  }

  /** Whether OTP's compiled-pattern tuple flags the convention as CRLF-aware (its fourth element). */
  boolean usesCrlf() {
    return this == CRLF || this == ANYCRLF || this == ANY;
  }
}
