package org.jbeamjit.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.jbeamjit.hotswap.ReloadSockets;
import org.jbeamjit.testing.Erl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code jbeamjit reload} end to end: a node runs in a child JVM ({@code jbeamjit run}, or erl's
 * command line, which boots OTP), this JVM reloads its modules through the node's socket, and the
 * node's own output shows the switch.
 */
class ReloadCommandTest {
  @TempDir Path dir;
  private Process node;

  /** The node's first process: starts the server, waits until it answers with tag `two', then idles (never reloaded). */
  private static final String MAIN = """
      -module(rl_main).
      -export([main/0]).
      main() ->
          rl_server:start(),
          io:format("ready~n"),
          wait_for(two, 1200),
          receive stop -> ok end.
      wait_for(_, 0) -> io:format("gave up~n");
      wait_for(Tag, N) ->
          case rl_server:ask() of
              {Tag, _} = R -> io:format("~p~n", [R]);
              _ -> receive after 50 -> wait_for(Tag, N - 1) end
          end.
      """;

  /** The module reloaded: a server whose replies carry its version's tag, and an idle process running a fun of it. */
  private static final String SERVER = """
      -module(rl_server).
      -vsn(VSN).
      -export([start/0, ask/0, loop/1]).
      start() ->
          register(rl_server, spawn(?MODULE, loop, [0])),
          register(rl_idle, spawn(fun() -> receive stop -> ok end end)).
      ask() -> rl_server ! {self(), ask}, receive {rl_server, R} -> R end.
      loop(N) ->
          receive
              {From, ask} -> From ! {rl_server, {TAG, N}}, ?MODULE:loop(N + 1)
          end.
      """;

  @AfterEach
  void stopNode() {
    if (node != null) {
      node.destroyForcibly();
    }
  }

  private Path version(String vsn, String tag, String subdir) throws IOException {
    Path d = Files.createDirectories(dir.resolve(subdir));
    Path f = d.resolve("rl_server.erl");
    Files.writeString(f, SERVER.replace("VSN", vsn).replace("TAG", tag));
    return f;
  }

  private record Result(int status, String out) {}

  /** A copy of {@code beam} whose code chunk's instructions are overwritten with opcode 255, which no BEAM has. */
  private Path corrupted(Path beam) throws IOException {
    byte[] bytes = Files.readAllBytes(beam);
    int code = new String(bytes, StandardCharsets.ISO_8859_1).indexOf("Code");
    // After the chunk's id and size: the header's size, instruction set, highest opcode, label and function counts.
    int instructions = code + 8 + 4 + 16;
    for (int i = instructions; i < instructions + 16; i++) {
      bytes[i] = (byte) 0xff;
    }
    Path bad = Files.createDirectories(dir.resolve("bad")).resolve("rl_server.beam");
    return Files.write(bad, bytes);
  }

