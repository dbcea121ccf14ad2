package org.jbeamjit.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The differential corpus: the Erlang programs of the repository's {@code corpus/} (see its
 * README: one feature area each, {@code main/0} prints with {@code io:format}) and the engine's
 * own smoke programs in {@code src/test/erlang/engine/} (same convention, but compiled with
 * warnings allowed: they call BIFs the compiler knows will fail). They are compiled once with
 * {@code erlc} and run once on {@code erl}, all in one node through
 * {@code src/test/erlang/corpus_driver.erl}, which gives each program's expected output. The
 * programs of {@code corpus/boot}, which need OTP's kernel, are not here: see
 * {@link BootCorpusPrograms}.
 */
final class CorpusPrograms {
  static final List<Path> SOURCES = List.of(Path.of("../corpus"), Path.of("src/test/erlang/engine"));
  static final Path DRIVER = Path.of("src/test/erlang/corpus_driver.erl");

  private static CorpusPrograms instance;
  private static RuntimeException failure;

  final Path beamDir;
  /** Program name to the bytes {@code erl} wrote to standard output for it. */
  final Map<String, byte[]> expected;

  private CorpusPrograms(Path beamDir, Map<String, byte[]> expected) {
    this.beamDir = beamDir;
    this.expected = expected;
  }

  static synchronized CorpusPrograms get() {
    if (instance == null && failure == null) {
      try {
        instance = build();
      } catch (RuntimeException e) {
        failure = e;
      }
    }
    if (failure != null) {
      throw failure;
    }
    return instance;
  }

  /**
   * Every program's source file, by module name; with {@code -Djbeamjit.corpus.only=REGEX}, only
   * the programs whose names match, for work on one area.
   */
  static Map<String, Path> sources() {
    String only = System.getProperty("jbeamjit.corpus.only", ".*");
    Map<String, Path> out = new java.util.TreeMap<>();
    for (Path dir : SOURCES) {
      try (Stream<Path> s = Files.walk(dir)) {
        for (Path p : s.filter(f -> f.toString().endsWith(".erl") && !f.startsWith(BootCorpusPrograms.SOURCES))
            .toList()) {
          String n = p.getFileName().toString();
          if (!n.substring(0, n.length() - 4).matches(only)) {
            continue;
          }
          Path old = out.put(n.substring(0, n.length() - 4), p);
          if (old != null) {
            throw new IllegalStateException("two corpus programs named " + n + ": " + old + " and " + p);
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return out;
  }

  static List<String> names() {
    return List.copyOf(sources().keySet());
  }

  private static CorpusPrograms build() {
    try {
      Path out = Files.createTempDirectory("jbeamjit-corpus");
      Map<String, Path> sources = sources();
      List<String> names = List.copyOf(sources.keySet());
      List<String> cmd = new ArrayList<>(List.of("erlc", "-o", out.toString(), DRIVER.toString()));
      for (Path p : sources.values()) {
        cmd.add(p.toString());
      }
      run(cmd, 600);
      String modules = String.join(",", names);
      byte[] all = run(List.of("erl", "-noshell", "-pa", out.toString(), "-eval",
          "corpus_driver:run([" + modules + "])."), 1200);
      return new CorpusPrograms(out, split(all, names));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String marker(String name) {
    return "<<<corpus:" + name + ">>>\n";
  }

  /** Splits erl's output at the driver's marker lines. */
  private static Map<String, byte[]> split(byte[] all, List<String> names) {
    String text = new String(all, StandardCharsets.ISO_8859_1);
    Map<String, byte[]> out = new LinkedHashMap<>();
    for (int i = 0; i < names.size(); i++) {
      String marker = marker(names.get(i));
      int start = text.indexOf(marker);
      if (start < 0) {
        throw new IllegalStateException("erl wrote nothing for " + names.get(i) + ":\n" + text);
      }
      start += marker.length();
      int end = i + 1 < names.size() ? text.indexOf(marker(names.get(i + 1)), start) : text.length();
      out.put(names.get(i), text.substring(start, end).getBytes(StandardCharsets.ISO_8859_1));
    }
    return out;
  }

  private static byte[] run(List<String> cmd, int timeoutSeconds) throws IOException {
    Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    p.getOutputStream().close();
    byte[] out = p.getInputStream().readAllBytes();
    try {
      if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new IllegalStateException("timed out: " + cmd);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    if (p.exitValue() != 0) {
      throw new IllegalStateException("exit " + p.exitValue() + " from " + cmd + "\n" + new String(out));
    }
    return out;
  }
}
