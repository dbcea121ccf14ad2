package org.jbeamjit.runtime.bif;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Generated chardata (fixed seed) for {@code unicode:characters_to_list/2} and
 * {@code characters_to_binary/2} in every encoding, compared with {@code erl} in one batch: text
 * encoded and then cut at random points into nested lists of binaries and integers, with
 * invalid bytes, lone surrogates and stray terms mixed in now and then.
 */
class UnicodeRandomOracleTest {
  private static final long SEED = 20250301L;
  private static final String[] ENCODINGS = {
    "latin1", "unicode", "utf8", "utf16", "{utf16, big}", "{utf16, little}", "utf32", "{utf32, big}", "{utf32, little}"
  };
  private final Random random = new Random(SEED);

  @Test
  void randomChardataAgreesWithErl(@TempDir Path dir) throws IOException {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < 3000; i++) {
      String enc = ENCODINGS[random.nextInt(ENCODINGS.length)];
      String fun = random.nextBoolean() ? "characters_to_list" : "characters_to_binary";
      lines.add("{unicode, " + fun + ", [" + chardata(enc) + ", " + enc + "]}");
    }
    Path file = dir.resolve("unicode_random.txt");
    Files.writeString(file, String.join("\n", lines), StandardCharsets.UTF_8);
    List<OracleCases.Case> cases = OracleCases.evaluate(Map.of("unicode_random.txt", file));
    assertEquals(lines.size(), cases.size());
    List<String> bad = BifCheck.mismatches(cases);
    assertEquals(List.of(), bad.subList(0, Math.min(bad.size(), 20)),
        bad.size() + " of " + cases.size() + " random cases differ from erl (seed " + SEED + ")");
    assertTrue(cases.size() >= 3000);
  }

  /** Random text in {@code enc}, as bytes, cut into a random deep chardata structure. */
  private String chardata(String enc) {
    int[] cps = text();
    byte[] bytes = encode(cps, enc);
    if (random.nextInt(4) == 0) {
      bytes = damage(bytes);
    }
    if (random.nextInt(6) == 0) {
      return binary(bytes, 0, bytes.length);
    }
    return list(bytes, 0, bytes.length, cps, enc, 0);
  }

  private int[] text() {
    int n = random.nextInt(40) == 0 ? 2000 + random.nextInt(3000) : random.nextInt(12);
    int[] cps = new int[n];
    for (int i = 0; i < n; i++) {
      cps[i] = switch (random.nextInt(5)) {
        case 0 -> random.nextInt(0x80);
        case 1 -> 0x80 + random.nextInt(0x780);
        case 2 -> {
          int c = 0x800 + random.nextInt(0xF800);
          yield c >= 0xD800 && c <= 0xDFFF ? c + 0x800 : c;
        }
        case 3 -> 0x10000 + random.nextInt(0x100000);
        default -> random.nextInt(0x100);
      };
    }
    return cps;
  }

  private static byte[] encode(int[] cps, String enc) {
    StringBuilder sb = new StringBuilder();
    for (int cp : cps) {
      sb.appendCodePoint(enc.equals("latin1") ? cp & 0xFF : cp);
    }
    String s = sb.toString();
    return switch (enc) {
      case "latin1" -> s.getBytes(StandardCharsets.ISO_8859_1);
      case "unicode", "utf8" -> s.getBytes(StandardCharsets.UTF_8);
      case "utf16", "{utf16, big}" -> s.getBytes(StandardCharsets.UTF_16BE);
      case "{utf16, little}" -> s.getBytes(StandardCharsets.UTF_16LE);
      case "utf32", "{utf32, big}" -> s.getBytes(java.nio.charset.Charset.forName("UTF-32BE"));
      default -> s.getBytes(java.nio.charset.Charset.forName("UTF-32LE"));
    };
  }

  /** Overwrites or drops a few bytes, or cuts the end, to make invalid and incomplete input. */
  private byte[] damage(byte[] bytes) {
    if (bytes.length == 0) {
      return new byte[] {(byte) random.nextInt(256)};
    }
    byte[] b = bytes.clone();
    switch (random.nextInt(3)) {
      case 0 -> b[random.nextInt(b.length)] = (byte) pick(0x80, 0xBF, 0xC0, 0xC3, 0xD8, 0xDC, 0xDF, 0xED, 0xF0, 0xF4, 0xF5, 0xFF, 0x00, 0x11);
      case 1 -> b = java.util.Arrays.copyOf(b, b.length - 1 - random.nextInt(Math.min(3, b.length)));
      default -> {
        int at = random.nextInt(b.length);
        byte[] c = new byte[b.length - 1];
        System.arraycopy(b, 0, c, 0, at);
        System.arraycopy(b, at + 1, c, at, b.length - at - 1);
        b = c;
      }
    }
    return b;
  }

  private int pick(int... values) {
    return values[random.nextInt(values.length)];
  }

  /** Bytes {@code [from, to)} as a list of parts: binaries, nested lists, sometimes an improper binary tail. */
  private String list(byte[] b, int from, int to, int[] cps, String enc, int depth) {
    List<String> parts = new ArrayList<>();
    int i = from;
    while (i < to) {
      int n = Math.min(to - i, 1 + random.nextInt(random.nextInt(5) == 0 ? 10000 : 6));
      if (depth < 6 && random.nextInt(5) == 0) {
        parts.add(list(b, i, i + n, cps, enc, depth + 1));
      } else {
        parts.add(binary(b, i, i + n));
      }
      i += n;
      if (random.nextInt(8) == 0) {
        parts.add(extra(enc));
      }
    }
    String tail = "";
    if (parts.size() > 1 && random.nextInt(6) == 0) {
      tail = " | " + parts.remove(parts.size() - 1);
      if (!tail.startsWith(" | <<") && random.nextBoolean()) {
        parts.add(tail.substring(3));
        tail = "";
      }
    }
    return "[" + String.join(", ", parts) + tail + "]";
  }

  /** Something besides the encoded bytes: characters as integers, empty parts, now and then a bad term. */
  private String extra(String enc) {
    return switch (random.nextInt(10)) {
      case 0, 1, 2 -> Integer.toString(random.nextInt(enc.equals("latin1") ? 256 : 0x3000));
      case 3 -> "[]";
      case 4 -> "<<>>";
      case 5 -> Integer.toString(pick(0xD800, 0xDFFF, 0x10FFFF, 0x110000, 256, 255, -1));
      case 6 -> "[" + (0x10000 + random.nextInt(0x1000)) + ", [" + random.nextInt(128) + "]]";
      case 7 -> random.nextInt(4) == 0 ? "atom" : "[]";
      case 8 -> random.nextInt(4) == 0 ? "18446744073709551616" : "\"ab\"";
      default -> random.nextInt(4) == 0 ? "<<1:1>>" : "<<\"z\">>";
    };
  }

  private static String binary(byte[] b, int from, int to) {
    StringBuilder sb = new StringBuilder("<<");
    for (int i = from; i < to; i++) {
      if (i > from) {
        sb.append(',');
      }
      sb.append(b[i] & 0xFF);
    }
    return sb.append(">>").toString();
  }
}
