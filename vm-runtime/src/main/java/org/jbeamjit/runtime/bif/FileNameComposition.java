package org.jbeamjit.runtime.bif;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Map;

/**
 * The composition {@code prim_file:internal_normalize_utf8/1} applies to file names: not Unicode
 * NFC, but OTP's own table lookup. From each position, the longest run of up to three characters
 * that is the full canonical decomposition of a precomposed character becomes that character;
 * nothing is decomposed or reordered first, composition exclusions compose too, and only
 * characters of the Basic Multilingual Plane other than Hangul syllables are made. Where several characters share a decomposition (a singleton such as
 * U+212B ANGSTROM SIGN and U+00C5), the one that is its own NFC form wins.
 */
final class FileNameComposition {
  private static final int LONGEST = 3;

  private FileNameComposition() {}

  private static final class Table {
    /** Decomposition (as a string of code points) to the precomposed character. */
    static final Map<String, Integer> COMPOSED = build();

    private static Map<String, Integer> build() {
      Map<String, Integer> map = new HashMap<>();
      for (int c = 0; c <= 0xFFFF; c++) {
        if ((c >= 0xAC00 && c <= 0xD7A3) || Character.isSurrogate((char) c)) {
          continue;
        }
        String s = new String(Character.toChars(c));
        if (Normalizer.isNormalized(s, Normalizer.Form.NFD)) {
          continue;
        }
        String d = Normalizer.normalize(s, Normalizer.Form.NFD);
        int length = d.codePointCount(0, d.length());
        if (length < 2 || length > LONGEST) {
          continue;
        }
        Integer other = map.get(d);
        if (other == null || !isOwnNfc(other) && isOwnNfc(c)) {
          map.put(d, c);
        }
      }
      return map;
    }

    private static boolean isOwnNfc(int c) {
      return Normalizer.isNormalized(new String(Character.toChars(c)), Normalizer.Form.NFC);
    }
  }

  /** The name with its decomposed sequences composed. */
  static String compose(String name) {
    int[] cps = name.codePoints().toArray();
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < cps.length) {
      int taken = 1;
      int result = cps[i];
      for (int n = Math.min(LONGEST, cps.length - i); n >= 2; n--) {
        Integer c = Table.COMPOSED.get(new String(cps, i, n));
        if (c != null) {
          taken = n;
          result = c;
          break;
        }
      }
      out.appendCodePoint(result);
      i += taken;
    }
    return out.toString();
  }
}
