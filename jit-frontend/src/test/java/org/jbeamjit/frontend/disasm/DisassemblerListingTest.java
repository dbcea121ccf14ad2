package org.jbeamjit.frontend.disasm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.jbeamjit.frontend.BeamLoader;
import org.jbeamjit.testing.Erl;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The listing against {@code erlc -S} for the same source: the module, export and label-count
 * lines, the function headers, the labels and the {@code line} instructions must be the same lines
 * in the same order. (The other instructions are in {@code beam_disasm}'s shape, checked by
 * {@link DisassemblerOracleTest}, where {@code erlc -S} shows the compiler's pre-assembly forms.)
 */
class DisassemblerListingTest {
  @TempDir static Path dir;
  private static List<String> ours;
  private static List<String> erlc;

  @BeforeAll
  static void compile() throws Exception {
    Path source = dir.resolve("listing_sample.erl");
    Files.copy(Path.of(DisassemblerListingTest.class.getResource("listing_sample.erl").toURI()), source);
    Erl.erlc(source, dir);
    Erl.erlc(source, dir, "-S");
    ours = Disassembler.listing(BeamLoader.load(dir.resolve("listing_sample.beam"))).lines().toList();
    erlc = statements(Files.readAllLines(dir.resolve("listing_sample.S")));
  }

  /** erlc -S pretty-prints long terms over several lines: joins each statement's lines back into one. */
  private static List<String> statements(List<String> lines) {
    List<String> out = new ArrayList<>();
    StringBuilder current = null;
    for (String l : lines) {
      if (current == null) {
        current = new StringBuilder(l);
      } else {
        current.append(l.strip());
      }
      // A statement ends with a full stop, perhaps followed by a comment.
      if (l.isEmpty() || l.endsWith(".") || l.matches(".*\\.\\s+%.*")) {
        out.add(current.toString());
        current = null;
      }
    }
    return out;
  }

  private static void sameLines(Predicate<String> which) {
    List<String> want = erlc.stream().filter(which).toList();
    assertTrue(want.size() > 0);
    assertEquals(want, ours.stream().filter(which).toList());
  }

  @Test
  void header() {
    assertEquals("{module, listing_sample}.  %% version = 0", ours.get(0));
    sameLines(l -> l.startsWith("{module,") || l.startsWith("{labels,") || l.startsWith("{exports,"));
  }

  @Test
  void functionsLabelsAndLines() {
    sameLines(l -> l.startsWith("{function,"));
    sameLines(l -> l.startsWith("  {label,"));
    sameLines(l -> l.startsWith("    {line,"));
  }

  @Test
  void everyInstructionIsATermAndAFullStop() {
    for (String l : ours) {
      assertTrue(l.isEmpty() || l.startsWith("{") || l.startsWith("  {") || l.startsWith("    ") , l);
      assertTrue(l.isEmpty() || l.endsWith(".") || l.endsWith("%% version = 0"), l);
    }
    assertTrue(ours.contains("    {test,is_integer,{f,13},[{x,1}]}.") || ours.stream().anyMatch(
        l -> l.startsWith("    {test,is_integer,")), String.join("\n", ours));
    assertTrue(ours.stream().anyMatch(l -> l.startsWith("    {bs_create_bin,[{{f,0},")));
  }
}
