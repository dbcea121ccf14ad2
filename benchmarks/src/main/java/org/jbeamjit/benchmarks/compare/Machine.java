package org.jbeamjit.benchmarks.compare;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** What the figures were measured on: the machine, the JDK, the OTP release and jbeamjit's commit. */
record Machine(int cores, String cpu, String memory, String os, String jdk, String otp, String commit) {
  static Machine describe(Path root) throws IOException, InterruptedException {
    String jdk = System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version");
    String otp = output(List.of("erl", "-noshell", "-eval",
        "{ok, V} = file:read_file(filename:join([code:root_dir(), \"releases\", erlang:system_info(otp_release),"
            + " \"OTP_VERSION\"])), io:format(\"OTP ~s (erts ~s)\", [string:trim(V), erlang:system_info(version)]),"
            + " halt()."), root);
    String commit = output(List.of("git", "describe", "--always", "--dirty"), root);
    return new Machine(Runtime.getRuntime().availableProcessors(), procField("/proc/cpuinfo", "model name"),
        procField("/proc/meminfo", "MemTotal"), System.getProperty("os.name") + " " + System.getProperty("os.version")
        + " " + System.getProperty("os.arch"), jdk, otp, commit);
  }

  /** The 1, 5 and 15 minute load averages, or "unknown" off Linux. */
  static String loadAverage() {
    try {
      String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split(" ");
      return f[0] + " " + f[1] + " " + f[2];
    } catch (IOException e) {
      return "unknown";
    }
  }

  private static String procField(String file, String field) {
    try {
      Optional<String> line = Files.readAllLines(Path.of(file)).stream().filter(l -> l.startsWith(field)).findFirst();
      return line.map(l -> l.substring(l.indexOf(':') + 1).trim()).orElse("unknown");
    } catch (IOException e) {
      return "unknown";
    }
  }

  private static String output(List<String> command, Path dir) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
    return p.waitFor() == 0 ? out : "unknown";
  }
}
