package org.jbeamjit.launcher;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jbeamjit.testing.Erl;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code jbeamjit run} in this JVM, and erl's own flags in a child JVM (they boot OTP, whose
 * {@code init}, {@code user} and code server are one per node): output, exit status, arguments.
 */
class RunCommandTest {
  @TempDir static Path dir;

  @BeforeAll
  static void programs() throws IOException {
    Files.writeString(dir.resolve("prog.erl"), """
        -module(prog).
        -export([main/1, start/0, go/1, hi/0]).
        main(Args) -> io:format("main ~p ~p~n", [Args, init:get_plain_arguments()]),
            case Args of ["crash"] -> error(boom); ["halt", N] -> halt(list_to_integer(N)); _ -> ok end.
        start() -> io:format("start~n").
        go(Args) -> io:format("go ~p~n", [Args]).
        hi() -> io:format("hi~n").
        """);
    Files.writeString(dir.resolve("zero.erl"), """
        -module(zero).
        -export([main/0]).
        main() -> io:format("zero~n").
        """);
    Erl.erlc(dir.resolve("prog.erl"), dir);
  }

  private record Result(int status, String out) {}

  private static Result run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PrintStream original = System.out;
    System.setOut(new PrintStream(out, true));
    try {
      int status = Main.execute(args);
      System.out.flush();
      return new Result(status, out.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(original);
    }
  }

  /** Boots a node with erl's flags {@code args} in a child JVM: its status and standard output. */
  private static Result node(String... args) throws IOException, InterruptedException {
    java.util.List<String> cmd = new java.util.ArrayList<>(java.util.List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp", System.getProperty("java.class.path"),
        Main.class.getName()));
    cmd.addAll(java.util.List.of(args));
    Path out = Files.createTempFile(dir, "node", ".out");
    Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectOutput(out.toFile())
        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    p.getOutputStream().close();
    if (!p.waitFor(120, java.util.concurrent.TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("timed out: " + cmd);
    }
    return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8));
  }

  @Test
  void runsMainWithTheArgumentsAsStrings() {
    for (String mode : new String[] {"interp", "jit"}) {
      Result r = run("run", "--mode", mode, dir.resolve("prog.beam").toString(), "a", "-b");
      assertEquals(new Result(0, "main [\"a\",\"-b\"] [\"a\",\"-b\"]\n"), r, mode);
    }
  }

  @Test
  void compilesSourceAndRunsMainZero() {
    assertEquals(new Result(0, "zero\n"), run("run", "--mode", "interp", dir.resolve("zero.erl").toString()));
  }

  @Test
  void exitsOneWhenMainFailsAndWithTheHaltStatus() {
    assertEquals(1, run("run", "--mode", "interp", dir.resolve("prog.beam").toString(), "crash").status());
    assertEquals(7, run("run", "--mode", "interp", dir.resolve("prog.beam").toString(), "halt", "7").status());
  }

  @Test
  void erlFlagsRunTheirStepsInOrder() throws Exception {
    Result r = node("--mode", "interp", "-noshell", "-pa", dir.toString(), "-s", "prog", "-s", "prog", "hi",
        "-run", "prog", "go", "x", "y", "-s", "prog", "go", "a", "b", "-eval", "io:format(\"~p~n\", [1 + 2]).",
        "-s", "init", "stop");
    assertEquals(new Result(0, "start\nhi\ngo [\"x\",\"y\"]\ngo [a,b]\n3\n"), r);
  }

  @Test
  void evalAndHaltAndPlainArguments() throws Exception {
    assertEquals(new Result(3, "[\"p\",\"q\"]\n"), node("--mode", "interp", "-noshell", "-eval",
        "io:format(\"~p~n\", [init:get_plain_arguments()]), halt(3).", "-extra", "p", "q"));
    assertEquals(5, node("--mode", "interp", "-noshell", "-eval", "init:stop(5).").status());
  }

  @Test
  void modeMayComeBeforeTheSubcommand() {
    assertArrayEquals(new String[] {"run", "--mode", "interp", "f.erl", "a"},
        Main.modeAfterSubcommand(new String[] {"--mode", "interp", "run", "f.erl", "a"}));
    assertArrayEquals(new String[] {"run", "--mode=jit", "f.erl"},
        Main.modeAfterSubcommand(new String[] {"--mode=jit", "run", "f.erl"}));
    assertArrayEquals(new String[] {"--mode", "jit", "-noshell"},
        Main.modeAfterSubcommand(new String[] {"--mode", "jit", "-noshell"}));
  }

  @Test
  void evalWithoutFinalDotGetsOneAsOnErl() throws Exception {
    assertEquals(new Result(4, "ok\n"), node("-noshell", "-eval", "io:format(\"ok~n\"), halt(4)"));
  }
}
