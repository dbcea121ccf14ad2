package org.jbeamjit.runtime.bif;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigInteger;
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
 * Property-style checks: thousands of generated calls (fixed seed) to the arithmetic, bitwise and
 * comparison BIFs on integers around the 64-bit boundary, bignums and floats, and to the float
 * and integer text BIFs, all compared with {@code erl} in one batch.
 */
class BifRandomOracleTest {
  private static final long SEED = 20250125L;
  private final Random random = new Random(SEED);

  @Test
  void randomCallsAgreeWithErl(@TempDir Path dir) throws IOException {
    List<String> lines = new ArrayList<>();
    integerOps(lines);
    mixedOps(lines);
    shifts(lines);
    unaryOps(lines);
    floatText(lines);
    integerText(lines);
    Path file = dir.resolve("random.txt");
    Files.writeString(file, String.join("\n", lines), StandardCharsets.UTF_8);
    List<OracleCases.Case> cases = OracleCases.evaluate(Map.of("random.txt", file));
    assertEquals(lines.size(), cases.size());
    assertTrue(cases.size() > 5000, "only " + cases.size() + " cases");
    List<String> bad = BifCheck.mismatches(cases);
    assertEquals(List.of(), bad.subList(0, Math.min(bad.size(), 40)),
        bad.size() + " of " + cases.size() + " random cases differ from erl (seed " + SEED + ")");
  }

  private void integerOps(List<String> out) {
    String[] ops = {"+", "-", "*", "div", "rem", "band", "bor", "bxor", "<", "==", "=:="};
    for (String op : ops) {
      for (int i = 0; i < 250; i++) {
        out.add(call(op, integer(), integer()));
      }
    }
  }

  private void mixedOps(List<String> out) {
    String[] ops = {"+", "-", "*", "/", "<", "==", "=:=", "min", "max"};
    for (String op : ops) {
      for (int i = 0; i < 150; i++) {
        String a = random.nextBoolean() ? integer() : floatText();
        String b = random.nextBoolean() ? integer() : floatText();
        out.add(call(op, a, b));
      }
    }
  }

  private void shifts(List<String> out) {
    for (String op : new String[] {"bsl", "bsr"}) {
      for (int i = 0; i < 300; i++) {
        long n = random.nextInt(10) == 0 ? random.nextInt(5000) - 2500 : random.nextInt(260) - 130;
        out.add(call(op, integer(), Long.toString(n)));
      }
    }
  }

  private void unaryOps(List<String> out) {
    for (String op : new String[] {"-", "bnot", "abs", "float"}) {
      for (int i = 0; i < 150; i++) {
        out.add(call(op, integer()));
      }
    }
    for (String op : new String[] {"-", "abs", "trunc", "round", "floor", "ceil", "float"}) {
      for (int i = 0; i < 150; i++) {
        out.add(call(op, floatText()));
      }
    }
  }

  private void floatText(List<String> out) {
    for (int i = 0; i < 1500; i++) {
      String f = floatText();
      String opts = switch (random.nextInt(7)) {
        case 0 -> "[]";
        case 1 -> "[short]";
        case 2 -> "[{decimals, " + digits() + "}]";
        case 3 -> "[{decimals, " + digits() + "}, compact]";
        case 4 -> "[{scientific, " + digits() + "}]";
        case 5 -> "[compact, {scientific, " + digits() + "}]";
        default -> "[{decimals, " + random.nextInt(4) + "}]";
      };
      out.add("{erlang, float_to_list, [" + f + ", " + opts + "]}");
    }
    for (int i = 0; i < 300; i++) {
      out.add("{erlang, list_to_float, [\"" + floatText().replace("e", random.nextBoolean() ? "e" : "E") + "\"]}");
    }
  }

  private void integerText(List<String> out) {
    for (int i = 0; i < 400; i++) {
      int base = 2 + random.nextInt(35);
      String n = integer();
      out.add("{erlang, integer_to_list, [" + n + ", " + base + "]}");
      out.add("{erlang, list_to_integer, [integer_to_list(" + n + ", " + base + "), " + base + "]}");
    }
  }

  private String digits() {
    return Integer.toString(random.nextInt(5) == 0 ? random.nextInt(60) : random.nextInt(20));
  }

  private static String call(String op, String... args) {
    return "{erlang, '" + op + "', [" + String.join(", ", args) + "]}";
  }

  /** Small numbers, the 64-bit edges and powers of two on both sides, random longs and bignums. */
  private String integer() {
    BigInteger v;
    switch (random.nextInt(5)) {
      case 0 -> v = BigInteger.valueOf(random.nextInt(41) - 20);
      case 1 -> {
        int k = random.nextInt(6) == 0 ? random.nextInt(300) : 60 + random.nextInt(8);
        v = BigInteger.ONE.shiftLeft(k).add(BigInteger.valueOf(random.nextInt(5) - 2));
      }
      case 2 -> v = BigInteger.valueOf(random.nextLong());
      case 3 -> v = new BigInteger(1 + random.nextInt(200), random);
      default -> v = BigInteger.valueOf(random.nextLong() >> random.nextInt(64));
    }
    return (random.nextBoolean() ? v.negate() : v).toString();
  }

  /** A finite float: random bits, a short decimal, a zero, or one near a boundary (2^53, 2^63, the largest). */
  private String floatText() {
    double d;
    switch (random.nextInt(6)) {
      case 0 -> {
        do {
          d = Double.longBitsToDouble(random.nextLong());
        } while (Double.isNaN(d) || Double.isInfinite(d));
      }
      case 1 -> d = random.nextInt(2000001) / Math.pow(10, random.nextInt(8));
      case 2 -> d = random.nextBoolean() ? 0.0 : -0.0;
      case 3 -> d = Math.scalb(1.0, random.nextBoolean() ? 53 : 63) + (random.nextInt(9) - 4) * 1024.0;
      case 4 -> d = random.nextDouble() * Math.pow(10, random.nextInt(40) - 20);
      default -> d = (random.nextInt(2_000_000) - 1_000_000) + random.nextInt(8) / 8.0;
    }
    if (random.nextInt(4) == 0) {
      d = -d;
    }
    return Double.toString(d).replace('E', 'e');
  }
}
