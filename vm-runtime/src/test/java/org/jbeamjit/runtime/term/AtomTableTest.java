package org.jbeamjit.runtime.term;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.jbeamjit.runtime.error.ErlangException;
import org.junit.jupiter.api.Test;

class AtomTableTest {
  @Test
  void oneInstancePerName() {
    assertSame(Atom.of("atom_table_test"), Atom.of(new String("atom_table_test")));
    assertSame(Atom.of("atom_table_test"), Atom.existing("atom_table_test"));
    assertNull(Atom.existing("atom_table_test_never_made"));
  }

  @Test
  void namesAreLimitedTo255CharactersNotBytes() {
    String max = "\u00e5".repeat(255); // 510 bytes of UTF-8, still 255 characters
    assertEquals(255, Atom.of(max).name().codePointCount(0, max.length()));
    ErlangException e = assertThrows(ErlangException.class, () -> Atom.of("x".repeat(256)));
    assertSame(Atoms.SYSTEM_LIMIT, e.reason());
    String astral = new String(Character.toChars(0x1F600)).repeat(255); // 510 UTF-16 units
    assertEquals(255, Atom.of(astral).name().codePointCount(0, astral.length()));
  }

  /** Filling the table is done in a child JVM: once full, this JVM could make no new atom. */
  @Test
  void theTableStopsAtOtpsLimitWithSystemLimit() throws Exception {
    Process p = new ProcessBuilder(List.of(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g",
            "-cp", System.getProperty("java.class.path"), AtomLimitProbe.class.getName()))
        .redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
    assertEquals(0, p.waitFor(), out);
    assertEquals("system_limit at " + Atom.MAX_ATOMS + " atoms; existing atoms still found", out);
  }

  /** Makes atoms until the table refuses, then checks the VM's existing atoms still work. */
  public static final class AtomLimitProbe {
    public static void main(String[] args) {
      for (int i = 0; ; i++) {
        try {
          Atom.of("a" + i);
        } catch (ErlangException e) {
          if (e.reason() != Atoms.SYSTEM_LIMIT || Atom.count() != Atom.MAX_ATOMS) {
            throw e;
          }
          boolean ok = Atom.of("a0") == Atom.existing("a0") && Atom.of("true") == Atoms.TRUE;
          System.out.println("system_limit at " + Atom.count() + " atoms; existing atoms "
              + (ok ? "still found" : "LOST"));
          return;
        }
      }
    }
  }
}
