package org.jbeamjit.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
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
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code jbeamjit} with erl's command line boots OTP as {@code erl} does (OTP's own init, boot
 * script, kernel and stdlib): each case runs the same command on erl and on jbeamjit in a child
 * JVM and compares standard output, standard error and the exit status. See docs/BOOT.md.
 */
class OtpBootTest {
  /** A module for the startup calls: what each is called with, in order, and a crash in compiled code. */
  private static final String PROBE = """
      -module(boot_probe).
      -export([start/0, f/0, f/1, crash/0]).
      start() -> io:format("start()~n").
      f() -> io:format("f()~n").
      f(Args) -> io:format("f(~p) plain ~p~n", [Args, init:get_plain_arguments()]).
      crash() -> spawn(fun() -> erlang:error({bad, [1, 2]}) end), ok.
      """;

  private static Path dir;

  @BeforeAll
  static void compile() throws IOException {
    dir = Files.createTempDirectory("otpboot");
    Path src = Files.writeString(dir.resolve("boot_probe.erl"), PROBE);
    Erl.erlc(src, dir);
  }

  @ParameterizedTest
  @ValueSource(strings = {"jit", "interp"})
  void theKernelAndStdlibRunAsOnErl(String mode) throws Exception {
    String eval = "io:format(\"~p~n~p~n~p~n~p~n\", [application:which_applications(), lists:sort(registered()),"
        + " init:get_arguments(), [init:get_status(), code:get_mode(), filename:basename(code:which(lists)),"
        + " is_pid(whereis(code_server)), erlang:system_info(otp_release)]]), halt().";
    assertSame(mode, "", "-noshell", "-eval", eval);
  }

  @Test
  void startupCallsRunInOrderWithTheirArguments() throws Exception {
    assertSame("jit", "", "-noshell", "-pa", dir.toString(), "-s", "boot_probe", "-s", "boot_probe", "f", "-run",
        "boot_probe", "f", "x", "y", "-eval", "io:format(\"eval~n\")", "-s", "boot_probe", "f", "a", "b", "-s", "init",
        "stop", "-extra", "-s", "plain", "+S", "1");
  }

  /** -config reaches application_controller; -pa and -pz put their directories at the ends of OTP's code path. */
  @Test
  void configAndCodePathFlagsAreInits() throws Exception {
    Files.writeString(dir.resolve("boot_test.config"), "[{kernel, [{boot_test_key, 42}]}, {boot_test_app, [{x, 1}]}].\n");
    Path pz = Files.createDirectories(dir.resolve("pz"));
    String eval = "io:format(\"~p~n~p~n~p~n\", [application:get_env(kernel, boot_test_key),"
        + " [hd(code:get_path()), lists:last(code:get_path())], code:which(boot_probe)]), halt().";
    assertSame("jit", "", "-noshell", "-config", dir.resolve("boot_test").toString(), "-pa", dir.toString(), "-pz",
        pz.toString(), "-eval", eval);
  }

  /** init:restart() shuts everything down and boots again in the same init process; a file tells the two runs apart. */
  @Test
  void initRestartBootsAgain() throws Exception {
    String eval = "case file:read_file_info(\"restarted\") of {ok, _} -> io:format(\"after ~p~n\","
        + " [lists:sort(registered())]), file:delete(\"restarted\"), halt(); _ -> file:write_file(\"restarted\", <<>>),"
        + " io:format(\"before~n\"), init:restart() end.";
    assertSame("jit", "", "-noshell", "-eval", eval);
  }

  @Test
  void haltAndInitStopExitWithTheirStatus() throws Exception {
    assertSame("jit", "", "-noshell", "-eval", "halt(3).");
    assertSame("jit", "", "-noshell", "-eval", "io:format(\"bye~n\"), init:stop().");
    assertSame("jit", "", "-noshell", "-eval", "init:stop(4).");
  }

