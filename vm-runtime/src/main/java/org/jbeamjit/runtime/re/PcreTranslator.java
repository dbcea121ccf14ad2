package org.jbeamjit.runtime.re;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Rewrites a PCRE 8 pattern as a java.util.regex pattern with the same meaning, checking it the
 * way PCRE's compiler does (same error messages and offsets for the common mistakes).
 *
 * <p>Everything whose meaning depends on PCRE's options or differs between the two engines is
 * written out explicitly: {@code .}, {@code ^}, {@code $}, {@code \Z} by the newline convention,
 * {@code \b} by PCRE's word characters, greediness under {@code ungreedy}, extended-mode
 * whitespace, POSIX classes, named groups. Literal characters are emitted as {@code \x{..}}
 * escapes, so nothing PCRE reads literally can mean something to Java. Every capturing group
 * becomes a plain Java group; extra Java groups (for {@code \K}, branch resets) are mapped back to
 * PCRE's numbers by {@link Translation#groups}.
 *
 * <p>The pattern is read twice: the first pass only counts groups and collects names, so that
 * the second can tell a back reference from an octal escape and resolve forward references.
 */
final class PcreTranslator {
  /** The translator's result: a Java regex and what is needed to report PCRE's numbering. */
  record Translation(
      String regex,
      int captureCount,
      int[][] groups,
      int[] kGroups,
      TreeMap<String, List<Integer>> names,
      PcreOptions options,
      long matchLimit,
      boolean hasCrOrLf) {}

  /** A construct PCRE accepts but java.util.regex cannot express (reported as a compile error). */
  static final String UNSUPPORTED = "not supported by jbeamjit's java.util.regex translation: ";

  private static final int MAX_QUANTIFIER = 65535;
  private static final int MAX_NAME = 32;

  private final int[] cp;
  private final int[] byteOffset;
  private final boolean notbol;
  private final boolean noteol;
  private final PcreTranslator prescan;
  private PcreOptions options;
  private long matchLimit = -1;
  /** Whether the pattern names \r or \n explicitly (PCRE then lets a match start inside a CRLF). */
  private boolean hasCrOrLf;

  private int pos;
  private int flags;
  private final StringBuilder out = new StringBuilder();
  private int captureCount;
  private int javaGroupCount;
  private final List<List<Integer>> groupMap = new ArrayList<>();
  private final List<Integer> kGroups = new ArrayList<>();
  private final TreeMap<String, List<Integer>> names = new TreeMap<>();
  /** Groups a condition (?(n)...) or (?(<name>)...) tests: they get an empty marker group at their end. */
  private final Set<Integer> conditionNumbers = new HashSet<>();
  private final Set<String> conditionNames = new HashSet<>();
  /** PCRE group number to the Java groups of its set-markers, which are set exactly when it is. */
  private final Map<Integer, List<Integer>> setMarkers = new HashMap<>();
  /** Each group's body: its first index, the index of its ')' and the options at its start. */
  private final Map<Integer, int[]> groupBodies = new HashMap<>();
  /** The groups whose bodies a subroutine call is inlining now, innermost first. */
  private final java.util.ArrayDeque<Integer> inlining = new java.util.ArrayDeque<>();
  /** The highest back reference seen and where, checked against the group count at the end. */
  private int maxBackref;
  private int maxBackrefOffset;

  private PcreTranslator(int[] cp, int[] byteOffset, PcreOptions options, boolean notbol, boolean noteol,
      PcreTranslator prescan) {
    this.cp = cp;
    this.byteOffset = byteOffset;
    this.options = options;
    this.notbol = notbol;
    this.noteol = noteol;
    this.prescan = prescan;
    groupMap.add(List.of(0));
  }

  /**
   * Translates {@code pattern} (its bytes: Latin-1 characters, or UTF-8 when the options say
   * unicode) for a match run with these {@code notbol}/{@code noteol} settings.
   */
  static Translation translate(byte[] pattern, PcreOptions options, boolean notbol, boolean noteol)
      throws PcreSyntaxError {
    return translate(pattern, options, notbol, noteol, null, null);
  }

  /**
   * As {@link #translate(byte[], PcreOptions, boolean, boolean)}, with a run's own newline
   * convention and \R setting, which override the pattern's (*VERB)s as they do in PCRE.
   */
  static Translation translate(byte[] pattern, PcreOptions options, boolean notbol, boolean noteol,
      Newline runNewline, Boolean runBsrAnycrlf) throws PcreSyntaxError {
    PcreOptions effective = LeadingVerbs.apply(pattern, options);
    if (runNewline != null) {
      effective = effective.withNewline(runNewline);
    }
    if (runBsrAnycrlf != null) {
      effective = effective.withBsrAnycrlf(runBsrAnycrlf);
    }
    int skip = LeadingVerbs.length(pattern);
    int[][] decoded = decode(pattern, skip, effective.has(PcreOptions.UTF));
    PcreTranslator first = new PcreTranslator(decoded[0], decoded[1], effective, notbol, noteol, null);
    first.run();
    PcreTranslator second = new PcreTranslator(decoded[0], decoded[1], effective, notbol, noteol, first);
    second.run();
    PcreTranslator last = second;
    if (!first.conditionNumbers.isEmpty() || !first.conditionNames.isEmpty()) {
      // The second pass added set-markers to the conditioned groups, renumbering Java's groups.
      last = new PcreTranslator(decoded[0], decoded[1], effective, notbol, noteol, second);
      last.run();
    }
    last.matchLimit = LeadingVerbs.matchLimit(pattern);
    return last.result();
  }

  /** The pattern's characters and each one's byte offset (one extra entry: the length). */
  private static int[][] decode(byte[] p, int from, boolean utf) throws PcreSyntaxError {
    int[] cps = new int[p.length - from];
    int[] offs = new int[p.length - from + 1];
    int n = 0;
    int i = from;
    while (i < p.length) {
      offs[n] = i;
      int b = p[i] & 0xff;
      if (!utf || b < 0x80) {
        cps[n++] = b;
        i++;
        continue;
      }
      int len = Utf8.sequenceLength(p, i);
      if (len < 0) {
        throw new PcreSyntaxError("invalid UTF-8 string", i);
      }
      cps[n++] = Utf8.decodeAt(p, i, len);
      i += len;
    }
    offs[n] = p.length;
    return new int[][] {java.util.Arrays.copyOf(cps, n), java.util.Arrays.copyOf(offs, n + 1)};
  }

  // ---- the parser

  private boolean utf() {
    return options.has(PcreOptions.UTF);
  }

  private boolean ucp() {
    return options.has(PcreOptions.UCP);
  }

  private boolean on(int bit) {
    return (flags & bit) != 0;
  }

  private int offsetAt(int i) {
    return byteOffset[Math.min(i, cp.length)];
  }

  private PcreSyntaxError error(String message, int at) {
    return new PcreSyntaxError(message, offsetAt(at));
  }

  private boolean more() {
    return pos < cp.length;
  }

  private int peek() {
    return pos < cp.length ? cp[pos] : -1;
  }

