package org.jbeamjit.runtime.process;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jbeamjit.runtime.bif.OsEnvBifs;
import org.jbeamjit.runtime.nif.WorkingDirectory;
import org.jbeamjit.runtime.term.Atom;
import org.jbeamjit.runtime.term.Port;
import org.jbeamjit.runtime.term.Tuple;

/**
 * A port to an external program ({@code {spawn, Command}}, {@code {spawn_executable, File}}): a
 * child process whose standard input takes the port's commands and whose standard output (with
 * standard error, given {@code stderr_to_stdout}) comes back as data. It starts in the node's
 * working directory (or {@code cd}) with the node's environment (and {@code env}). When its
 * output ends, the port sends {@code {Port, {exit_status, S}}} once the program has exited (given
 * {@code exit_status}), then {@code {Port, eof}} and stays open (given {@code eof}) or closes with
 * reason {@code normal}. Closing the port closes the pipes; the program is not killed, as in OTP.
 *
 * <p>Java starts a program with its standard streams only: {@code nouse_stdio} (descriptors 3
 * and 4) uses them too, and {@code arg0} is not passed.
 */
final class SpawnPort extends OpenPort {
  private static final int READ_CHUNK = 64 * 1024;
  private static final Atom EPIPE = Atom.of("epipe");

  private final Process process;
  private final OutputStream stdin;
  private final InputStream stdout;

  private SpawnPort(Port id, String name, PortSettings settings, ErlProcess owner, Process process) {
    super(id, name, settings, owner);
    this.process = process;
    this.stdin = settings.out ? process.getOutputStream() : null;
    this.stdout = settings.in ? process.getInputStream() : null;
  }

  /**
   * Starts {@code command} (the program and its arguments) for a new port.
   *
   * @throws IOException if the program cannot be started (its errno text is in the message)
   */
  static SpawnPort start(Port id, String name, List<String> command, PortSettings s, ErlProcess owner)
      throws IOException {
    Path dir = s.cd == null ? WorkingDirectory.get() : WorkingDirectory.resolve(Path.of(s.cd));
    ProcessBuilder b;
    if (java.nio.file.Files.isDirectory(dir)) {
      b = new ProcessBuilder(command);
      b.directory(dir.toFile());
    } else {
      // OTP's child setup reports a directory it cannot enter and exits with chdir's errno (2,
      // ENOENT); the port sees a program that did so.
      b = new ProcessBuilder("/bin/sh", "-c", "echo \"spawn: Could not cd to $0\" >&2; exit 2", s.cd);
      b.directory(WorkingDirectory.get().toFile());
    }
    Map<String, String> env = b.environment();
    env.clear();
    env.putAll(OsEnvBifs.environment());
    s.env.forEach((k, v) -> {
      if (v == null) {
        env.remove(k);
      } else {
        env.put(k, v);
      }
    });
    if (s.stderrToStdout) {
      b.redirectErrorStream(true);
    } else {
      b.redirectError(ProcessBuilder.Redirect.INHERIT);
    }
    if (!s.out) {
      b.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
    }
    if (!s.in) {
      b.redirectOutput(ProcessBuilder.Redirect.INHERIT); // as erl: the program writes where the VM does
    }
    return new SpawnPort(id, name, s, owner, b.start());
  }

  @Override
  Object osPid() {
    return process.pid();
  }

  @Override
  void write(byte[] bytes) throws IOException {
    stdin.write(bytes);
    stdin.flush();
  }

  /** A command the program can no longer take: the port closes, as OTP's does on {@code EPIPE}. */
  void writeFailed() {
    terminate(EPIPE);
  }

  @Override
  void start() {
    Thread t = new Thread(this::readLoop, "jbeamjit-port-" + id.id);
    t.setDaemon(true);
    t.start();
  }

  private void readLoop() {
    if (stdout != null) {
      byte[] buf = new byte[READ_CHUNK];
      try {
        int n;
        while ((n = stdout.read(buf)) > 0) {
          received(buf, n);
        }
      } catch (IOException e) {
        // Closed by port_close, or the pipe failed: either way the output has ended.
      }
    }
    if (settings.exitStatus || stdout == null) {
      int status;
      try {
        status = process.waitFor();
      } catch (InterruptedException e) {
        return; // the VM is going down
      }
      if (settings.exitStatus) {
        sendOwner(Tuple.of(id, Tuple.of(EXIT_STATUS, (long) status)));
      }
    }
    receivedAll(); // an unterminated last line goes after the exit status, as OTP flushes it at the end
    if (settings.eof && stdout != null) {
      sendOwner(Tuple.of(id, EOF));
    } else {
      terminate(ErlProcess.NORMAL);
    }
  }

  @Override
  void release() {
    closeQuietly(stdin);
    closeQuietly(stdout);
  }

  private static void closeQuietly(java.io.Closeable c) {
    if (c != null) {
      try {
        c.close();
      } catch (IOException ignored) {
        // nothing more to release
      }
    }
  }
}
