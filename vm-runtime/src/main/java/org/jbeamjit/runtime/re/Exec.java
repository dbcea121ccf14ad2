package org.jbeamjit.runtime.re;

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One match attempt, as {@code pcre_exec} makes it: from a start offset, with the run-time options. */
final class Exec {
  /** PCRE's default match_limit, which OTP keeps. */
  static final long DEFAULT_MATCH_LIMIT = 10_000_000L;

  /** The run-time options; {@code newline}/{@code bsrAnycrlf} null when the pattern's apply. */
  record Settings(
      boolean anchored,
      boolean notbol,
      boolean noteol,
      boolean notempty,
      boolean notemptyAtstart,
      long matchLimit,
      long recursionLimit,
      Newline newline,
      Boolean bsrAnycrlf) {
    Settings withOffsetRetry() {
      return new Settings(true, notbol, noteol, notempty, true, matchLimit, recursionLimit, newline, bsrAnycrlf);
    }
  }

  private Exec() {}

  /**
   * Matches from byte {@code startByte} (a character boundary). Returns PCRE's output vector in
   * byte offsets: start and end of group 0, 1, ... up to the highest group that matched, -1 for
   * unset groups; or null for no match.
   *
   * @throws MatchLimitExceeded when the match ran past its budget
   */
  static int[] run(CompiledRegex re, Subject s, int startByte, Settings st) {
    try {
      return attempt(re, s, startByte, st);
    } catch (StackOverflowError e) {
      return DeepStack.call(() -> attempt(re, s, startByte, st));
    }
  }

  private static int[] attempt(CompiledRegex re, Subject s, int startByte, Settings st) {
    int start = s.charIndex(startByte);
    PcreOptions eo = re.effectiveOptions();
    Newline nl = st.newline() != null ? st.newline() : eo.newline();
    boolean bsr = st.bsrAnycrlf() != null ? st.bsrAnycrlf() : eo.bsrAnycrlf();
    boolean anchored = st.anchored() || eo.has(PcreOptions.ANCHORED);
    BudgetedText text = budgeted(re, s, st);
    int len = s.text.length();

    CompiledRegex.Prepared p = re.variant(
        new CompiledRegex.Variant(st.notbol(), st.noteol(), st.notemptyAtstart() && !st.notempty(), nl, bsr));
    Matcher m = matcher(p.pattern(), text, start, len);
    boolean found = anchored ? m.lookingAt() : m.find();
    if (!anchored && nl.usesCrlf() && !p.translation().hasCrOrLf()) {
      // PCRE's bumpalong never starts a match between the CR and LF of a CRLF it stepped over.
      while (found && m.start() > start && s.text.charAt(m.start() - 1) == '\r' && m.start() < len
          && s.text.charAt(m.start()) == '\n') {
        m.region(m.start() + 1, len);
        found = m.find();
      }
    }
    if (found && st.notempty() && m.end() == reportedStart(m, p.translation())) {
      // The leftmost start with a match preferred an empty one: look for the first start with a non-empty one.
      p = re.variant(new CompiledRegex.Variant(st.notbol(), st.noteol(), true, nl, bsr));
      found = false;
      for (int from = m.start(); from <= len; from++) {
        if (from < len && from > 0 && Character.isLowSurrogate(s.text.charAt(from))) {
          continue;
        }
        Matcher m2 = matcher(p.pattern(), text, from, len);
        // \K can still make a non-empty match report an empty one, which notempty refuses too.
        if (m2.lookingAt() && m2.end() != reportedStart(m2, p.translation())) {
          m = m2;
          found = true;
          break;
        }
        if (anchored) {
          break;
        }
      }
    }
    if (!found) {
      return null;
    }
    if (eo.has(PcreOptions.FIRSTLINE)) {
      Matcher newline = Pattern.compile(nl.regex).matcher(s.text).region(start, len);
      if (newline.find() && m.start() > newline.start()) {
        return null;
      }
    }
    return ovector(m, p.translation(), s);
  }

  private static Matcher matcher(Pattern pattern, CharSequence text, int from, int to) {
    Matcher m = pattern.matcher(text);
    m.useTransparentBounds(true);
    m.useAnchoringBounds(false);
    m.region(from, to);
    return m;
  }

  /**
   * The subject with its read budget. PCRE counts internal match calls, not reads; the budget
   * is the limit plus two reads per character, so a plain scan of a long subject never hits it
   * while runaway backtracking does.
   */
  private static BudgetedText budgeted(CompiledRegex re, Subject s, Settings st) {
    long limit = st.matchLimit() >= 0 ? st.matchLimit() : DEFAULT_MATCH_LIMIT;
    if (re.patternMatchLimit() >= 0) {
      limit = Math.min(limit, re.patternMatchLimit());
    }
    boolean recursion = st.recursionLimit() >= 0 && st.recursionLimit() < limit;
    if (recursion) {
      limit = st.recursionLimit();
    }
    return new BudgetedText(s.text, limit + 2L * s.text.length(), recursion);
  }

  /** Where the match starts as reported: after the last \K passed, if any. */
  private static int reportedStart(Matcher m, PcreTranslator.Translation t) {
    int matchStart = m.start();
    for (int k : t.kGroups()) {
      if (m.start(k) >= 0) {
        matchStart = Math.max(matchStart, m.start(k));
      }
    }
    return matchStart;
  }

  private static int[] ovector(Matcher m, PcreTranslator.Translation t, Subject s) {
    int count = t.captureCount();
    int[] ov = new int[2 * (count + 1)];
    Arrays.fill(ov, -1);
    ov[0] = s.byteOffset(reportedStart(m, t));
    ov[1] = s.byteOffset(m.end());
    int rc = 1;
    for (int n = 1; n <= count; n++) {
      // A branch reset's number has several Java groups; in a repetition each keeps its last
      // capture, and the latest of them is the one PCRE reports.
      int chosen = -1;
      for (int j : t.groups()[n]) {
        if (m.start(j) >= 0 && (chosen < 0 || m.start(j) > m.start(chosen))) {
          chosen = j;
        }
      }
      if (chosen >= 0) {
        ov[2 * n] = s.byteOffset(m.start(chosen));
        ov[2 * n + 1] = s.byteOffset(m.end(chosen));
        rc = n + 1;
      }
    }
    return Arrays.copyOf(ov, 2 * rc);
  }
}
