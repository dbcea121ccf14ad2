package org.jbeamjit.runtime.term;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** erlang:phash2/1,2 against erl over a generated corpus of every kind of term. */
class Phash2Test {
  private static final int CORPUS = 4000;

  @Test
  void matchesErlOverACorpus() {
    List<String> lines = TermOracle.run("phash2", "20250601", Integer.toString(CORPUS));
    assertEquals(CORPUS, lines.size());
    List<String> failures = new ArrayList<>();
    for (String line : lines) {
      String[] parts = line.split(" ", 3);
      long full = Long.parseLong(parts[0]);
      int small = Integer.parseInt(parts[1]);
      Object term = ErlText.parse(parts[2]);
      long got = Phash2.phash2(term, 1L << 32);
      if (got != full || Phash2.phash2(term) != small) {
        failures.add(got + " != " + full + " for " + parts[2]);
      }
    }
    assertTrue(failures.isEmpty(), failures.size() + " of " + CORPUS + " differ, e.g.\n"
        + String.join("\n", failures.subList(0, Math.min(10, failures.size()))));
  }

  @Test
  void rangeIsAModulus() {
    assertEquals(Integer.toUnsignedLong(Phash2.hash(Atom.of("abc"))) % 7, Phash2.phash2(Atom.of("abc"), 7));
    assertEquals(0, Phash2.phash2(Cons.list(1L, 2L), 1));
  }
}
