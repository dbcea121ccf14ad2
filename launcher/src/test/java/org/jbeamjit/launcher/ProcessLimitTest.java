package org.jbeamjit.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jbeamjit.testing.Erl;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The {@code +P} process limit beside erl: a node started with a small limit fills its table,
 * every spawn BIF then raises {@code system_limit} and the emulator's "Too many processes" report
 * is printed; out-of-range values stop the node. The corpus cannot do this: it runs in one node
 * with the default limit of 262,144, which takes erl seconds and 700 MB to fill.
 */
class ProcessLimitTest {
  private static final String EVAL = "{P, R} = spawn_monitor(process_limit, main, []),"
      + " receive {'DOWN', R, process, P, Why} -> io:format(\"exit: ~p~n\", [Why]), halt() end.";
  private static Path dir;

  @BeforeAll
  static void compile() throws IOException {
    dir = Files.createTempDirectory("plimit");
    Path src = dir.resolve("process_limit.erl");
    try (InputStream in = ProcessLimitTest.class.getResourceAsStream("processes/process_limit.erl")) {
      Files.copy(in, src);
    }
    Erl.erlc(src, dir, "-Werror");
  }

  @ParameterizedTest
  @CsvSource({"jit, 1024", "interp, 1500"})
  void theTableFillsToTheLimitAndSpawnsFailAsOnErl(String mode, String limit) throws Exception {
    Run erl = run(List.of("erl", "+P", limit, "-noshell", "-pa", dir.toString(), "-eval", EVAL));
    Run ours = run(jbeamjit(mode, "+P", limit, "-noshell", "-pa", dir.toString(), "-eval", EVAL));
    assertTrue(erl.out.contains("Too many processes"), erl.out);
    assertEquals(0, erl.status, erl.out);
    assertEquals(mask(erl.out), mask(ours.out));
    assertEquals(erl.status, ours.status);
  }

  @Test
  void aLimitOutsideOtpsRangeStopsTheNode() throws Exception {
    for (String bad : List.of("1023", "134217728", "many")) {
      Run erl = run(List.of("erl", "+P", bad, "-noshell", "-eval", "halt()."));
      Run ours = run(jbeamjit("jit", "+P", bad, "-noshell", "-eval", "halt()."));
      assertNotEquals(0, erl.status, bad);
      assertNotEquals(0, ours.status, bad);
    }
  }

  /** Timestamps differ from run to run; the rest must not. */
  private static String mask(String out) {
    return out.replaceAll("=ERROR REPORT==== [^ ]+ ===", "=ERROR REPORT==== DATE ===");
  }

  private static List<String> jbeamjit(String mode, String... args) {
    List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), Main.class.getName(), "--mode", mode));
    cmd.addAll(List.of(args));
    return cmd;
  }

  private record Run(String out, int status) {}

  private static Run run(List<String> cmd) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD)
        .start();
    p.getOutputStream().close();
    byte[] out = p.getInputStream().readAllBytes();
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("timed out: " + cmd);
    }
    return new Run(new String(out, StandardCharsets.ISO_8859_1), p.exitValue());
  }
}
