package org.jbeamjit.runtime.re;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jbeamjit.runtime.bif.Bif;
import org.jbeamjit.runtime.error.ErlangException;
import org.jbeamjit.runtime.term.Atom;
import org.jbeamjit.runtime.term.Atoms;
import org.jbeamjit.runtime.term.BitString;
import org.jbeamjit.runtime.term.Cons;
import org.jbeamjit.runtime.term.Nil;
import org.jbeamjit.runtime.term.Tuple;

/**
 * The BIFs of module {@code re} that OTP implements in C on PCRE: {@code version}, {@code
 * compile}, {@code run}, {@code internal_run} and {@code inspect}. {@code replace} and {@code
 * split} are Erlang code in {@code re.beam} on top of these.
 *
 * <p>Where OTP's C code traps to Erlang ({@code re:grun/3} for {@code global}, {@code re:urun/3}
 * for unicode lists), the same work is done here: the global loop follows {@code grun}'s rules
 * for empty matches exactly.
 */
public final class ReBifs {
  private static final Atom MATCH = Atom.of("match");
  private static final Atom NOMATCH = Atom.of("nomatch");
  private static final Atom NAMELIST = Atom.of("namelist");
  private static final Atom COMPILE = Atom.of("compile");
  private static final Atom BADOPT = Atom.of("badopt");
  private static final Atom MATCH_LIMIT = Atom.of("match_limit");
  private static final Atom MATCH_LIMIT_RECURSION = Atom.of("match_limit_recursion");
  /** The PCRE release OTP 25 is built with, which this implementation follows. */
  private static final BitString VERSION = BitString.copyOf("8.44 2020-02-12".getBytes(StandardCharsets.ISO_8859_1));

  private ReBifs() {}

  @Bif(module = "re", name = "version")
  public static Object version() {
    return VERSION;
  }

  @Bif(module = "re", name = "compile")
  public static Object compile(Object regexp) {
    return compile(regexp, Nil.NIL);
  }

  /** {@code {ok, {re_pattern, ...}}} or {@code {error, {Message, Offset}}}. */
  @Bif(module = "re", name = "compile")
  public static Object compile(Object regexp, Object options) {
    ReOptions o = ReOptions.parse(options);
    if (o == null || o.execOnly) {
      throw ErlangException.badarg(BADOPT);
    }
    byte[] source = patternBytes(regexp, o.unicode());
    try {
      return new Tuple(Atoms.OK, PatternBinary.toTerm(compile(source, o)));
    } catch (PcreSyntaxError e) {
      return new Tuple(Atoms.ERROR, errorSpec(e));
    }
  }

  @Bif(module = "re", name = "run")
  public static Object run(Object subject, Object regexp) {
    return run(subject, regexp, Nil.NIL);
  }

  @Bif(module = "re", name = "run")
  public static Object run(Object subject, Object regexp, Object options) {
    return execute(subject, regexp, options, true);
  }

  /** What {@code re:grun/3} calls for each match of a global run; here, run without {@code global}. */
  @Bif(module = "re", name = "internal_run")
  public static Object internalRun(Object subject, Object regexp, Object options, Object firstCall) {
    return execute(subject, regexp, options, false);
  }

  @Bif(module = "re", name = "inspect")
  public static Object inspect(Object mp, Object item) {
    CompiledRegex re = PatternBinary.fromTerm(mp);
    if (re == null || item != NAMELIST) {
      throw ErlangException.badarg();
    }
    List<Object> names = new ArrayList<>();
    // One entry per name, or (a name reused through (?J) without the dupnames option) per group.
    boolean unique = re.options.has(PcreOptions.DUPNAMES);
    for (java.util.Map.Entry<String, List<Integer>> e : re.names().entrySet()) {
      for (int i = 0; i < (unique ? 1 : e.getValue().size()); i++) {
        names.add(BitString.copyOf(e.getKey().getBytes(StandardCharsets.ISO_8859_1)));
      }
    }
    return new Tuple(NAMELIST, Cons.fromList(names));
  }

  // ---- run

  private static Object execute(Object subject, Object regexp, Object options, boolean globalAllowed) {
    ReOptions o = ReOptions.parse(options);
    if (o == null) {
      throw ErlangException.badarg(BADOPT);
    }
    CompiledRegex re;
    if (PatternBinary.isPatternTerm(regexp)) {
      re = PatternBinary.fromTerm(regexp);
      if (re == null || o.compileOnly) {
        throw ErlangException.badarg();
      }
    } else {
      byte[] source = patternBytes(regexp, o.unicode());
      try {
        re = compile(source, o);
      } catch (PcreSyntaxError e) {
        if (o.reportErrors) {
          return new Tuple(Atoms.ERROR, new Tuple(COMPILE, errorSpec(e)));
        }
        throw ErlangException.badarg();
      }
    }
    // Lists are chardata when the unicode option was given; a (*UTF8) pattern still needs UTF-8.
    boolean unicode = re.effectiveOptions().has(PcreOptions.UTF);
    byte[] bytes = re.options.has(PcreOptions.UTF) ? Chardata.unicode(subject) : Chardata.iodata(subject);
    if (bytes == null || (unicode && !Utf8.valid(bytes))) {
      throw ErlangException.badarg();
    }
    CaptureSpec capture = CaptureSpec.resolve(o.captureValues, o.captureType, re, o.global && globalAllowed);
    if (capture == null) {
      throw ErlangException.badarg();
    }
    Subject s = unicode ? Subject.utf8(bytes) : Subject.latin1(bytes);
    if (o.offset > bytes.length || s.charIndex(o.offset) < 0) {
      throw ErlangException.badarg();
    }
    try {
      if (o.global && globalAllowed) {
        return global(re, s, o, capture, unicode);
      }
      int[] ov = Exec.run(re, s, o.offset, o.settings());
      if (ov == null) {
        return NOMATCH;
      }
      return capture.none() ? MATCH : new Tuple(MATCH, capture.values(ov, s, unicode));
    } catch (MatchLimitExceeded e) {
      return limitResult(e, o);
    }
  }