  private int peek(int ahead) {
    return pos + ahead < cp.length ? cp[pos + ahead] : -1;
  }

  private boolean lookingAt(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (peek(i) != s.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private void run() throws PcreSyntaxError {
    flags = options.bits();
    if (on(PcreOptions.CASELESS)) {
      out.append("(?i)");
    }
    alternation(false);
    // alternation() stops early only at a ')' it did not open. PCRE reports that after the
    // named references it checks on its second pass, so the first pass just stops there;
    // numbered references are checked last.
    if (prescan != null && more()) {
      throw error("unmatched parentheses", pos);
    }
    if (prescan != null && maxBackref > captureCount) {
      throw new PcreSyntaxError("reference to non-existent subpattern", maxBackrefOffset);
    }
  }

  private Translation result() {
    int[][] groups = new int[captureCount + 1][];
    for (int i = 0; i <= captureCount; i++) {
      groups[i] = groupMap.get(i).stream().mapToInt(Integer::intValue).toArray();
    }
    return new Translation(out.toString(), captureCount, groups,
        kGroups.stream().mapToInt(Integer::intValue).toArray(), names, options, matchLimit, hasCrOrLf);
  }

  /** Alternatives up to an unopened ')' or the end; returns the fixed width of all, or -1. */
  private int alternation(boolean lookbehind) throws PcreSyntaxError {
    int width = sequence(lookbehind);
    boolean fixed = width >= 0;
    boolean allFixed = fixed;
    while (peek() == '|') {
      pos++;
      out.append('|');
      int w = sequence(lookbehind);
      allFixed &= w >= 0;
      if (w != width) {
        fixed = false;
      }
    }
    if (lookbehind) {
      return allFixed ? 0 : -1;
    }
    return fixed ? width : -1;
  }

  /** Items up to '|', ')' or the end; returns their total fixed width or -1. */
  private int sequence(boolean lookbehind) throws PcreSyntaxError {
    int width = 0;
    while (true) {
      skipExtended();
      if (!more() || peek() == '|' || peek() == ')') {
        return width;
      }
      int w = item();
      width = width < 0 || w < 0 ? -1 : width + w;
    }
  }

  /** What PCRE skips before looking for a quantifier: comments, \E, empty \Q\E, extended-mode space. */
  private void skipBetweenAtomAndQuantifier() throws PcreSyntaxError {
    while (true) {
      skipExtended();
      if (lookingAt("(?#")) {
        while (more() && peek() != ')') {
          pos++;
        }
        if (!more()) {
          throw error("missing ) after comment", pos);
        }
        pos++;
      } else if (lookingAt("\\E")) {
        pos += 2;
      } else if (lookingAt("\\Q\\E")) {
        pos += 4;
      } else {
        return;
      }
    }
  }

  /** Whitespace and # comments in extended mode. */
  private void skipExtended() {
    if (!on(PcreOptions.EXTENDED)) {
      return;
    }
    while (more()) {
      int c = peek();
      if (c == ' ' || c == '\t' || c == '\n' || c == 0xb || c == '\f' || c == '\r') {
        pos++;
      } else if (c == '#') {
        while (more() && !options.newline().startsWith(peek())) {
          pos++;
        }
      } else {
        return;
      }
    }
  }

  /** One atom and its quantifier; returns its fixed width or -1. */
  private int item() throws PcreSyntaxError {
    int start = pos;
    int mark = out.length();
    Atom atom = atom();
    if (atom == null) {
      return 0; // an option setting or comment: nothing to match, nothing to repeat
    }
    skipBetweenAtomAndQuantifier();
    int[] q = quantifier();
    if (q == null) {
      return atom.width;
    }
    if (!atom.repeatable) {
      throw error("nothing to repeat", cp[q[3]] == '{' ? q[3] + braceQuantifierLength(q[3]) - 1 : q[3]);
    }
    if (atom.needsGroup) {
      out.insert(mark, "(?:").append(')');
    }
    if (atom.mandatoryForm != null && q[0] > 0) {
      String optionalForm = out.substring(mark);
      out.setLength(mark);
      out.append("(?:").append(atom.mandatoryForm).append('{').append(q[0]).append('}');
      if (q[1] != q[0]) {
        out.append(optionalForm);
        appendQuantifier(new int[] {0, q[1] < 0 ? -1 : q[1] - q[0], q[2], q[3]});
      }
      out.append(')');
    } else {
      appendQuantifier(q);
    }
    skipBetweenAtomAndQuantifier();
    if (peekQuantifier()) {
      int[] again = quantifier(); // its own errors come first
      throw error("nothing to repeat", cp[again[3]] == '{' ? again[3] + braceQuantifierLength(again[3]) - 1 : again[3]);
    }
    if (q[0] == q[1] && atom.width >= 0) {
      return atom.width * q[0];
    }
    return start == pos ? 0 : -1;
  }

  /**
   * What an atom contributes: its fixed width (-1: variable), whether a quantifier may follow,
   * whether it must be grouped to be quantified, and what the mandatory repetitions of a
   * quantifier match instead of it (null: the same).
   */
  private record Atom(int width, boolean repeatable, boolean needsGroup, String mandatoryForm) {
    Atom(int width, boolean repeatable, boolean needsGroup) {
      this(width, repeatable, needsGroup, null);
    }
  }

  private static final Atom ASSERTION = new Atom(0, false, false);

  private static Atom one() {
    return new Atom(1, true, false);
  }

  private static Atom group(int width) {
    return new Atom(width, true, false);
  }

  /**
   * A quantifier at the cursor, consumed: {min, max (-1: none), mode (0 greedy, 1 lazy, 2
   * possessive), start}; or null. An invalid {...} is a literal, as PCRE reads it.
   */
  private int[] quantifier() throws PcreSyntaxError {
    int start = pos;
    int c = peek();
    int min;
    int max;
    if (c == '*') {
      min = 0;
      max = -1;
      pos++;
    } else if (c == '+') {
      min = 1;
      max = -1;
      pos++;
    } else if (c == '?') {
      min = 0;
      max = 1;
      pos++;
    } else if (c == '{' && braceQuantifierLength(pos) > 0) {
      int end = pos + braceQuantifierLength(pos);
      int i = pos + 1;
      long a = 0;
      while (cp[i] != ',' && cp[i] != '}') {
        a = Math.min(a * 10 + (cp[i++] - '0'), Integer.MAX_VALUE);
      }
      long b = a;
      if (cp[i] == ',') {
        i++;
        if (cp[i] == '}') {
          b = -1;
        } else {
          b = 0;
          while (cp[i] != '}') {
            b = Math.min(b * 10 + (cp[i++] - '0'), Integer.MAX_VALUE);
          }
        }
      }
      if (a > MAX_QUANTIFIER || b > MAX_QUANTIFIER) {
        throw error("number too big in {} quantifier", end - 1);
      }
      if (b >= 0 && b < a) {
        throw error("numbers out of order in {} quantifier", end - 1);
      }
      min = (int) a;
      max = (int) b;
      pos = end;
    } else {
      return null;
    }
    while (lookingAt("(?#")) { // a comment may stand between a quantifier and its ? or +
      while (more() && peek() != ')') {
        pos++;
      }
      if (!more()) {
        throw error("missing ) after comment", pos);
      }
      pos++;
    }
    int mode = 0;
    if (peek() == '?') {
      mode = 1;
      pos++;
    } else if (peek() == '+') {
      mode = 2;
      pos++;
    }
    if (on(PcreOptions.UNGREEDY) && mode < 2) {
      mode = 1 - mode;
    }
    return new int[] {min, max, mode, start};
  }

  private boolean peekQuantifier() {
    int c = peek();
    return c == '*' || c == '+' || c == '?' || (c == '{' && braceQuantifierLength(pos) > 0);
  }

  /** The length of a valid {n}, {n,} or {n,m} at {@code i}, or 0. */
  private int braceQuantifierLength(int i) {
    int j = i + 1;
    int digits = 0;
    while (j < cp.length && cp[j] >= '0' && cp[j] <= '9') {
      j++;
      digits++;
    }
    if (digits == 0 || j >= cp.length) {
      return 0;
    }
    if (cp[j] == '}') {
      return j + 1 - i;
    }
    if (cp[j] != ',') {
      return 0;
    }
    j++;
    while (j < cp.length && cp[j] >= '0' && cp[j] <= '9') {
      j++;
    }
    return j < cp.length && cp[j] == '}' ? j + 1 - i : 0;
  }

  private void appendQuantifier(int[] q) {
    int min = q[0];
    int max = q[1];
    if (min == 0 && max == -1) {
      out.append('*');
    } else if (min == 1 && max == -1) {
      out.append('+');
    } else if (min == 0 && max == 1) {
      out.append('?');
    } else if (max == -1) {
      out.append('{').append(min).append(",}");
    } else if (min == max) {
      out.append('{').append(min).append('}');
    } else {
      out.append('{').append(min).append(',').append(max).append('}');
    }
    if (q[2] == 1) {
      out.append('?');
    } else if (q[2] == 2) {
      out.append('+');
    }
  }

  /** Emits one atom; null for what matches nothing (option settings, comments, \E). */
  private Atom atom() throws PcreSyntaxError {
    int c = cp[pos];
    switch (c) {
      case '(':
        return groupAtom();
      case '[':
        if ((peek(1) == ':' || peek(1) == '.' || peek(1) == '=') && posixEnd(pos) > 0) {
          throw error("POSIX named classes are supported only within a class", pos);
        }
        pos++;
        charClass();
        return one();
      case '\\':
        return escape();
      case '.':
        pos++;
        out.append(on(PcreOptions.DOTALL) ? "." : options.newline().dot());
        return one();
      case '^':
        pos++;
        circumflex();
        return ASSERTION;
      case '$':
        pos++;
        dollar();
        return ASSERTION;
      case '*':
      case '+':
      case '?':
        throw error("nothing to repeat", pos);
      case '{':
        if (braceQuantifierLength(pos) > 0) {
          int end = pos + braceQuantifierLength(pos) - 1;
          quantifier(); // its own errors come first
          throw error("nothing to repeat", end);
        }
        pos++;
        literal(c);
        return one();
      default:
        pos++;
        literal(c);
        return one();
    }
  }

  private void circumflex() {
    if (!on(PcreOptions.MULTILINE)) {
      out.append(notbol ? "(?!)" : "\\A");
      return;
    }
    String afterNewline = "(?<=" + options.newline().regex + ")(?!\\z)";
    out.append(notbol ? "(?:" + afterNewline + ")" : "(?:\\A|" + afterNewline + ")");
  }

  private void dollar() {
    String nl = options.newline().regex;
    if (on(PcreOptions.MULTILINE)) {
      out.append(noteol ? "(?=" + nl + ")" : "(?=" + nl + "|\\z)");
    } else if (noteol) {
      out.append("(?!)");
    } else if (on(PcreOptions.DOLLAR_ENDONLY)) {
      out.append("\\z");
    } else {
      out.append("(?=(?:").append(nl).append(")?\\z)");
    }
  }

  private void literal(int c) {
    hasCrOrLf |= c == '\r' || c == '\n';
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
      out.append((char) c);
    } else {
      out.append("\\x{").append(Integer.toHexString(c)).append('}');
    }
  }

  // ---- groups

  private Atom groupAtom() throws PcreSyntaxError {
    int open = pos;
    pos++;
    if (peek() == '*' && (peek(1) == ':' || tableLetter(peek(1)))) {
      return verb(open);
    }
    if (peek() != '?') {
      if (on(PcreOptions.NO_AUTO_CAPTURE)) {
        return groupBody("(?:", false, false);
      }
      return capturingGroup(null);
    }
    pos++;
    int c = peek();
    switch (c) {
      case '#':
        while (more() && peek() != ')') {
          pos++;
        }
        if (!more()) {
          throw error("missing ) after comment", pos);
        }
        pos++;
        return null;
      case ':':
        pos++;
        return groupBody("(?:", false, false);
      case '|':
        pos++;
        return branchReset();
      case '>':
        pos++;
        return groupBody("(?>", false, false);
      case '=':
        pos++;
        return groupBody("(?=", false, true);
      case '!':
        pos++;
        return groupBody("(?!", false, true);
      case '<':
        if (peek(1) == '=' || peek(1) == '!') {
          String open2 = peek(1) == '=' ? "(?<=" : "(?<!";
          pos += 2;
          return groupBody(open2, true, true);
        }
        pos++;
        return capturingGroup(name('>'));
      case '\'':
        pos++;
        return capturingGroup(name('\''));
      case 'P':
        pos++;
        if (peek() == '<') {
          pos++;
          return capturingGroup(name('>'));
        }
        if (peek() == '=') {
          pos++;
          int at = pos;
          String n = name(')');
          namedBackref(n, at);
          return new Atom(-1, true, false);
        }
        if (peek() == '>') {
          pos++;
          String n = nameBefore(')');
          return subroutineCall(namedCallNumber(n), open);
        }
        throw error("unrecognized character after (?P", pos);
      case '(':
        return conditional(open);
      case '+':
        if (!(peek(1) >= '0' && peek(1) <= '9')) {
          throw error("digit expected after (?+", pos + 1);
        }
        return numberedCall(open);
      case 'R':
        throw error(UNSUPPORTED + "recursion", open);
      case '&': {
        pos++;
        String n = nameBefore(')');
        return subroutineCall(namedCallNumber(n), open);
      }
      case 'C':
        callout();
        return null;
      default:
        if (c == '-' && peek(1) >= '0' && peek(1) <= '9' || c >= '0' && c <= '9') {
          return numberedCall(open);
        }
        return optionSetting();
    }
  }

  /** (?n), (?+n), (?-n). */
  private Atom numberedCall(int open) throws PcreSyntaxError {
    int number = callNumber();
    if (peek() != ')') {
      throw error("(?R or (?[+-]digits must be followed by )", pos);
    }
    if (number <= 0) { // only a relative call can name no group; PCRE says so at once
      throw error("reference to non-existent subpattern", pos);
    }
    return subroutineCall(number, open);
  }

  /** A name up to {@code terminator}, the cursor left on the terminator. */
  private String nameBefore(int terminator) throws PcreSyntaxError {
    String n = name(terminator);
    pos--;
    return n;
  }

  /** (?C) or (?Cn): OTP installs no callout function, so a callout matches nothing and does nothing. */
  private void callout() throws PcreSyntaxError {
    pos++;
    long n = 0;
    while (peek() >= '0' && peek() <= '9') {
      n = Math.min(n * 10 + (cp[pos++] - '0'), Integer.MAX_VALUE);
    }
    if (n > 255) {
      throw error("number after (?C is > 255", pos);
    }
    if (peek() != ')') {
      throw error("closing ) for (?C expected", pos);
    }
    pos++;
  }

  /**
   * (?(condition)yes|no). An assertion condition becomes {@code (?:A yes|!A no)}; conditions on
   * groups, recursion or DEFINE have no java.util.regex equivalent.
   */
  private Atom conditional(int open) throws PcreSyntaxError {
    pos++; // the condition's '('
    if (!more()) {
      throw error("assertion expected after (?( or (?(?C)", pos);
    }
    if (peek() == '?' && peek(1) == 'C') {
      // (?(?Cn)(?=...)yes|no): a callout before the assertion, which does nothing here.
      int at = pos - 1;
      pos++;
      callout();
      if (!(lookingAt("(?=") || lookingAt("(?!") || lookingAt("(?<=") || lookingAt("(?<!"))) {
        throw error("assertion expected after (?( or (?(?C)", at);
      }
      pos++;
    }
    if (peek() == '?' && !(peek(1) == '=' || peek(1) == '!' || peek(1) == '<')) {
      throw error("assertion expected after (?( or (?(?C)", pos);
    }
    if (peek() != '?' || !(peek(1) == '=' || peek(1) == '!' || (peek(1) == '<' && (peek(2) == '=' || peek(2) == '!')))) {
      return groupConditional(open);
    }
    int groupsBefore = captureCount;
    int mark = out.length();
    boolean behind = peek(1) == '<';
    pos += behind ? 3 : 2;
    boolean positive = cp[pos - 1] == '=';
    String opener = (behind ? "(?<" : "(?") + (positive ? "=" : "!");
    groupBody(opener, behind, true);
    if (captureCount != groupsBefore) {
      throw error(UNSUPPORTED + "capturing groups in a condition", open);
    }
    String condition = out.substring(mark);
    String negated = (behind ? "(?<" : "(?") + (positive ? "!" : "=") + condition.substring(opener.length());
    out.setLength(mark);
    int saved = flags;
    return conditionalBranches("(?:" + condition, negated, saved);
  }

  /**
   * The branches of a conditional group once its condition is translated: {@code yes} runs where
   * {@code condition} holds and {@code no} where {@code negated} does, as
   * {@code (?:COND(?:yes)|NEGATED(?:no))}; the no branch may be empty.
   */
  private Atom conditionalBranches(String opening, String negated, int savedFlags) throws PcreSyntaxError {
    out.append(opening).append("(?:");
    sequence(false);
    out.append(")|").append(negated).append("(?:");
    if (peek() == '|') {
      pos++;
      sequence(false);
      if (peek() == '|') {
        while (peek() == '|') { // PCRE reports it where the group ends
          pos++;
          sequence(false);
        }
        if (prescan != null || !more()) { // PCRE counts the branches on its second pass
          throw error(more() ? "conditional group contains more than two branches" : "missing )", pos);
        }
      }
    }
    out.append("))");
    closeGroup();
    setFlags(savedFlags);
    return group(-1);
  }

  /**
   * (?(n)yes|no), (?(+n)..), (?(-n)..), (?(<name>)..), (?('name')..), (?(name)..): whether the
   * group has been set is whether its empty set-marker group is, which a back reference to the
   * marker tests without consuming anything.
   */
  private Atom groupConditional(int open) throws PcreSyntaxError {
    List<Integer> numbers = new ArrayList<>();
    int c = peek();
    if ((c >= '0' && c <= '9') || ((c == '+' || c == '-') && peek(1) >= '0' && peek(1) <= '9')) {
      if (c == '+' || c == '-') {
        pos++;
      }
      long n = 0;
      while (peek() >= '0' && peek() <= '9') {
        n = Math.min(n * 10 + (cp[pos++] - '0'), Integer.MAX_VALUE);
      }
      int number = c == '+' ? captureCount + (int) n : c == '-' ? captureCount + 1 - (int) n : (int) n;
      if (peek() != ')') {
        throw error("malformed number or name after (?(", pos);
      }
      pos++;
      if (number <= 0) {
        throw error(c == '-' || c == '+' ? "reference to non-existent subpattern" : "invalid condition (?(0)", pos);
      }
      conditionNumbers.add(number);
      numbers.add(number);
    } else {
      String name;
      if (c == '<' || c == '\'') {
        pos++;
        name = name(c == '<' ? '>' : '\'');
      } else if (c == 'R' || lookingAt("DEFINE)")) {
        throw error(UNSUPPORTED + "recursion and DEFINE conditions", open);
      } else if (c >= 0 && c < 128 && isWordChar(c)) {
        name = name(')');
        pos--;
      } else {
        throw error("malformed number or name after (?(", pos);
      }
      if (peek() != ')') {
        throw error("malformed number or name after (?(", pos);
      }
      pos++;
      conditionNames.add(name);
      if (prescan != null) {
        List<Integer> named = prescan.names.get(name);
        if (named == null) {
          throw error("reference to non-existent subpattern", pos);
        }
        numbers.addAll(named);
      }
    }
    StringBuilder set = new StringBuilder("(?:");
    boolean any = false;
    for (int number : numbers) {
      if (prescan != null && number > prescan.captureCount) {
        throw error("reference to non-existent subpattern", pos);
      }
      List<Integer> markers = prescan == null ? null : prescan.setMarkers.get(number);
      for (int m : markers == null ? List.<Integer>of() : markers) {
        set.append(any ? "|" : "").append('\\').append(m);
        any = true;
      }
    }
    set.append(')');
    String isSet = any ? set.toString() : "(?:)"; // only in a pass whose output is discarded
    int saved = flags;
    return conditionalBranches("(?:(?=" + isSet + ")", "(?!" + isSet + ")", saved);
  }

  /** (?imsxJUX-imsxJUX) or (?imsx-imsx: ... ). */
  private Atom optionSetting() throws PcreSyntaxError {
    int on = 0;
    int off = 0;
    boolean negate = false;
    while (true) {
      int c = peek();
      int bit;
      switch (c) {
        case 'i' -> bit = PcreOptions.CASELESS;
        case 'm' -> bit = PcreOptions.MULTILINE;
        case 's' -> bit = PcreOptions.DOTALL;
        case 'x' -> bit = PcreOptions.EXTENDED;
        case 'J' -> bit = PcreOptions.DUPNAMES;
        case 'U' -> bit = PcreOptions.UNGREEDY;
        case 'X' -> bit = 0;
        case '-' -> {
          negate = true;
          pos++;
          continue;
        }
        case ')', ':' -> bit = -1;
        default -> throw error("unrecognized character after (? or (?-", pos);
      }
      if (bit == -1) {
        break;
      }
      if (negate) {
        off |= bit;
      } else {
        on |= bit;
      }
      pos++;
    }
    int newFlags = (flags | on) & ~off;
    if (peek() == ')') {
      pos++;
      setFlags(newFlags);
      return null;
    }
    pos++; // ':'
    int saved = flags;
    out.append("(?:");
    setFlags(newFlags);
    int width = alternation(false);
    closeGroup();
    setFlags(saved);
    out.append(')');
    return group(width);
  }

  /** Changes the current options; the case-folding one is Java's to apply. */
  private void setFlags(int newFlags) {
    boolean wasCaseless = on(PcreOptions.CASELESS);
    boolean caseless = (newFlags & PcreOptions.CASELESS) != 0;
    if (wasCaseless != caseless) {
      out.append(caseless ? "(?i)" : "(?-i)");
    }
    flags = newFlags;
  }

  private void closeGroup() throws PcreSyntaxError {
    if (peek() != ')') {
      throw error("missing )", pos);
    }
    pos++;
  }

  /** A group whose inner options end with it; returns its atom. */
  private Atom groupBody(String open, boolean lookbehind, boolean assertion) throws PcreSyntaxError {
    int saved = flags;
    out.append(open);
    int width = alternation(lookbehind);
    if (lookbehind && width < 0) {
      if (!more()) {
        throw error("missing )", pos);
      }
      throw error("lookbehind assertion is not fixed length", pos);
    }
    closeGroup();
    setFlags(saved);
    out.append(')');
    return assertion ? new Atom(0, true, false) : group(width);
  }

  private Atom capturingGroup(String name) throws PcreSyntaxError {
    if (!inlining.isEmpty()) {
      return groupBody("(?:", false, false); // a subroutine call captures nothing
    }
    int number = ++captureCount;
    int java = ++javaGroupCount;
    if (number < groupMap.size()) {
      groupMap.get(number).add(java); // a branch reset's later alternative
    } else {
      groupMap.add(new ArrayList<>(List.of(java)));
    }
    if (name != null) {
      List<Integer> numbers = names.computeIfAbsent(name, k -> new ArrayList<>());
      if (!numbers.isEmpty() && !on(PcreOptions.DUPNAMES) && !numbers.contains(number)) {
        throw error("two named subpatterns have the same name", pos - 1);
      }
      if (!numbers.contains(number)) {
        numbers.add(number);
      }
    }
    boolean conditioned = prescan != null
        && (prescan.conditionNumbers.contains(number) || (name != null && prescan.conditionNames.contains(name)));
    int bodyStart = pos;
    int bodyFlags = flags;
    Atom atom;
    if (!conditioned) {
      atom = groupBody("(", false, false);
    } else {
      int saved = flags;
      out.append('(');
      int width = alternation(false);
      closeGroup();
      setFlags(saved);
      setMarkers.computeIfAbsent(number, k -> new ArrayList<>()).add(++javaGroupCount);
      out.append("())");
      atom = group(width);
    }
    groupBodies.putIfAbsent(number, new int[] {bodyStart, pos - 1, bodyFlags});
    return atom;
  }

  /**
   * A subroutine call to group {@code number}, the cursor on the call's terminator. PCRE 8 runs
   * the group's pattern as an atomic group with the options of its definition, and the captures
   * it makes are undone afterwards: so the group's body is inlined, atomic and non-capturing.
   * A call from inside the group itself is recursion, which java.util.regex cannot do.
   */
  private Atom subroutineCall(int number, int open) throws PcreSyntaxError {
    int terminator = pos;
    pos++;
    if (number == 0) {
      throw error(UNSUPPORTED + "recursion", open);
    }
    if (prescan == null) {
      out.append("(?:)");
      return new Atom(-1, true, false);
    }
    int[] body = prescan.groupBodies.get(number);
    if (body == null || number > prescan.captureCount) {
      throw error("reference to non-existent subpattern", terminator);
    }
    if ((open > body[0] && open < body[1]) || inlining.contains(number)) {
      throw error(UNSUPPORTED + "recursion", open);
    }
    int savedPos = pos;
    int savedFlags = flags;
    int savedCount = captureCount;
    inlining.push(number);
    pos = body[0];
    captureCount = number;
    out.append("(?>");
    setFlags(body[2]);
    int width = alternation(false);
    out.append(')');
    flags = savedFlags; // Java's inline options end with the group, as PCRE's do
    inlining.pop();
    pos = savedPos;
    captureCount = savedCount;
    return new Atom(width, true, false);
  }

  /** The number a relative or absolute call or reference names: +n, -n or n, read at the cursor. */
  private int callNumber() {
    int sign = peek() == '+' ? 1 : peek() == '-' ? -1 : 0;
    if (sign != 0) {
      pos++;
    }
    long n = 0;
    while (peek() >= '0' && peek() <= '9') {
      n = Math.min(n * 10 + (cp[pos++] - '0'), Integer.MAX_VALUE);
    }
    return sign > 0 ? captureCount + (int) n : sign < 0 ? captureCount + 1 - (int) n : (int) n;
  }

  /** The group a named call refers to (0x7fffffff: none, which the call reports). */
  private int namedCallNumber(String name) {
    if (prescan == null) {
      return 1;
    }
    List<Integer> numbers = prescan.names.get(name);
    return numbers == null ? Integer.MAX_VALUE : numbers.get(0);
  }

  /** (?|...): each alternative numbers its groups from the same start. */
  private Atom branchReset() throws PcreSyntaxError {
    int saved = flags;
    int base = captureCount;
    int highest = base;
    out.append("(?:");
    while (true) {
      captureCount = base;
      sequence(false);
      highest = Math.max(highest, captureCount);
      if (peek() != '|') {
        break;
      }
      pos++;
      out.append('|');
    }
    captureCount = highest;
    closeGroup();
    setFlags(saved);
    out.append(')');
    return group(-1);
  }

  /** A group name up to {@code terminator}, consumed with it. */
  private String name(int terminator) throws PcreSyntaxError {
    int start = pos;
    if (peek() >= '0' && peek() <= '9') {
      throw error("group name must start with a non-digit", pos);
    }
    while (more() && isWordChar(peek())) {
      pos++;
    }
    if (pos - start > MAX_NAME) {
      throw error("subpattern name is too long (maximum 32 characters)", pos);
    }
    if (pos == start) {
      throw error("unrecognized character after (?<", pos);
    }
    if (peek() != terminator) {
      throw error("syntax error in subpattern name (missing terminator)", pos);
    }
    String n = new String(cp, start, pos - start);
    pos++;
    return n;
  }

  /**
   * Whether PCRE's Latin-1 character table calls {@code c} a letter; PCRE looks at bytes, so in
   * UTF-8 mode it is the first byte of the character's encoding that counts.
   */
  private boolean tableLetter(int c) {
    if (c < 0) {
      return false;
    }
    int b = !utf() || c < 0x80 ? c : c < 0x800 ? 0xc0 | (c >> 6) : c < 0x10000 ? 0xe0 | (c >> 12) : 0xf0 | (c >> 18);
    return (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || b == 0xaa || b == 0xb5 || b == 0xba
        || (b >= 0xc0 && b <= 0xff && b != 0xd7 && b != 0xf7);
  }

  private static boolean isWordChar(int c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
  }

  private Atom verb(int open) throws PcreSyntaxError {
    int close = pos + 1;
    while (close < cp.length && (cp[close] == '_' || tableLetter(cp[close]))) {
      close++;
    }
    if (close < cp.length && cp[close] == ':') {
      while (close < cp.length && cp[close] != ')') {
        close++;
      }
    }
    if (close >= cp.length || cp[close] != ')') {
      throw error("(*VERB) not recognized or malformed", close);
    }
    String v = new String(cp, pos + 1, close - pos - 1);
    if (v.equals("FAIL") || v.equals("F")) {
      pos = close + 1;
      out.append("(?!)");
      return ASSERTION;
    }
    if (v.matches("(ACCEPT|COMMIT|PRUNE|SKIP|THEN|MARK|)(:.*)?|PRUNE:.*|THEN:.*|SKIP:.*|:.*")) {
      throw error(UNSUPPORTED + "backtracking control verbs", open);
    }
    throw error("(*VERB) not recognized or malformed", close);
  }

  // ---- escapes

  private Atom escape() throws PcreSyntaxError {
    int start = pos;
    pos++;
    if (!more()) {
      throw error("\\ at end of pattern", pos);
    }
    int c = cp[pos++];
    switch (c) {
      case 'A':
        out.append("\\A");
        return ASSERTION;
      case 'z':
        out.append("\\z");
        return ASSERTION;
      case 'Z':
        out.append("(?=(?:").append(options.newline().regex).append(")?\\z)");
        return ASSERTION;
      case 'G':
        out.append("\\G");
        return ASSERTION;
      case 'b':
        out.append(wordBoundary(true));
        return ASSERTION;
      case 'B':
        out.append(wordBoundary(false));
        return ASSERTION;
      case 'K':
        if (!inlining.isEmpty()) {
          return ASSERTION; // \K in a subroutine call does not move the match start
        }
        kGroups.add(++javaGroupCount);
        out.append("()");
        return ASSERTION;
      case 'Q':
        return quoted();
      case 'E':
        return null;
      case 'R':
        out.append(options.bsrAnycrlf() ? "(?>\\r\\n|\\r|\\n)" : "(?>\\r\\n|[\\n\\x{b}\\f\\r\\x{85}\\x{2028}\\x{2029}])");
        return new Atom(-1, true, false);
      case 'X':
        out.append("\\X");
        return new Atom(-1, true, false);
      case 'C':
        if (utf()) {
          throw error(UNSUPPORTED + "\\C in UTF-8 mode", start);
        }
        out.append("[\\x{0}-\\x{ff}]");
        return one();
      case 'N':
        if (peek() == '{' && braceQuantifierLength(pos) == 0) {
          throw error("PCRE does not support \\L, \\l, \\N{name}, \\U, or \\u", pos - 1);
        }
        out.append(options.newline().dot());
        return one();
      case 'L':
      case 'l':
      case 'U':
      case 'u':
        throw error("PCRE does not support \\L, \\l, \\N{name}, \\U, or \\u", pos - 1);
      case 'g':
        return gReference(start);
      case 'k':
        return kReference();
      default:
        break;
    }
    if (c >= '1' && c <= '9') {
      pos--;
      int n = decimalBackref();
      if (n > 0) {
        backref(n, pos - 1);
        return new Atom(-1, true, false);
      }
      literal(c >= '8' ? cp[pos++] : octal(pos));
      return one();
    }
    String cls = classEscape(c, false);
    if (cls != null) {
      if ((c == 'p' || c == 'P') && on(PcreOptions.CASELESS)) {
        cls = "(?-i:" + cls + ")"; // PCRE's properties ignore caseless; Java's would fold
      }
      out.append(cls);
      if ((c == 'w' || c == 'W') && utf() && !ucp()) {
        // PCRE 8 in UTF-8 mode tests the mandatory repetitions of a quantified \w against ASCII
        // only, the optional ones (and a lone \w) against the Latin-1 table: erl shows that
        // "\\w+" cannot match "é" while "\\w*" and "\\w" can.
        return new Atom(1, true, false, c == 'w' ? "[0-9A-Z_a-z]" : "[^0-9A-Z_a-z]");
      }
      return one();
    }
    pos--;
    int ch = characterEscape(false);
    literal(ch);
    return one();
  }

  /** \Q...\E: literal characters, repeatable only as the last one. */
  private Atom quoted() {
    int n = 0;
    while (more() && !lookingAt("\\E")) {
      literal(cp[pos++]);
      n++;
    }
    if (more()) {
      pos += 2;
    }
    if (n == 0) {
      return null;
    }
    return n == 1 ? one() : new Atom(n, true, true);
  }

  /**
   * \1..\9 and multi-digit numbers that name a group: the group number; 0 when the digits are an
   * octal escape (or a literal 8/9) instead, cursor left on the first digit.
   */
  private int decimalBackref() {
    int start = pos;
    long n = 0;
    while (more() && peek() >= '0' && peek() <= '9') {
      n = Math.min(n * 10 + (cp[pos++] - '0'), Integer.MAX_VALUE);
    }
    if (n < 8 || n <= captureCount) {
      return (int) n;
    }
    pos = start;
    return 0;
  }

  private Atom gReference(int start) throws PcreSyntaxError {
    int c = peek();
    if (!more()) {
      throw error("a numbered reference must not be zero", pos - 1);
    }
    if (c == '<' || c == '\'') {
      int terminator = c == '<' ? '>' : '\'';
      pos++;
      if (peek() == '+' || peek() == '-' || (peek() >= '0' && peek() <= '9')) {
        int number = callNumber();
        if (peek() != terminator) {
          throw error("\\g is not followed by a braced, angle-bracketed, or quoted name/number or by a plain number", pos);
        }
        if (number <= 0) {
          throw error("reference to non-existent subpattern", pos);
        }
        return subroutineCall(number, start);
      }
      String n = nameBefore(terminator);
      return subroutineCall(namedCallNumber(n), start);
    }
    boolean braced = c == '{';
    if (braced) {
      pos++;
    }
    boolean negative = peek() == '-';
    boolean plus = peek() == '+';
    if (negative || plus) {
      pos++;
    }
    if (peek() >= '0' && peek() <= '9') {
      long n = 0;
      while (peek() >= '0' && peek() <= '9') {
        n = Math.min(n * 10 + (cp[pos++] - '0'), Integer.MAX_VALUE);
      }
      if (braced) {
        if (peek() != '}') {
          throw error("\\g is not followed by a braced, angle-bracketed, or quoted name/number or by a plain number", pos);
        }
        pos++;
      }
      if (n == 0) {
        throw error("a numbered reference must not be zero", pos - 1);
      }
      if (plus) {
        throw error("\\g is not followed by a braced, angle-bracketed, or quoted name/number or by a plain number", pos);
      }
      int number = negative ? captureCount + 1 - (int) n : (int) n;
      if (number <= 0) {
        throw error("reference to non-existent subpattern", pos - 1);
      }
      backref(number, pos - 1);
      return new Atom(-1, true, false);
    }
    if (braced && !negative && !plus) {
      int at = pos;
      String n = name('}');
      namedBackref(n, at);
      return new Atom(-1, true, false);
    }
    throw error("\\g is not followed by a braced, angle-bracketed, or quoted name/number or by a plain number", pos);
  }

  private Atom kReference() throws PcreSyntaxError {
    int c = peek();
    int terminator = c == '<' ? '>' : c == '\'' ? '\'' : c == '{' ? '}' : -1;
    if (terminator < 0) {
      throw error("\\k is not followed by a braced, angle-bracketed, or quoted name", pos - 1);
    }
    pos++;
    int at = pos;
    String n = name(terminator);
    namedBackref(n, at);
    return new Atom(-1, true, false);
  }

  private void namedBackref(String name, int at) throws PcreSyntaxError {
    if (prescan == null) {
      out.append("(?:)");
      return;
    }
    List<Integer> numbers = prescan.names.get(name);
    if (numbers == null) {
      throw error("reference to non-existent subpattern", pos - 1);
    }
    out.append("(?:");
    for (int i = 0; i < numbers.size(); i++) {
      out.append(i > 0 ? "|" : "");
      appendJavaBackref(numbers.get(i));
    }
    out.append(')');
  }

  private void backref(int number, int at) {
    if (number > maxBackref) {
      maxBackref = number;
      maxBackrefOffset = offsetAt(cp.length);
    }
    if (prescan == null || number > prescan.captureCount) {
      out.append("(?:)");
      return;
    }
    out.append("(?:");
    appendJavaBackref(number);
    out.append(')');
  }

  /** A back reference to PCRE group {@code number}: any of the Java groups standing for it. */
  private void appendJavaBackref(int number) {
    List<Integer> javas = prescan.groupMap.get(number);
    for (int i = 0; i < javas.size(); i++) {
      out.append(i > 0 ? "|" : "").append('\\').append(javas.get(i));
    }
  }

  private String wordBoundary(boolean boundary) {
    String w = ucp() ? "[\\p{L}\\p{N}_]" : "[" + CharacterTables.LATIN1_WORD + "]";
    return boundary
        ? "(?:(?<=" + w + ")(?!" + w + ")|(?<!" + w + ")(?=" + w + "))"
        : "(?:(?<=" + w + ")(?=" + w + ")|(?<!" + w + ")(?!" + w + "))";
  }

  /**
   * The Java regex for a class escape (\d, \w, \p{..}, ...) whose letter was just read, or null.
   * Inside a character class the result is class content without brackets where possible.
   */
  private String classEscape(int c, boolean inClass) throws PcreSyntaxError {
    switch (c) {
      case 'd', 'D', 's', 'S', 'w', 'W': {
        String body;
        if (ucp()) {
          body = c == 'd' || c == 'D' ? "\\p{Nd}" : c == 's' || c == 'S' ? "\\p{Z}\\h\\v" : "\\p{L}\\p{N}_";
        } else if (c == 'w' || c == 'W') {
          body = CharacterTables.LATIN1_WORD;
        } else {
          return "\\" + (char) c; // Java's ASCII \\d and \\s are PCRE's
        }
        if (Character.isLowerCase(c)) {
          return inClass ? body : "[" + body + "]";
        }
        return "[^" + body + "]";
      }
      case 'h', 'H', 'v', 'V':
        return "\\" + (char) c;
      case 'p', 'P':
        return property(c == 'P', inClass);
      default:
        return null;
    }
  }

  private String property(boolean negated, boolean inClass) throws PcreSyntaxError {
    String name;
    if (peek() == '{') {
      int start = ++pos;
      while (more() && peek() != '}') {
        pos++;
      }
      if (!more()) {
        throw error("malformed \\P or \\p sequence", pos);
      }
      name = new String(cp, start, pos - start);
      pos++;
    } else if (more()) {
      name = new String(cp, pos++, 1);
    } else {
      throw error("malformed \\P or \\p sequence", pos);
    }
    if (name.startsWith("^")) {
      negated = !negated;
      name = name.substring(1);
    }
    String body = CharacterTables.property(name);
    if (body == null) {
      throw error("unknown property name after \\P or \\p", pos - 1);
    }
    if (!negated) {
      return inClass ? body : "[" + body + "]";
    }
    return "[^" + body + "]";
  }

  /**
   * A single-character escape at the cursor (just after the backslash): \n, \x.., octal, \cX, an
   * escaped literal. Returns the character.
   */
  private int characterEscape(boolean inClass) throws PcreSyntaxError {
    int c = cp[pos++];
    switch (c) {
      case 'a':
        return 7;
      case 'e':
        return 0x1b;
      case 'f':
        return '\f';
      case 'n':
        return '\n';
      case 'r':
        return '\r';
      case 't':
        return '\t';
      case 'b':
        return 8; // only reached inside a class: backspace
      case 'c': {
        if (!more()) {
          throw error("\\c at end of pattern", pos);
        }
        int x = cp[pos++];
        if (x > 127) {
          throw error("\\c must be followed by an ASCII character", pos - 1);
        }
        if (x >= 'a' && x <= 'z') {
          x -= 32;
        }
        return x ^ 0x40;
      }
      case 'x':
        return hexEscape();
      case 'o':
        return braceOctal();
      case '0':
        return octal(pos - 1);
      default:
        break;
    }
    if (c >= '1' && c <= '7') {
      return octal(pos - 1);
    }
    return c;
  }

  private int hexEscape() throws PcreSyntaxError {
    if (peek() == '{') {
      pos++;
      long v = 0;
      int digits = 0;
      while (more() && Character.digit(peek(), 16) >= 0 && peek() < 128) {
        v = Math.min(v * 16 + Character.digit(cp[pos++], 16), Integer.MAX_VALUE);
        digits++;
      }
      if (peek() == '}' && digits > 0) {
        pos++;
        return checkedChar(v, pos - 1);
      }
      throw error("non-hex character in \\x{} (closing brace missing?)", pos);
    }
    int v = 0;
    for (int i = 0; i < 2 && more() && Character.digit(peek(), 16) >= 0 && peek() < 128; i++) {
      v = v * 16 + Character.digit(cp[pos++], 16);
    }
    return v;
  }

  private int braceOctal() throws PcreSyntaxError {
    int letter = pos - 1;
    if (peek() != '{') {
      return 'o';
    }
    pos++;
    long v = 0;
    int digits = 0;
    while (more() && peek() >= '0' && peek() <= '7') {
      v = Math.min(v * 8 + (cp[pos++] - '0'), Integer.MAX_VALUE);
      digits++;
    }
    if (digits == 0) {
      throw error("digits missing in \\x{} or \\o{}", letter);
    }
    if (peek() != '}') {
      throw error("non-octal character in \\o{} (closing brace missing?)", pos);
    }
    pos++;
    return checkedChar(v, pos - 1);
  }

  /** Up to three octal digits starting at {@code at} (the first already consumed). */
  private int octal(int at) throws PcreSyntaxError {
    pos = at;
    int v = 0;
    for (int i = 0; i < 3 && more() && peek() >= '0' && peek() <= '7'; i++) {
      v = v * 8 + (cp[pos++] - '0');
    }
    if (pos == at) {
      return cp[pos++]; // \8 or \9: the digit itself
    }
    if (!utf() && v > 0xff) {
      throw error("octal value is greater than \\377 in 8-bit non-UTF-8 mode", pos - 1);
    }
    return v;
  }

  private int checkedChar(long v, int at) throws PcreSyntaxError {
    if (v > (utf() ? 0x10ffff : 0xff)) {
      throw error("character value in \\x{} or \\o{} is too large", at);
    }
    if (utf() && v >= 0xd800 && v <= 0xdfff) {
      throw error("disallowed Unicode code point (>= 0xd800 && <= 0xdfff)", at);
    }
    return (int) v;
  }

  // ---- character classes

  /** A class after its '['; emits a Java class. */
  private void charClass() throws PcreSyntaxError {
    StringBuilder items = new StringBuilder();
    List<String> negatedParts = new ArrayList<>();
    boolean negate = false;
    if (peek() == '^') {
      negate = true;
      pos++;
    }
    boolean first = true;
    while (true) {
      if (!more()) {
        throw error("missing terminating ] for character class", pos);
      }
      int c = peek();
      if (c == ']' && !first) {
        pos++;
        break;
      }
      first = false;
      if (c == '[' && (peek(1) == ':' || peek(1) == '.' || peek(1) == '=') && posixEnd(pos) > 0) {
        int end = posixEnd(pos);
        int kind = peek(1);
        if (kind != ':') {
          throw error("POSIX collating elements are not supported", pos);
        }
        boolean neg = peek(2) == '^';
        String name = new String(cp, pos + (neg ? 3 : 2), end - pos - (neg ? 3 : 2));
        String body = CharacterTables.posix(name, ucp());
        if (body == null) {
          throw error("unknown POSIX class name", pos + 2);
        }
        pos = end + 2;
        if (neg) {
          negatedParts.add(body);
        } else {
          items.append(body);
        }
        continue;
      }
      int lo;
      if (c == '\\') {
        pos++;
        if (!more()) {
          throw error("\\ at end of pattern", pos);
        }
        int e = peek();
        if (e == 'Q') {
          pos++;
          while (more() && !lookingAt("\\E")) {
            items.append(classLiteral(cp[pos++]));
          }
          if (more()) {
            pos += 2;
          }
          continue;
        }
        if (e == 'E') {
          pos++;
          continue;
        }
        if ("dDsSwWhHvVpP".indexOf(e) >= 0) {
          pos++;
          String cls = classEscape(e, true);
          if (cls.startsWith("[^")) {
            negatedParts.add(cls.substring(2, cls.length() - 1));
          } else {
            items.append(cls);
          }
          continue;
        }
        if (e == 'c' && !more()) {
          throw error("\\c at end of pattern", pos);
        }
        if (e == 'L' || e == 'l' || e == 'U' || e == 'u' || (e == 'N' && peek(1) == '{')) {
          throw error("PCRE does not support \\L, \\l, \\N{name}, \\U, or \\u", pos + 1);
        }
        if (e == 'N') {
          throw error("escape sequence is invalid in character class", pos + 1);
        }
        lo = e >= '8' && e <= '9' ? cp[pos++] : characterEscape(true);
      } else {
        lo = c;
        pos++;
      }
      // A range?
      if (peek() == '-' && peek(1) != ']' && peek(1) != -1) {
        int save = pos;
        pos++;
        int hi;
        if (peek() == '\\') {
          pos++;
          if (!more()) {
            throw error("\\ at end of pattern", pos);
          }
          int e = peek();
          if ("dDsSwWhHvVpP".indexOf(e) >= 0) {
            throw error("invalid range in character class", pos);
          }
          hi = e >= '8' && e <= '9' ? cp[pos++] : characterEscape(true);
        } else if (peek() == '[' && peek(1) == ':' && posixEnd(pos) > 0) {
          pos = save;
          items.append(classLiteral(lo));
          continue;
        } else {
          hi = cp[pos++];
        }
        if (hi < lo) {
          throw error("range out of order in character class", pos - 1);
        }
        hasCrOrLf |= lo <= '\r' && hi >= '\n';
        items.append(classLiteral(lo)).append('-').append(classLiteral(hi));
        continue;
      }
      hasCrOrLf |= lo == '\r' || lo == '\n';
      items.append(classLiteral(lo));
    }
    out.append(javaClass(negate, items.toString(), negatedParts));
  }

  /** The end (index of the closing ':') of a POSIX [:name:] at {@code i}, or 0. */
  private int posixEnd(int i) {
    int kind = cp[i + 1];
    for (int j = i + 2; j + 1 < cp.length; j++) {
      if (cp[j] == '\\' || cp[j] == '[' && j > i + 2) {
        return 0;
      }
      if (cp[j] == ']') {
        return 0;
      }
      if (cp[j] == kind && cp[j + 1] == ']') {
        return j;
      }
    }
    return 0;
  }

  /**
   * A Java class: the union of {@code items} and the complements in {@code negatedParts},
   * complemented as a whole if {@code negate}. Java's nested-class negation is avoided by
   * writing complements as lookahead-guarded any-character matches where needed.
   */
  private String javaClass(boolean negate, String items, List<String> negatedParts) {
    if (negatedParts.isEmpty()) {
      if (items.isEmpty()) {
        return negate ? "[\\x{0}-\\x{10ffff}]" : "(?!)";
      }
      return (negate ? "[^" : "[") + items + "]";
    }
    StringBuilder union = new StringBuilder("[");
    if (!items.isEmpty()) {
      union.append('[').append(items).append(']');
    }
    for (String part : negatedParts) {
      union.append("[^").append(part).append(']');
    }
    union.append(']');
    return negate ? "(?:(?!" + union + ")[\\x{0}-\\x{10ffff}])" : union.toString();
  }

  private static String classLiteral(int c) {
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
      return String.valueOf((char) c);
    }
    return "\\x{" + Integer.toHexString(c) + "}";
  }
}
