package org.jbeamjit.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

/**
 * {@code corpus/KNOWN_FAILURES}: the corpus programs whose output on an engine still differs from
 * erl's while execution is brought up. Each line is {@code PROGRAM MODE} ({@code jit} or
 * {@code interp}); {@code #} starts a comment. Listed programs are skipped, visibly, and any
 * other program that differs fails the build. Run with {@code -Djbeamjit.corpus.all=true} to run
 * the listed ones too and see which now pass (then delete their lines).
 */
final class KnownFailures {
  static final Path FILE = Path.of("../corpus/KNOWN_FAILURES");

  private final Set<String> entries = new HashSet<>();

  private KnownFailures() {}

  static KnownFailures load() {
    KnownFailures k = new KnownFailures();
    if (!Files.exists(FILE)) {
      return k;
    }
    try {
      for (String line : Files.readAllLines(FILE)) {
        String entry = line.replaceFirst("#.*", "").trim();
        if (entry.isEmpty()) {
          continue;
        }
        String[] words = entry.split("\\s+");
        if (words.length != 2 || !(words[1].equals("jit") || words[1].equals("interp"))) {
          throw new IllegalArgumentException(FILE + ": not 'PROGRAM jit|interp': " + line);
        }
        k.entries.add(words[0] + " " + words[1]);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return k;
  }

  boolean lists(String program, String engine) {
    return entries.contains(program + " " + engine);
  }

  static boolean runAll() {
    return Boolean.getBoolean("jbeamjit.corpus.all");
  }
}