  private static Result reload(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PrintStream original = System.out;
    System.setOut(new PrintStream(out, true));
    try {
      List<String> all = new ArrayList<>(List.of("reload"));
      all.addAll(List.of(args));
      int status = Main.execute(all.toArray(new String[0]));
      System.out.flush();
      return new Result(status, out.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(original);
    }
  }

  /** Starts {@code jbeamjit ARGS} in a child JVM ({@link #node}); the queue gets its output's lines. */
  private BlockingQueue<String> startNode(List<String> args, boolean reloadOff) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> cmd = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
        Main.class.getName()));
    cmd.addAll(args);
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
    if (reloadOff) {
      pb.environment().put(ReloadCommand.SWITCH, "off");
    } else {
      pb.environment().remove(ReloadCommand.SWITCH);
    }
    node = pb.start();
    BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    Thread reader = new Thread(() -> {
      try (BufferedReader r = new BufferedReader(new InputStreamReader(node.getInputStream(), StandardCharsets.UTF_8))) {
        for (String l; (l = r.readLine()) != null; ) {
          lines.add(l);
        }
      } catch (IOException ignored) {
        // the node ended
      }
    });
    reader.setDaemon(true);
    reader.start();
    return lines;
  }

  @Test
  void aBootedNodeWithReloadOffDoesNotListen() throws Exception {
    BlockingQueue<String> lines = startNode(List.of("--mode", "interp", "-noshell", "-eval",
        "io:format(\"ready~n\"), receive after infinity -> ok end."), true);
    assertEquals("ready", lines.poll(60, TimeUnit.SECONDS));
    assertFalse(Files.exists(ReloadSockets.socketOf(node.pid())), "JBEAMJIT_RELOAD=off: no socket");
    assertEquals(2, reload("--node", Long.toString(node.pid()), "lists").status());
  }

  @ParameterizedTest
  @ValueSource(strings = {"run", "booted"})
  void reloadsAModuleOfARunningNodeAndPurges(String kind) throws Exception {
    Path v1 = version("1", "one", "v1");
    Path v2 = version("2", "two", "v2");
    Path v3 = version("3", "three", "v3");
    Erl.erlc(v1, v1.getParent());
    Path main = Files.writeString(v1.getParent().resolve("rl_main.erl"), MAIN);
    List<String> args = new ArrayList<>();
    if (kind.equals("run")) {
      args.addAll(List.of("run", "--mode", "interp", main.toString()));
    } else {
      Erl.erlc(main, v1.getParent());
      args.addAll(List.of("--mode", "interp", "-noshell", "-pa", v1.getParent().toString(), "-s", "rl_main", "main"));
    }
    BlockingQueue<String> lines = startNode(args, false);
    assertEquals("ready", lines.poll(60, TimeUnit.SECONDS));
    String pid = Long.toString(node.pid());

    // The node's socket is its user's alone.
    Path socket = ReloadSockets.socketOf(node.pid());
    assertTrue(Files.exists(socket), "the node listens on " + socket);
    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(socket)));
    assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(socket.getParent())));

    // The idle process runs a fun of the old version; the server runs it until its next message,
    // when its fully qualified call takes it to the new one.
    Result r2 = reload("--node", pid, v2.toString());
    assertEquals(0, r2.status(), r2.out());
    String[] out2 = r2.out().split("\n");
    assertTrue(out2[0].matches("rl_server: vsn 1 md5 [0-9a-f]{32} -> vsn 2 md5 [0-9a-f]{32}"), r2.out());
    assertTrue(out2[1].matches("  the old version is still run by (1 process|2 processes): each moves to the new one"
        + " at its next fully qualified call \\(reload with --purge to kill them\\)"), r2.out());
    String answer = lines.poll(60, TimeUnit.SECONDS);
    assertTrue(answer.startsWith("{two,"), answer);

    // A third version: the old one is still run by the idle process, so it is not loaded...
    Result refused = reload("--node", pid, v3.toString());
    assertEquals(1, refused.status(), refused.out());
    assertTrue(refused.out().contains("not loaded: the version before the current one is still run by 1 process"),
        refused.out());
    // ... unless purged: the idle process is killed; then the server, which runs the version
    // that just became old.
    Result purged = reload("--node", pid, "--purge", v3.toString());
    assertEquals(0, purged.status(), purged.out());
    assertTrue(purged.out().matches("rl_server: vsn 2 md5 [0-9a-f]{32} -> vsn 3 md5 [0-9a-f]{32}\n"
        + "  purged the version before: 1 process killed\n"
        + "  purged the old version: 1 process killed\n"), purged.out());

    // A .beam the node's loader refuses: the reply says why, and the node runs on with version 3
    // current (the next reload starts from it).
    Result bad = reload("--node", pid, corrupted(v1.resolveSibling("rl_server.beam")).toString());
    assertEquals(1, bad.status(), bad.out());
    assertEquals("rl_server: not loaded: badfile\n", bad.out()); // code:load_binary/3's answer, as on erl

    // A bare module name reloads the module from the node's code path (v1's directory).
    Result fromPath = reload("--node", pid, "--purge", "rl_server");
    assertEquals(0, fromPath.status(), fromPath.out());
    assertTrue(fromPath.out().matches("rl_server: vsn 3 md5 [0-9a-f]{32} -> vsn 1 md5 [0-9a-f]{32}\n"
        + "  no process runs the old version\n  purged the old version\n"), fromPath.out());

    Result missing = reload("--node", pid, "rl_no_such_module");
    assertEquals(1, missing.status(), missing.out());
    assertTrue(missing.out().contains("rl_no_such_module: no rl_no_such_module.beam on the node's code path"),
        missing.out());

    node.destroy();
    assertTrue(node.waitFor(30, TimeUnit.SECONDS));
    assertFalse(Files.exists(socket), "the node removes its socket when it exits");
    Result gone = reload("--node", pid, v2.toString());
    assertEquals(2, gone.status());
  }
}
