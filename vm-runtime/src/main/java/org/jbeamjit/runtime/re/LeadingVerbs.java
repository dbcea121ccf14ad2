package org.jbeamjit.runtime.re;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The (*VERB)s a PCRE pattern may start with, which set options: (*UTF8), (*UCP), the newline
 * conventions (*CR) ... (*ANY), (*BSR_ANYCRLF), (*BSR_UNICODE), (*LIMIT_MATCH=n) and others.
 */
final class LeadingVerbs {
  private LeadingVerbs() {}

  private static final String[] START_VERBS = {
    "UTF8", "UTF", "UCP", "CR", "LF", "CRLF", "ANYCRLF", "ANY", "BSR_ANYCRLF", "BSR_UNICODE",
    "NO_START_OPT", "NO_AUTO_POSSESS"
  };

  private static List<String> verbs(byte[] p) {
    List<String> verbs = new ArrayList<>();
    int i = 0;
    while (i + 2 < p.length && p[i] == '(' && p[i + 1] == '*') {
      int close = i + 2;
      while (close < p.length && p[close] != ')') {
        close++;
      }
      if (close >= p.length) {
        break;
      }
      String v = new String(p, i + 2, close - i - 2, StandardCharsets.ISO_8859_1);
      if (!isStartVerb(v)) {
        break;
      }
      verbs.add(v);
      i = close + 1;
    }
    return verbs;
  }

  private static boolean isStartVerb(String v) {
    if (v.startsWith("LIMIT_MATCH=") || v.startsWith("LIMIT_RECURSION=")) {
      return v.substring(v.indexOf('=') + 1).matches("[0-9]+");
    }
    for (String s : START_VERBS) {
      if (s.equals(v)) {
        return true;
      }
    }
    return false;
  }

  /** The lowest (*LIMIT_MATCH=n) or (*LIMIT_RECURSION=n) of the pattern, or -1. */
  static long matchLimit(byte[] p) {
    long limit = -1;
    for (String v : verbs(p)) {
      if (v.startsWith("LIMIT_")) {
        String digits = v.substring(v.indexOf('=') + 1);
        long n = digits.length() > 18 ? Long.MAX_VALUE / 2 : Long.parseLong(digits);
        limit = limit < 0 ? n : Math.min(limit, n);
      }
    }
    return limit;
  }

  static int length(byte[] p) {
    int n = 0;
    for (String v : verbs(p)) {
      n += v.length() + 3;
    }
    return n;
  }

  static PcreOptions apply(byte[] p, PcreOptions o) {
    for (String v : verbs(p)) {
      o = switch (v) {
        case "UTF8", "UTF" -> o.with(PcreOptions.UTF);
        case "UCP" -> o.with(PcreOptions.UCP);
        case "CR" -> o.withNewline(Newline.CR);
        case "LF" -> o.withNewline(Newline.LF);
        case "CRLF" -> o.withNewline(Newline.CRLF);
        case "ANYCRLF" -> o.withNewline(Newline.ANYCRLF);
        case "ANY" -> o.withNewline(Newline.ANY);
        case "BSR_ANYCRLF" -> o.withBsrAnycrlf(true);
        case "BSR_UNICODE" -> o.withBsrAnycrlf(false);
        default -> o;
      };
    }
    return o;
  }
}
