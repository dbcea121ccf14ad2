package org.jbeamjit.benchmarks.compare;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * One VM process run to its end: its exit status, its output, and its wall time from start to
 * exit (JVM or BEAM start-up included).
 */
record VmRun(int exit, long wallNanos, String stdout, String stderr) {
  /** How long one VM process may take before it is killed and counted as failed. */
  private static final long TIMEOUT_MINUTES = 15;

  static VmRun of(List<String> command) throws IOException, InterruptedException {
    File out = File.createTempFile("jbeamjit-compare", ".out");
    File err = File.createTempFile("jbeamjit-compare", ".err");
    try {
      ProcessBuilder pb = new ProcessBuilder(command).redirectOutput(out).redirectError(err)
          .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
      long t0 = System.nanoTime();
      Process p = pb.start();
      boolean finished = p.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES);
      long wall = System.nanoTime() - t0;
      if (!finished) {
        p.destroyForcibly().waitFor();
      }
      String stderr = Files.readString(err.toPath(), StandardCharsets.UTF_8);
      return new VmRun(finished ? p.exitValue() : -1, wall, Files.readString(out.toPath(), StandardCharsets.UTF_8),
          finished ? stderr : "killed after " + TIMEOUT_MINUTES + " minutes\n" + stderr);
    } finally {
      out.delete();
      err.delete();
    }
  }

  /**
   * The fields of the harness's line {@code bm <kind> <workload> key=value ... result=<term>}:
   * {@code result} is the rest of the line, as a term printed with ~w may hold {@code =}.
   */
  Optional<Map<String, String>> harnessLine(String kind, String workload) {
    String prefix = "bm " + kind + " " + workload + " ";
    for (String line : stdout.split("\n")) {
      if (line.startsWith(prefix)) {
        Map<String, String> fields = new LinkedHashMap<>();
        String rest = line.substring(prefix.length());
        int result = rest.indexOf("result=");
        if (result < 0) {
          return Optional.empty();
        }
        for (String kv : rest.substring(0, result).trim().split(" +")) {
          int eq = kv.indexOf('=');
          if (eq > 0) {
            fields.put(kv.substring(0, eq), kv.substring(eq + 1));
          }
        }
        fields.put("result", rest.substring(result + "result=".length()).trim());
        return Optional.of(fields);
      }
    }
    return Optional.empty();
  }

  /** Why the run gave no figure, in a line: its exit status and the first line of its errors. */
  String failure() {
    String first = stderr.strip().lines().findFirst().orElse(stdout.strip().lines().reduce((a, b) -> b).orElse(""));
    return "exit " + exit + (first.isEmpty() ? "" : ": " + (first.length() > 120 ? first.substring(0, 120) + "..." : first));
  }
}
