package org.jbeamjit.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.jbeamjit.testing.Erl;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Erlang shell on a terminal: {@code jbeamjit} with no arguments run in a tmux pane (a real
 * pseudo-terminal, 120 by 40), driven by keystrokes, and erl driven by the same keystrokes in
 * another. Expressions, a binding kept across an error, {@code c/1} compiling a module with OTP's
 * compiler on jbeamjit, an edit compiled again, {@code l/1} loading a {@code .beam} that
 * {@code erlc} wrote, the BREAK menu (Ctrl-C: an invalid option, then {@code v}), the user switch
 * menu (Ctrl-G), and {@code q()}
 * ending the node with status 0. Each screen's whole history is compared line by line with erl's,
 * but for the banner's first line (the system version, which names the VM) and the temporary
 * directory's name (skipped when tmux is not installed). The BREAK menu's abort, with the
 * terminal's modes back after it. With input that is not a terminal, the plain shell instead, as
 * erl runs it then.
 */
class ShellPtyTest {
  private static final long STEP_SECONDS = 180; // c/1 loads and compiles OTP's compiler first
  private static final AtomicInteger SOCKETS = new AtomicInteger();
  private static String tmux;

  @BeforeAll
  static void findTmux() {
    for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(":")) {
      if (Files.isExecutable(Path.of(dir, "tmux"))) {
        tmux = Path.of(dir, "tmux").toString();
        return;
      }
    }
  }

  @Test
  void theShellRunsAsErlsDoes() throws Exception {
    assumeTrue(tmux != null, "tmux is not installed");
    Path dir = Files.createTempDirectory("shellpty");
    String erl = session(dir.resolve("erl"), "erl");
    String ours = session(dir.resolve("ours"), nodeScript(dir).toString());
    assertEquals(erl, ours, "the screen of jbeamjit's shell against erl's");
  }

  /** BREAK's {@code a} ends the node with status 0, as erl's, and the terminal has its modes back. */
  @Test
  void abortAtTheBreakMenuRestoresTheTerminal() throws Exception {
    assumeTrue(tmux != null, "tmux is not installed");
    Path dir = Files.createTempDirectory("shellbreak");
    for (String command : List.of("erl", nodeScript(dir).toString())) {
      Path run = Files.createDirectories(dir.resolve(command.equals("erl") ? "erl" : "ours"));
      try (Pane pane = new Pane(run, "stty -a > modes-before; " + command + "; s=$?; stty -a > modes-after; (exit $s)")) {
        pane.awaitPrompt(1);
        pane.keys("C-c");
        pane.await(s -> s.contains("(l)oaded (v)ersion (k)ill (D)b-tables (d)istribution"));
        pane.type("a");
        pane.keys("Enter");
        assertEquals(0, pane.exitStatus(), pane.screen());
        assertEquals(Files.readString(run.resolve("modes-before")), Files.readString(run.resolve("modes-after")), command);
      }
    }
  }

  /** Off a terminal the tty driver does not open, and user_drv falls back to the plain io server, as on erl. */
  @Test
  void inputThatIsNotATerminalGoesToTheOldShell() throws Exception {
    Path dir = Files.createTempDirectory("shellpipe");
    byte[] input = "1+2.\nX = [a, \"b\"].\nlength(X).\nfoo(.\nX.\n".getBytes(StandardCharsets.UTF_8);
    String erl = piped(List.of("erl"), dir, input);
    assertTrue(erl.contains("*** Terminating erlang"), erl);
    assertEquals(erl, piped(List.of(nodeScript(dir).toString()), dir, input));
  }

  /**
   * The JVM with this test's class path, as ./jbeamjit runs the launcher, in a script (tmux's
   * command line is too short for the class path).
   */
  private static Path nodeScript(Path dir) throws IOException {
    Path node = dir.resolve("jbeamjit.sh");
    Files.writeString(node, "#!/bin/sh\nexec " + Path.of(System.getProperty("java.home"), "bin", "java")
        + " -XX:+UseParallelGC -cp '" + System.getProperty("java.class.path") + "' " + Main.class.getName() + " \"$@\"\n");
    node.toFile().setExecutable(true);
    return node;
  }

  private static String piped(List<String> command, Path dir, byte[] input) throws Exception {
    Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    try (var in = p.getOutputStream()) {
      in.write(input);
    }
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(STEP_SECONDS, TimeUnit.SECONDS), command + " did not end");
    return "status " + p.exitValue() + "\n" + out;
  }

  /**
   * Runs the keystrokes on the command's shell in a tmux pane started in {@code dir}, checks
   * what each shows, and answers the screen's history, normalised.
   */
  private static String session(Path dir, String command) throws Exception {
    Files.createDirectories(dir);
    Path mod = dir.resolve("greet.erl");
    Files.writeString(mod, module("one"));
    try (Pane pane = new Pane(dir, command)) {
      pane.awaitPrompt(1);
      assertTrue(pane.screen().contains("Eshell V13"), pane.screen());
      pane.eval(1, "1+2.", "3");
      pane.eval(2, "[X*X || X <- lists:seq(1,5)].", "[1,4,9,16,25]");
      pane.eval(3, "Y = 6*7.", "42");
      pane.eval(4, "Y + 1.", "43");
      pane.eval(5, "1/0.", "** exception error: an error occurred when evaluating an arithmetic expression");
      pane.eval(6, "Y.", "42"); // the binding outlives the evaluator the error killed
      pane.eval(7, "cd(\"" + dir + "\").", "ok");
      pane.eval(8, "c(greet).", "{ok,greet}");
      pane.eval(9, "greet:hi().", "one");
      Files.writeString(mod, module("two"));
      pane.eval(10, "c(greet).", "{ok,greet}");
      pane.eval(11, "greet:hi().", "two");
      Files.writeString(mod, module("three"));
      Erl.erlc(mod, dir);
      pane.eval(12, "l(greet).", "{module,greet}");
      pane.eval(13, "greet:hi().", "three");

      pane.keys("C-c");
      pane.await(s -> s.contains("(l)oaded (v)ersion (k)ill (D)b-tables (d)istribution"));
      pane.type("x");
      pane.keys("Enter");
      pane.await(s -> s.contains("Invalid option 'x'. Please enter one of the following:")
          && lastLine(s).endsWith("(d)istribution"));
      pane.type("v");
      pane.keys("Enter");
      pane.await(s -> s.contains("Erlang (BEAM) emulator version 13."));
      pane.eval(14, "Y.", "42"); // the shell goes on after the menu

      pane.keys("C-g");
      pane.await(s -> lastLine(s).equals("-->"));
      pane.type("j");
      pane.keys("Enter");
      pane.await(s -> s.contains("1* {shell,start,[init]}") && lastLine(s).equals("-->"));
      pane.type("c");
      pane.keys("Enter");
      // Back in the shell, which shows nothing (its prompt is not drawn again): what is typed
      // before user_drv has left the switch menu is the rest of the menu's line, which it drops.
      pane.settle();
      pane.eval(15, "ok.", "ok");

      pane.type("q().");
      pane.keys("Enter");
      assertEquals(0, pane.exitStatus(), pane.screen());
      return normalise(pane.screen(), dir);
    }
  }

  private static String module(String answer) {
    return "-module(greet).\n-export([hi/0]).\nhi() -> " + answer + ".\n";
  }

  /** The screen without the system version line, the directory's name, and blank lines at the end. */
  private static String normalise(String screen, Path dir) {
    List<String> lines = new ArrayList<>(List.of(screen.replace(dir.toString(), "<DIR>").split("\n", -1)));
    lines.remove(0);
    while (!lines.isEmpty() && lines.get(lines.size() - 1).isBlank()) {
      lines.remove(lines.size() - 1);
    }
    return String.join("\n", lines);
  }

  private static String lastLine(String screen) {
    String[] lines = screen.strip().split("\n");
    return lines[lines.length - 1].strip();
  }

  /** A tmux server of its own with one pane running a command in a directory. */
  private static final class Pane implements AutoCloseable {
    private final String socket = "jbeamjit-shellpty-" + ProcessHandle.current().pid() + "-" + SOCKETS.incrementAndGet();
    private final Path status;

    Pane(Path dir, String command) throws Exception {
      status = dir.resolve("exit-status");
      tmux("new-session", "-d", "-s", "shell", "-x", "120", "-y", "40", "-c", dir.toString(),
          command + "; echo $? > " + status + "; sleep 600");
    }

    void type(String text) throws Exception {
      tmux("send-keys", "-t", "shell", "-l", text);
    }

    void keys(String key) throws Exception {
      tmux("send-keys", "-t", "shell", key);
    }

    /** Types an expression at prompt {@code n}, checks that a line of what it shows is {@code shown}, and awaits the next prompt. */
    void eval(int n, String expression, String shown) throws Exception {
      type(expression);
      keys("Enter");
      awaitPrompt(n + 1);
      String screen = screen();
      String after = screen.substring(screen.lastIndexOf(expression));
      assertTrue(after.lines().anyMatch(l -> l.strip().equals(shown) || l.startsWith(shown)),
          "after " + expression + " expected " + shown + " in:\n" + screen);
    }

    void awaitPrompt(int n) throws Exception {
      await(s -> lastLine(s).equals(n + ">"));
    }

    void await(Predicate<String> done) throws Exception {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(STEP_SECONDS);
      String screen = screen();
      while (!done.test(screen)) {
        if (System.nanoTime() > deadline) {
          throw new AssertionError("the screen did not change as expected in " + STEP_SECONDS + " s:\n" + screen);
        }
        Thread.sleep(100);
        screen = screen();
      }
    }

    /** Waits until the screen has not changed for a while: for a step that shows nothing when done. */
    void settle() throws Exception {
      String before = screen();
      for (int quiet = 0; quiet < 20; ) {
        Thread.sleep(100);
        String now = screen();
        quiet = now.equals(before) ? quiet + 1 : 0;
        before = now;
      }
    }

    /** The pane's whole history, wrapped lines joined. */
    String screen() throws Exception {
      return tmux("capture-pane", "-p", "-J", "-S", "-", "-t", "shell");
    }

    int exitStatus() throws Exception {
      await(s -> Files.exists(status));
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
      String text = Files.readString(status).strip();
      while (text.isEmpty() && System.nanoTime() < deadline) {
        Thread.sleep(100);
        text = Files.readString(status).strip();
      }
      return Integer.parseInt(text);
    }

    private String tmux(String... args) throws IOException, InterruptedException {
      List<String> cmd = new ArrayList<>(List.of(tmux, "-L", socket));
      cmd.addAll(List.of(args));
      Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
        throw new IOException("tmux " + String.join(" ", args) + ": " + out);
      }
      return out;
    }

    @Override
    public void close() throws Exception {
      new ProcessBuilder(tmux, "-L", socket, "kill-server").redirectErrorStream(true).start().waitFor(30, TimeUnit.SECONDS);
    }
  }
}
