package org.jbeamjit.runtime.re;

import org.jbeamjit.runtime.term.Atom;
import org.jbeamjit.runtime.term.Cons;
import org.jbeamjit.runtime.term.Nil;
import org.jbeamjit.runtime.term.Tuple;

/**
 * An option list of {@code re:compile/2} or {@code re:run/3}, read as OTP reads it: later
 * options override earlier ones, and the two kinds are told apart so that each BIF can refuse
 * the other's.
 */
final class ReOptions {
  static final Atom CAPTURE = Atom.of("capture");
  static final Atom INDEX = Atom.of("index");

  int compileBits;
  Newline newline;
  Boolean bsrAnycrlf;
  /** Both bsr_anycrlf and bsr_unicode: PCRE refuses to compile with that. */
  boolean bsrConflict;
  /** Options only compile takes (all but anchored, newline and bsr, which both take). */
  boolean compileOnly;
  /** Options only run takes. */
  boolean execOnly;
  boolean anchored;
  boolean notbol;
  boolean noteol;
  boolean notempty;
  boolean notemptyAtstart;
  int offset;
  long matchLimit = -1;
  long recursionLimit = -1;
  boolean global;
  boolean reportErrors;
  /** {@code {capture, Values[, Type]}}: the values spec, or null for none given. */
  Object captureValues;
  Object captureType = INDEX;

  private ReOptions() {}

  /** The options of {@code list}, or null if OTP would call them bad ({@code badopt}). */
  static ReOptions parse(Object list) {
    ReOptions o = new ReOptions();
    Object l = list;
    while (l instanceof Cons c) {
      if (!o.add(c.head)) {
        return null;
      }
      l = c.tail;
    }
    return l == Nil.NIL ? o : null;
  }

  /** The compile options: PCRE's bits and the newline convention (LF unless given). */
  PcreOptions pcreOptions() {
    return new PcreOptions(compileBits, newline == null ? Newline.LF : newline,
        bsrAnycrlf != null && bsrAnycrlf);
  }

  private boolean add(Object item) {
    if (item instanceof Tuple t) {
      if (t.arity() == 3 && t.get(0) == CAPTURE) {
        captureValues = t.get(1);
        captureType = t.get(2);
        execOnly = true;
        return true;
      }
      if (t.arity() != 2 || !(t.get(0) instanceof Atom key)) {
        return false;
      }
      Object v = t.get(1);
      switch (key.name()) {
        case "capture" -> {
          captureValues = v;
          captureType = INDEX;
          execOnly = true;
        }
        case "offset" -> {
          if (!(v instanceof Long n) || n < 0 || n > Integer.MAX_VALUE) {
            return false;
          }
          offset = (int) (long) n;
          execOnly = true;
        }
        case "match_limit", "match_limit_recursion" -> {
          if (!(v instanceof Long n) || n < 0 || n > Integer.MAX_VALUE) {
            return false;
          }
          if (key.name().equals("match_limit")) {
            matchLimit = n;
          } else {
            recursionLimit = n;
          }
          execOnly = true;
        }
        case "newline" -> {
          if (!(v instanceof Atom a)) {
            return false;
          }
          switch (a.name()) {
            case "cr" -> newline = Newline.CR;
            case "lf" -> newline = Newline.LF;
            case "crlf" -> newline = Newline.CRLF;
            case "anycrlf" -> newline = Newline.ANYCRLF;
            case "any" -> newline = Newline.ANY;
            default -> {
              return false;
            }
          }
        }
        default -> {
          return false;
        }
      }
      return true;
    }
    if (!(item instanceof Atom a)) {
      return false;
    }
    switch (a.name()) {
      case "anchored" -> {
        anchored = true;
        compileBits |= PcreOptions.ANCHORED;
      }
      case "notempty" -> notempty = execOnly = true;
      case "notempty_atstart" -> notemptyAtstart = execOnly = true;
      case "notbol" -> notbol = execOnly = true;
      case "noteol" -> noteol = execOnly = true;
      case "report_errors" -> reportErrors = execOnly = true;
      case "global" -> global = execOnly = true;
      case "bsr_anycrlf" -> {
        bsrConflict |= bsrAnycrlf == Boolean.FALSE;
        bsrAnycrlf = true;
      }
      case "bsr_unicode" -> {
        bsrConflict |= bsrAnycrlf == Boolean.TRUE;
        bsrAnycrlf = false;
      }
      default -> {
        int bit = compileBit(a.name());
        if (bit == 0) {
          return false;
        }
        compileBits |= bit;
        compileOnly = true;
      }
    }
    return true;
  }

  private static int compileBit(String name) {
    return switch (name) {
      case "caseless" -> PcreOptions.CASELESS;
      case "dollar_endonly" -> PcreOptions.DOLLAR_ENDONLY;
      case "dotall" -> PcreOptions.DOTALL;
      case "extended" -> PcreOptions.EXTENDED;
      case "firstline" -> PcreOptions.FIRSTLINE;
      case "multiline" -> PcreOptions.MULTILINE;
      case "no_auto_capture" -> PcreOptions.NO_AUTO_CAPTURE;
      case "dupnames" -> PcreOptions.DUPNAMES;
      case "ungreedy" -> PcreOptions.UNGREEDY;
      case "unicode" -> PcreOptions.UTF;
      case "ucp" -> PcreOptions.UCP;
      case "no_start_optimize" -> PcreOptions.NO_START_OPTIMIZE;
      case "never_utf" -> PcreOptions.NEVER_UTF;
      default -> 0;
    };
  }

  boolean unicode() {
    return (compileBits & PcreOptions.UTF) != 0;
  }

  Exec.Settings settings() {
    return new Exec.Settings(anchored, notbol, noteol, notempty, notemptyAtstart, matchLimit, recursionLimit,
        newline, bsrAnycrlf);
  }
}
