package org.jbeamjit.runtime.term;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jbeamjit.testing.Erl;

/** Runs {@code term_oracle.escript} (the erl side of the term tests) once and returns its lines. */
final class TermOracle {
  private TermOracle() {}

  static List<String> run(String... args) {
    try {
      Path dir = Files.createTempDirectory("term-oracle");
      Path script = dir.resolve("term_oracle.escript");
      try (InputStream in = TermOracle.class.getResourceAsStream("term_oracle.escript")) {
        Files.copy(in, script);
      }
      String out = new String(Erl.escript(script, args), StandardCharsets.UTF_8);
      Files.delete(script);
      Files.delete(dir);
      return out.lines().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
