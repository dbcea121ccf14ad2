package org.jbeamjit.runtime.bif;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
 * binary:match/3, matches/3 and split/3 on generated subjects and pattern sets over a
 * three-letter alphabet (fixed seed), where overlapping and nested patterns are common, against
 * {@code erl} in one batch.
 */
class BinaryRandomOracleTest {
  private static final long SEED = 20250302L;
  private final Random random = new Random(SEED);

  @Test
  void randomSearchesAgreeWithErl(@TempDir Path dir) throws IOException {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < 2500; i++) {
      String subject = word(random.nextInt(40));
      String patterns = patterns();
      int size = subject.length();
      String scope = "";
      if (random.nextInt(3) == 0) {
        int start = random.nextInt(size + 1);
        int len = random.nextBoolean() ? random.nextInt(size - start + 1) : -random.nextInt(start + 1);
        scope = "{scope, {" + start + ", " + len + "}}";
      }
      switch (random.nextInt(3)) {
        case 0 -> lines.add("{binary, match, [<<\"" + subject + "\">>, " + patterns + ", [" + scope + "]]}");
        case 1 -> lines.add("{binary, matches, [<<\"" + subject + "\">>, " + patterns + ", [" + scope + "]]}");
        default -> {
          List<String> opts = new ArrayList<>();
          if (!scope.isEmpty()) {
            opts.add(scope);
          }
          for (String o : new String[] {"global", "trim", "trim_all"}) {
            if (random.nextBoolean()) {
              opts.add(o);
            }
          }
          lines.add("{binary, split, [<<\"" + subject + "\">>, " + patterns + ", [" + String.join(", ", opts) + "]]}");
        }
      }
    }
    Path file = dir.resolve("binary_random.txt");
    Files.writeString(file, String.join("\n", lines), StandardCharsets.UTF_8);
    List<OracleCases.Case> cases = OracleCases.evaluate(Map.of("binary_random.txt", file));
    assertEquals(lines.size(), cases.size());
    List<String> bad = BifCheck.mismatches(cases);
    assertEquals(List.of(), bad.subList(0, Math.min(bad.size(), 20)),
        bad.size() + " of " + cases.size() + " random cases differ from erl (seed " + SEED + ")");
  }

  private String patterns() {
    int n = 1 + random.nextInt(random.nextBoolean() ? 1 : 5);
    List<String> ps = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      ps.add("<<\"" + word(1 + random.nextInt(4)) + "\">>");
    }
    return n == 1 && random.nextBoolean() ? ps.get(0) : "[" + String.join(", ", ps) + "]";
  }

  private String word(int n) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      sb.append((char) ('a' + random.nextInt(3)));
    }
    return sb.toString();
  }
}
