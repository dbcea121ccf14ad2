package org.jbeamjit.runtime.re;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * PCRE's character classes as java.util.regex class content: the Latin-1 tables OTP's PCRE is
 * built with (word characters, POSIX classes), their Unicode forms under ucp, and the Unicode
 * properties \p{..} knows.
 */
final class CharacterTables {
  private CharacterTables() {}

  /*
   * OTP builds PCRE with character tables for ISO-8859-1, so without ucp the letters, word
   * characters and POSIX classes include the Latin-1 letters (as erl shows, e.g. \w matches
   * 0xE9). Characters above 0xFF are in none of these classes.
   */
  private static final String LATIN1_LOWER = "a-z\\x{aa}\\x{b5}\\x{ba}\\x{df}-\\x{f6}\\x{f8}-\\x{ff}";
  private static final String LATIN1_UPPER = "A-Z\\x{c0}-\\x{d6}\\x{d8}-\\x{de}";
  private static final String LATIN1_ALPHA = "A-Za-z\\x{aa}\\x{b5}\\x{ba}\\x{c0}-\\x{d6}\\x{d8}-\\x{f6}\\x{f8}-\\x{ff}";
  static final String LATIN1_WORD = "0-9_" + LATIN1_ALPHA;

  private static final Map<String, String> POSIX = Map.ofEntries(
      Map.entry("alpha", LATIN1_ALPHA), Map.entry("alnum", "0-9" + LATIN1_ALPHA), Map.entry("ascii", "\\x{0}-\\x{7f}"),
      Map.entry("blank", "\\x{9}\\x{20}"), Map.entry("cntrl", "\\x{0}-\\x{1f}\\x{7f}-\\x{9f}"),
      Map.entry("digit", "0-9"), Map.entry("graph", "\\x{21}-\\x{7e}\\x{a0}-\\x{ff}"), Map.entry("lower", LATIN1_LOWER),
      Map.entry("print", "\\x{20}-\\x{7e}\\x{a0}-\\x{ff}"),
      Map.entry("punct", "\\x{21}-\\x{2f}\\x{3a}-\\x{40}\\x{5b}-\\x{60}\\x{7b}-\\x{7e}\\x{a0}-\\x{a9}\\x{ab}-\\x{b4}"
          + "\\x{b6}-\\x{b9}\\x{bb}-\\x{bf}\\x{d7}\\x{f7}"),
      Map.entry("space", "\\x{9}-\\x{d}\\x{20}"), Map.entry("upper", LATIN1_UPPER),
      Map.entry("word", LATIN1_WORD), Map.entry("xdigit", "0-9A-Fa-f"));

  private static final Map<String, String> POSIX_UCP = Map.ofEntries(
      Map.entry("alpha", "\\p{L}"), Map.entry("alnum", "\\p{L}\\p{N}"), Map.entry("digit", "\\p{Nd}"),
      Map.entry("lower", "\\p{Ll}"), Map.entry("upper", "\\p{Lu}"), Map.entry("space", "\\p{Z}\\h\\v"),
      Map.entry("word", "\\p{L}\\p{N}_"));

  /** A POSIX class ([:name:]) as Java class content, or null if PCRE does not know the name. */
  static String posix(String name, boolean ucp) {
    return ucp ? POSIX_UCP.getOrDefault(name, POSIX.get(name)) : POSIX.get(name);
  }

  private static final Set<String> CATEGORIES = Set.of(
      "C", "Cc", "Cf", "Cn", "Co", "Cs", "L", "Ll", "Lm", "Lo", "Lt", "Lu", "M", "Mc", "Me", "Mn",
      "N", "Nd", "Nl", "No", "P", "Pc", "Pd", "Pe", "Pf", "Pi", "Po", "Ps", "S", "Sc", "Sk", "Sm",
      "So", "Z", "Zl", "Zp", "Zs");

  /** A PCRE property as Java class content, or null if PCRE does not know it. */
  static String property(String name) {
    if (CATEGORIES.contains(name)) {
      return "\\p{" + name + "}";
    }
    switch (name) {
      case "Any":
        return "\\x{0}-\\x{10ffff}";
      case "L&":
        return "\\p{Lu}\\p{Ll}\\p{Lt}";
      case "Xan":
        return "\\p{L}\\p{N}";
      case "Xwd":
        return "\\p{L}\\p{N}_";
      case "Xsp":
      case "Xps":
        return "\\p{Z}\\h\\v";
      default:
        break;
    }
    try {
      Character.UnicodeScript script = Character.UnicodeScript.forName(name);
      if (!name.equals(name.toUpperCase(Locale.ROOT)) || name.length() <= 4) {
        return "\\p{Is" + script.name() + "}";
      }
    } catch (IllegalArgumentException e) {
      return null;
    }
    return null;
  }
}
