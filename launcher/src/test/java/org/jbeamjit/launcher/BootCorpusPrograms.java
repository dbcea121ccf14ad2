package org.jbeamjit.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The corpus programs that need OTP's kernel running (application, logger, timer_server...):
 * {@code corpus/boot/*.erl}. Unlike the rest of the corpus, which runs in this JVM on a node
 * without OTP's boot, they run in a child JVM that boots OTP as {@code erl} does, all of them in
 * one node per engine through the corpus driver ({@code jbeamjit --mode M -noshell -pa OUT -eval
 * 'corpus_driver:run([...])'}), beside the same command on {@code erl}. Their code directory also
 * holds every {@code samples/*}{@code /src/*.erl}, compiled, and each {@code .app.src} copied as
 * {@code .app}, so that they can start the samples' applications.
 */
final class BootCorpusPrograms {
  static final Path SOURCES = Path.of("../corpus/boot");
  static final Path SAMPLES = Path.of("../samples");
  private static final int NODE_TIMEOUT_SECONDS = 600;

  private static BootCorpusPrograms instance;
  private static RuntimeException failure;

  final Path beamDir;
  final List<String> names;
  /** Program name to what erl wrote for it. */
  final Map<String, byte[]> expected;
  /** Engine name to each program's output on jbeamjit, once that engine's node has run. */
  private final Map<String, Map<String, byte[]>> actual = new ConcurrentHashMap<>();

  private BootCorpusPrograms(Path beamDir, List<String> names, Map<String, byte[]> expected) {
    this.beamDir = beamDir;
    this.names = names;
    this.expected = expected;
  }

  /** The boot programs' names (filtered by {@code -Djbeamjit.corpus.only=REGEX}, as the others). */
  static List<String> names() {
    return List.copyOf(sources().keySet());
  }

  static Map<String, Path> sources() {
    String only = System.getProperty("jbeamjit.corpus.only", ".*");
    Map<String, Path> out = new TreeMap<>();
    if (!Files.isDirectory(SOURCES)) {
      return out;
    }
    try (Stream<Path> s = Files.list(SOURCES)) {
      for (Path p : s.filter(f -> f.toString().endsWith(".erl")).toList()) {
        String n = p.getFileName().toString();
        if (n.substring(0, n.length() - 4).matches(only)) {
          out.put(n.substring(0, n.length() - 4), p);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  static synchronized BootCorpusPrograms get() {
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

  private static BootCorpusPrograms build() {
    try {
      Path out = Files.createTempDirectory("jbeamjit-boot-corpus");
      Map<String, Path> sources = sources();
      List<String> cmd = new ArrayList<>(List.of("erlc", "-o", out.toString(), CorpusPrograms.DRIVER.toString()));
      sources.values().forEach(p -> cmd.add(p.toString()));
      try (DirectoryStream<Path> samples = Files.newDirectoryStream(SAMPLES)) {
        for (Path sample : samples) {
          Path src = sample.resolve("src");
          if (!Files.isDirectory(src)) {
            continue;
          }
          try (Stream<Path> files = Files.list(src)) {
            for (Path f : files.sorted().toList()) {
              String n = f.getFileName().toString();
              if (n.endsWith(".erl")) {
                cmd.add(f.toString());
              } else if (n.endsWith(".app.src")) {
                Files.copy(f, out.resolve(n.substring(0, n.length() - ".src".length())));
              }
            }
          }
        }
      }
      run(cmd, 600);
      List<String> names = List.copyOf(sources.keySet());
      byte[] all = run(nodeCommand(List.of("erl"), out, names), NODE_TIMEOUT_SECONDS);
      return new BootCorpusPrograms(out, names, split(all, names));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The command that runs every program in one node: {@code node} is erl's or jbeamjit's command. */
  private static List<String> nodeCommand(List<String> node, Path beamDir, List<String> names) {
    List<String> cmd = new ArrayList<>(node);
    cmd.addAll(List.of("-noshell", "-pa", beamDir.toString(), "-eval",
        "corpus_driver:run([" + String.join(",", names) + "])."));
    return cmd;
  }

  /** What {@code name} wrote on jbeamjit with {@code mode}; the engine's node runs all the programs on first use. */
  synchronized byte[] actual(String mode, String name) {
    Map<String, byte[]> outputs = actual.computeIfAbsent(mode, m -> {
      List<String> jbeamjit = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
          "-XX:+UseParallelGC", "-cp", System.getProperty("java.class.path"), Main.class.getName(), "--mode", m);
      try {
        return split(run(nodeCommand(jbeamjit, beamDir, names), NODE_TIMEOUT_SECONDS), names);
      } catch (IOException | RuntimeException e) {
        Map<String, byte[]> failed = new LinkedHashMap<>();
        names.forEach(n -> failed.put(n, ("<the node failed: " + e.getMessage() + ">\n").getBytes(StandardCharsets.UTF_8)));
        return failed;
      }
    });
    return outputs.get(name);
  }

  private static String marker(String name) {
    return "<<<corpus:" + name + ">>>\n";
  }

  /** Splits a node's output at the driver's marker lines; a program the node never reached gets what the node wrote last. */
  private static Map<String, byte[]> split(byte[] all, List<String> names) {
    String text = new String(all, StandardCharsets.ISO_8859_1);
    Map<String, byte[]> out = new LinkedHashMap<>();
    for (int i = 0; i < names.size(); i++) {
      String marker = marker(names.get(i));
      int start = text.indexOf(marker);
      if (start < 0) {
        out.put(names.get(i), ("<never run; the node wrote:>\n" + tail(text)).getBytes(StandardCharsets.ISO_8859_1));
        continue;
      }
      start += marker.length();
      int next = i + 1 < names.size() ? text.indexOf(marker(names.get(i + 1)), start) : -1;
      int end = next < 0 ? text.length() : next;
      out.put(names.get(i), text.substring(start, end).getBytes(StandardCharsets.ISO_8859_1));
    }
    return out;
  }

  private static String tail(String text) {
    return text.length() <= 2000 ? text : text.substring(text.length() - 2000);
  }

  /** Runs {@code cmd} and returns its standard output (in a file, so that a node that hangs cannot block the read). */
  private static byte[] run(List<String> cmd, int timeoutSeconds) throws IOException {
    Path file = Files.createTempFile("jbeamjit-boot-corpus", ".out");
    byte[] out;
    try {
      Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD)
          .redirectOutput(file.toFile()).start();
      p.getOutputStream().close();
      boolean done;
      try {
        done = p.waitFor(timeoutSeconds, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      if (!done) {
        p.destroyForcibly();
      }
      out = Files.readAllBytes(file);
      if (!done) {
        String text = new String(out, StandardCharsets.ISO_8859_1) + "\n<timed out after " + timeoutSeconds + " s>\n";
        return text.getBytes(StandardCharsets.ISO_8859_1);
      }
      if (p.exitValue() != 0 && cmd.get(0).equals("erlc")) {
        throw new IllegalStateException("exit " + p.exitValue() + " from " + cmd + "\n" + new String(out));
      }
    } finally {
      Files.deleteIfExists(file);
    }
    return out;
  }
}