  private static Object limitResult(MatchLimitExceeded e, ReOptions o) {
    if (!o.reportErrors) {
      return NOMATCH;
    }
    return new Tuple(Atoms.ERROR, e.recursion ? MATCH_LIMIT_RECURSION : MATCH_LIMIT);
  }

  /**
   * All matches, as {@code re:grun/3} finds them: after a non-empty match the next search starts
   * at its end; after an empty one, first a non-empty match anchored at the same search start is
   * tried (and reported if found), then the search moves on by one character ({@code \r\n}
   * counting as one when the newline convention includes CRLF).
   */
  private static Object global(CompiledRegex re, Subject s, ReOptions o, CaptureSpec capture, boolean unicode) {
    List<int[]> matches = new ArrayList<>();
    Exec.Settings settings = o.settings();
    Exec.Settings retry = settings.withOffsetRetry();
    boolean crlf = re.effectiveOptions().newline().usesCrlf();
    int x = o.offset;
    int size = s.bytes.length;
    try {
      while (x <= size) {
        int[] ov = Exec.run(re, s, x, settings);
        if (ov == null) {
          break;
        }
        matches.add(ov);
        int a = ov[0];
        int b = ov[1] - ov[0];
        if (b > 0) {
          x = a + b;
          continue;
        }
        int[] m = Exec.run(re, s, x, retry);
        if (m != null) {
          matches.add(m);
        }
        x = m != null && m[1] - m[0] > 0 ? a + (m[1] - m[0]) : forward(s.bytes, a, unicode, crlf);
      }
    } catch (MatchLimitExceeded e) {
      if (o.reportErrors) {
        return limitResult(e, o);
      }
    }
    if (matches.isEmpty()) {
      return NOMATCH;
    }
    if (capture.none()) {
      return MATCH;
    }
    List<Object> all = new ArrayList<>();
    for (int[] ov : matches) {
      all.add(capture.values(ov, s, unicode));
    }
    return new Tuple(MATCH, Cons.fromList(all));
  }

  /** One character on from byte {@code a}, as grun's forward/5 steps. */
  private static int forward(byte[] b, int a, boolean unicode, boolean crlf) {
    if (crlf && a + 1 < b.length && b[a] == '\r' && b[a + 1] == '\n') {
      return a + 2;
    }
    if (!unicode || a >= b.length) {
      return a + 1;
    }
    int lead = b[a] & 0xff;
    return a + (lead >= 0xf0 && lead < 0xf8 ? 4 : lead >= 0xe0 && lead < 0xf0 ? 3 : lead >= 0xc0 && lead < 0xe0 ? 2 : 1);
  }

  // ---- helpers

  private static CompiledRegex compile(byte[] source, ReOptions o) throws PcreSyntaxError {
    if (o.bsrConflict) {
      throw new PcreSyntaxError("inconsistent NEWLINE options", 0);
    }
    try {
      return PatternBinary.compile(source, o.pcreOptions());
    } catch (StackOverflowError e) {
      // Thousands of nested groups: the translator and java.util.regex's compiler recurse per level.
      Object r;
      try {
        r = DeepStack.call(() -> {
          try {
            return PatternBinary.compile(source, o.pcreOptions());
          } catch (PcreSyntaxError syntax) {
            return syntax;
          }
        });
      } catch (MatchLimitExceeded tooDeep) {
        throw new PcreSyntaxError("regular expression is too complicated", source.length);
      }
      if (r instanceof PcreSyntaxError syntax) {
        throw syntax;
      }
      return (CompiledRegex) r;
    }
  }

  /** A pattern's bytes: chardata as UTF-8 for a unicode list, else iodata; badarg otherwise. */
  private static byte[] patternBytes(Object regexp, boolean unicode) {
    byte[] bytes = unicode && !(regexp instanceof BitString) ? Chardata.unicode(regexp) : Chardata.iodata(regexp);
    if (bytes == null) {
      throw ErlangException.badarg();
    }
    return bytes;
  }

  private static Tuple errorSpec(PcreSyntaxError e) {
    return new Tuple(Cons.string(e.getMessage()), (long) e.offset);
  }
}
