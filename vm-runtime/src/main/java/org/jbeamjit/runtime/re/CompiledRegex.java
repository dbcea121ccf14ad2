package org.jbeamjit.runtime.re;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A compiled PCRE pattern: its source and options, what PCRE would report about it (capture
 * count, names, flags), and the java.util.regex patterns that run it. {@code ^}, {@code $} and
 * the newline convention are written into the Java pattern, so a run with {@code notbol},
 * {@code noteol}, another newline convention or {@code notempty_atstart} uses a variant,
 * translated on first use and kept.
 */
final class CompiledRegex {
  final byte[] source;
  final PcreOptions options;
  private final PcreTranslator.Translation plain;
  private final Map<Variant, Prepared> variants = new ConcurrentHashMap<>();

  /** What a run may change about the translation. */
  record Variant(boolean notbol, boolean noteol, boolean nonEmptyAtStart, Newline newline, boolean bsrAnycrlf) {}

  /** One translation ready to run. */
  record Prepared(Pattern pattern, PcreTranslator.Translation translation) {}

  private CompiledRegex(byte[] source, PcreOptions options, PcreTranslator.Translation plain) {
    this.source = source;
    this.options = options;
    this.plain = plain;
  }

  static CompiledRegex compile(byte[] source, PcreOptions options) throws PcreSyntaxError {
    CompiledRegex re = new CompiledRegex(source, options, PcreTranslator.translate(source, options, false, false));
    Pattern p;
    try {
      p = javaPattern(re.plain);
    } catch (IllegalStateException e) {
      // A translation java.util.regex refuses (none is known): an error rather than a crash.
      throw new PcreSyntaxError(PcreTranslator.UNSUPPORTED + e.getCause().getMessage(), 0);
    }
    re.variants.put(re.defaultVariant(), new Prepared(p, re.plain));
    return re;
  }

  private Variant defaultVariant() {
    return new Variant(false, false, false, plain.options().newline(), plain.options().bsrAnycrlf());
  }

  int captureCount() {
    return plain.captureCount();
  }

  /** The options in effect after the pattern's leading (*VERB)s. */
  PcreOptions effectiveOptions() {
    return plain.options();
  }

  TreeMap<String, List<Integer>> names() {
    return plain.names();
  }

  long patternMatchLimit() {
    return plain.matchLimit();
  }

  Prepared variant(Variant v) {
    Prepared r = variants.get(v);
    if (r != null) {
      return r;
    }
    PcreTranslator.Translation t;
    try {
      t = PcreTranslator.translate(source, options, v.notbol(), v.noteol(), v.newline(), v.bsrAnycrlf());
    } catch (PcreSyntaxError e) {
      throw new IllegalStateException("a pattern that compiled once failed to compile again", e);
    }
    if (v.nonEmptyAtStart()) {
      // \G is where this match attempt series started: a match may not end there.
      t = new PcreTranslator.Translation("(?:" + t.regex() + ")(?!\\G)", t.captureCount(), t.groups(),
          t.kGroups(), t.names(), t.options(), t.matchLimit(), t.hasCrOrLf());
    }
    r = new Prepared(javaPattern(t), t);
    variants.put(v, r);
    return r;
  }

  private static Pattern javaPattern(PcreTranslator.Translation t) {
    // OTP's PCRE folds case over Latin-1 even without unicode, as Unicode does for those characters.
    int flags = Pattern.DOTALL | Pattern.UNICODE_CASE;
    try {
      return Pattern.compile(t.regex(), flags);
    } catch (PatternSyntaxException e) {
      // The translation is meant to be valid Java; this names what it missed.
      throw new IllegalStateException("translated pattern rejected by java.util.regex: " + t.regex(), e);
    }
  }
}
