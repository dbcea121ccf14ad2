package org.jbeamjit.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jbeamjit.testing.Erl;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The io path end to end, in a separate jbeamjit process beside erl: standard input read through
 * {@code user} (piped, the same bytes to both), and the crash reports of processes that die of
 * errors (compared with their timestamps and pid numbers masked). The programs are in
 * {@code src/test/resources/org/jbeamjit/launcher/stdio}.
 */
class StandardIoTest {
  private static final byte[] INPUT = ("hello world\nabcdef {a, \"b\", [1]}.\nrest of line\n12 34\nafter nums\n"
      + "\u00c3\u00a9t\u00c3\u00a9 unicode\n\u00e9t\u00e9 latin1\nnext\nlast chars").getBytes(StandardCharsets.ISO_8859_1);

  private static Path dir;

  @BeforeAll
  static void compile() throws IOException {
    dir = Files.createTempDirectory("stdio");
    for (String m : List.of("stdio_input", "stdio_crashes")) {
      Path src = dir.resolve(m + ".erl");
      try (InputStream in = StandardIoTest.class.getResourceAsStream("stdio/" + m + ".erl")) {
        Files.copy(in, src);
      }
      Erl.erlc(src, dir, "-Werror");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"jit", "interp"})
  void standardInputIsReadThroughUserAsOnErl(String mode) throws Exception {
    String eval = "stdio_input:main(), halt().";
    String erl = run(List.of("erl", "-noshell", "-pa", dir.toString(), "-eval", eval), INPUT);
    String ours = run(jbeamjit(mode, eval), INPUT);
    assertEquals(erl, ours);
  }

  @ParameterizedTest
  @ValueSource(strings = {"jit", "interp"})
  void crashReportsAreTheLoggersOnStandardOutput(String mode) throws Exception {
    String eval = "stdio_crashes:main(), timer:sleep(300), halt().";
    String erl = mask(run(List.of("erl", "-noshell", "-pa", dir.toString(), "-eval", eval), new byte[0]));
    String ours = mask(run(jbeamjit(mode, eval), new byte[0]));
    assertTrue(erl.contains("Error in process <PID> with exit value:"), erl);
    assertEquals(erl, ours);
  }

  /** Timestamps and pid numbers differ from run to run and VM to VM; the rest must not. */
  private static String mask(String out) {
    return out.replaceAll("=ERROR REPORT==== [^ ]+ ===", "=ERROR REPORT==== DATE ===")
        .replaceAll("<0\\.\\d+\\.\\d+>", "<PID>");
  }

  private static List<String> jbeamjit(String mode, String eval) {
    List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), Main.class.getName(), "--mode", mode, "-noshell", "-pa",
        dir.toString(), "-eval", eval));
    return cmd;
  }

  /** Runs a command with {@code input} on its standard input; returns its standard output. */
  private static String run(List<String> cmd, byte[] input) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    try (OutputStream in = p.getOutputStream()) {
      in.write(input);
    }
    byte[] out = p.getInputStream().readAllBytes();
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("timed out: " + cmd);
    }
    return new String(out, StandardCharsets.ISO_8859_1);
  }
}
