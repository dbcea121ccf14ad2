package org.jbeamjit.launcher;

import org.jbeamjit.runtime.process.ErlProcess;
import org.jbeamjit.runtime.process.RegisteredNames;
import org.jbeamjit.runtime.process.Spawner;
import org.jbeamjit.runtime.term.Atom;
import org.jbeamjit.runtime.term.Pid;

/**
 * Starts OTP's file server ({@code file_server_2}, kernel's {@code file_server}), which the
 * {@code file} module calls for everything but raw files, in a node that does not boot OTP
 * ({@link Vm}): in a booted node kernel's supervisor starts it.
 */
final class FileServer {
  private static final Atom NAME = Atom.of("file_server_2");
  private static final Atom MODULE = Atom.of("file_server");
  private static final long START_TIMEOUT_NANOS = 10_000_000_000L;

  private FileServer() {}

  /** Starts the server unless one runs (from an earlier node in this JVM), and waits until it is registered. */
  static void start(Pid groupLeader) {
    ErlProcess running = RegisteredNames.whereis(NAME);
    if (running != null && running.isAlive()) {
      return;
    }
    // file_server:start/0 is gen_server:start/4 without a link: the server outlives its starter.
    ErlProcess starter = Spawner.spawnRoot(MODULE, Atom.of("start"), new Object[0], groupLeader);
    long deadline = System.nanoTime() + START_TIMEOUT_NANOS;
    while (RegisteredNames.whereis(NAME) == null) {
      if (System.nanoTime() > deadline || !starter.isAlive() && RegisteredNames.whereis(NAME) == null) {
        throw new IllegalStateException("the file server did not start");
      }
      try {
        Thread.sleep(1);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }
}