  /**
   * A crash in an {@code -eval} expression or a missing boot file ends the boot as on erl: init
   * prints the reason and halts with status 1, and a crash dump is written. The crashed process's
   * error report races with init's halt (on erl the halt wins, as a rule); when the report wins
   * here, it follows init's line.
   */
  @Test
  void aFailedBootPrintsInitsSloganAndExitsWith1() throws Exception {
    for (List<String> args : List.of(List.of("-noshell", "-eval", "boot_probe_missing:f(1)."),
        List.of("-noshell", "-eval", "X = 1, X = 2."),
        List.of("-noshell", "-s", "boot_probe_missing"), List.of("-noshell", "-boot", "no_such_boot"))) {
      Run erl = run(erlCommand(args), "");
      Files.delete(dir.resolve("erl_crash.dump"));
      Run ours = run(jbeamjitCommand("jit", args), "");
      assertEquals(1, erl.status, erl.err);
      assertTrue(erl.err.startsWith("init terminating in do_boot"), erl.err);
      assertTrue(ours.out.startsWith(erl.out), ours.out);
      assertEquals(erl.err, ours.err);
      assertEquals(erl.status, ours.status);
      assertTrue(Files.readString(dir.resolve("erl_crash.dump")).startsWith("=erl_crash_dump:0.5\n"));
    }
  }

  /** Log events go through OTP's logger and default handler, formatted as erl formats them (times and pids masked). */
  @Test
  void loggerReportsAreFormattedAsOnErl() throws Exception {
    String eval = "logger:error(\"boom ~p\", [1]), error_logger:error_msg(\"old ~p~n\", [2]),"
        + " logger:warning(#{what => x}), logger:info(\"not shown\"), boot_probe:crash(), timer:sleep(300),"
        + " logger_std_h:filesync(default), halt().";
    List<String> args = List.of("-noshell", "-pa", dir.toString(), "-eval", eval);
    Run erl = run(erlCommand(args), "");
    Run ours = run(jbeamjitCommand("jit", args), "");
    assertTrue(erl.out.contains("Error in process"), erl.out);
    assertEquals(mask(erl.out), mask(ours.out));
    assertEquals(erl.err, ours.err);
  }

  /** Without -noshell and with standard input not a terminal, user_drv falls back to the old user shell, as erl's. */
  @Test
  void theShellEvaluatesPipedInput() throws Exception {
    assertSame("jit", "X = 1 + 2, X * 2.\nlists:seq(1, X).\n");
  }

  private static void assertSame(String mode, String input, String... args) throws Exception {
    Run erl = run(erlCommand(List.of(args)), input);
    Run ours = run(jbeamjitCommand(mode, List.of(args)), input);
    assertEquals(erl.out, ours.out, "stdout of " + String.join(" ", args) + "\nstderr: " + ours.err);
    assertEquals(erl.err, ours.err, "stderr of " + String.join(" ", args));
    assertEquals(erl.status, ours.status, "status of " + String.join(" ", args));
  }

  /** Times and pids differ from run to run and node to node; the rest must not. */
  private static String mask(String out) {
    return out.replaceAll("(=[A-Z]+ REPORT==== )[^ ]+ ===", "$1DATE ===").replaceAll("<0\\.\\d+\\.0>", "<PID>");
  }

  private static List<String> erlCommand(List<String> args) {
    List<String> cmd = new ArrayList<>(List.of("erl"));
    cmd.addAll(args);
    return cmd;
  }

  private static List<String> jbeamjitCommand(String mode, List<String> args) {
    List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-XX:+UseParallelGC", "-cp", System.getProperty("java.class.path"), Main.class.getName(), "--mode", mode));
    cmd.addAll(args);
    return cmd;
  }

  private record Run(String out, String err, int status) {}

  /** Runs {@code cmd} in the test's directory (where erl leaves its crash dumps) with {@code input} on standard input. */
  private static Run run(List<String> cmd, String input) throws IOException, InterruptedException {
    Path out = Files.createTempFile(dir, "out", ".txt");
    Path err = Files.createTempFile(dir, "err", ".txt");
    Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectOutput(out.toFile())
        .redirectError(err.toFile()).start();
    p.getOutputStream().write(input.getBytes(StandardCharsets.UTF_8));
    p.getOutputStream().close();
    if (!p.waitFor(180, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("timed out: " + cmd);
    }
    Run r = new Run(Files.readString(out, StandardCharsets.ISO_8859_1), Files.readString(err, StandardCharsets.ISO_8859_1),
        p.exitValue());
    Files.delete(out);
    Files.delete(err);
    return r;
  }
}
