package org.jbeamjit.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The compiled workloads ({@code bm.beam} and {@code bm_*.beam}, written by erlc at build time
 * into the {@code workloads} folder of the classes or the jar), copied to a directory that both
 * {@code erl -pa} and jbeamjit's code path can read.
 */
public final class WorkloadBeams {
  private static final String FOLDER = "workloads";
  private static Path extracted;

  private WorkloadBeams() {}

  /** A temporary directory holding the workloads' .beam files, made once per JVM. */
  public static synchronized Path directory() {
    if (extracted == null) {
      try {
        Path dir = Files.createTempDirectory("jbeamjit-workloads");
        copyTo(dir);
        dir.toFile().deleteOnExit();
        try (Stream<Path> beams = Files.list(dir)) {
          beams.forEach(p -> p.toFile().deleteOnExit());
        }
        extracted = dir;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return extracted;
  }

  private static void copyTo(Path dir) throws IOException {
    URL url = WorkloadBeams.class.getResource("/" + FOLDER + "/bm.beam");
    if (url == null) {
      throw new IllegalStateException("no compiled workloads on the class path: build the benchmarks module");
    }
    String where = url.toString();
    if (where.startsWith("jar:")) {
      try (FileSystem fs = FileSystems.newFileSystem(URI.create(where.substring(0, where.indexOf("!/"))), Map.of())) {
        copyBeams(fs.getPath("/" + FOLDER), dir);
      }
    } else {
      try {
        copyBeams(Path.of(url.toURI()).getParent(), dir);
      } catch (URISyntaxException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  private static void copyBeams(Path from, Path to) throws IOException {
    List<Path> beams;
    try (Stream<Path> s = Files.list(from)) {
      beams = s.filter(p -> p.getFileName().toString().endsWith(".beam")).toList();
    }
    for (Path b : beams) {
      try (InputStream in = Files.newInputStream(b)) {
        Files.copy(in, to.resolve(b.getFileName().toString()));
      }
    }
  }
}
