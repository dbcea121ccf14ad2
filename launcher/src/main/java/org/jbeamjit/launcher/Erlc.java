package org.jbeamjit.launcher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Compiles Erlang source with the installed {@code erlc}, so commands can take a {@code .erl}
 * where they need a {@code .beam}. jbeamjit does not yet run OTP's compiler itself.
 */
final class Erlc {
  private Erlc() {}

  /** The .beam for {@code file}: the file itself, or the result of compiling it into a temporary directory. */
  static Path beamFor(Path file) throws IOException {
    String name = file.getFileName().toString();
    if (!name.endsWith(".erl")) {
      return file;
    }
    Path out = Files.createTempDirectory("jbeamjit-erlc");
    out.toFile().deleteOnExit();
    List<String> cmd = new ArrayList<>(List.of("erlc", "-o", out.toString(), file.toString()));
    Process p;
    try {
      p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    } catch (IOException e) {
      throw new IOException("cannot run erlc to compile " + file + " (is Erlang/OTP installed?)", e);
    }
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    try {
      if (p.waitFor() != 0) {
        throw new IOException("erlc failed on " + file + ":\n" + output);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while compiling " + file, e);
    }
    Path beam = out.resolve(name.substring(0, name.length() - 4) + ".beam");
    beam.toFile().deleteOnExit();
    return beam;
  }
}
