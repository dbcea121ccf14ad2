package org.jbeamjit.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The reference BEAM on this machine ({@code erl}, {@code erlc}), which the differential tests
 * compare jbeamjit against. The tests need it: {@code .ci/run} installs it when it is missing.
 */
public final class Erl {
  private static volatile Path rootDir;

  private Erl() {}

  /** Runs {@code erl -noshell -eval Expr} (the expression must end by halting) and returns stdout. */
  public static byte[] evalBytes(String expr) {
    return run(List.of("erl", "-noshell", "-eval", expr), null, 600);
  }

  /** As {@link #evalBytes}, decoded as UTF-8; {@code halt()} is appended. */
  public static String eval(String exprWithoutHalt) {
    return new String(evalBytes(exprWithoutHalt + ", halt()."), java.nio.charset.StandardCharsets.UTF_8);
  }

  /** Runs an escript file with arguments and returns its stdout. */
  public static byte[] escript(Path script, String... args) {
    List<String> cmd = new ArrayList<>(List.of("escript", script.toString()));
    cmd.addAll(List.of(args));
    return run(cmd, null, 1800);
  }

  /** Compiles {@code source} with erlc into {@code outDir}. */
  public static void erlc(Path source, Path outDir, String... options) {
    List<String> cmd = new ArrayList<>(List.of("erlc"));
    cmd.addAll(List.of(options));
    cmd.addAll(List.of("-o", outDir.toString(), source.toString()));
    run(cmd, null, 600);
  }

  /** OTP's {@code code:root_dir()}, for example {@code /usr/lib/erlang}. */
  public static Path rootDir() {
    Path r = rootDir;
    if (r == null) {
      r = Path.of(eval("io:format(\"~s\", [code:root_dir()])").trim());
      rootDir = r;
    }
    return r;
  }

  /** Every {@code .beam} file below the installed OTP's root, sorted. */
  public static List<Path> installedBeamFiles() {
    try (var s = Files.walk(rootDir())) {
      return s.filter(p -> p.toString().endsWith(".beam")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static byte[] run(List<String> cmd, Path dir, int timeoutSeconds) {
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT);
    if (dir != null) {
      pb.directory(dir.toFile());
    }
    try {
      Process p;
      try {
        p = pb.start();
      } catch (IOException e) {
        throw new IllegalStateException(
            "cannot run " + cmd.get(0) + ": Erlang/OTP must be installed (apt-get install erlang-nox erlang-dev)", e);
      }
      p.getOutputStream().close();
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (InputStream in = p.getInputStream()) {
        in.transferTo(out);
      }
      if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new IllegalStateException("timed out: " + cmd);
      }
      if (p.exitValue() != 0) {
        throw new IllegalStateException("exit " + p.exitValue() + " from " + cmd + "\n" + out);
      }
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
