package org.jbeamjit.scheduler;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.jbeamjit.runtime.process.ErlProcess;
import org.jbeamjit.runtime.process.SpawnOptions;
import org.jbeamjit.runtime.process.Spawner;
import org.jbeamjit.runtime.term.Pid;

/** Schedulers for one test, stopped at the end, and helpers to run and watch Java-coded processes. */
final class TestVm implements AutoCloseable {
  final Schedulers schedulers;

  private TestVm(int count) {
    schedulers = Schedulers.start(count);
  }

  static TestVm start(int schedulers) {
    return new TestVm(schedulers);
  }

  /** Starts a process (from this Java thread) running {@code body}. */
  static ErlProcess spawn(Script.Step body) {
    return Spawner.spawnRoot(Script.code(body), new Object[0], null);
  }

  /** Spawns from inside a process, with options; returns the pid (or {Pid, Ref}). */
  static Object spawn(ErlProcess parent, SpawnOptions options, Script.Step body) {
    return Spawner.spawn(parent, Script.code(body), new Object[0], options);
  }

  /** Waits for a process to exit and returns its exit reason. */
  static Object awaitExit(ErlProcess p) throws Exception {
    return p.exitFuture().get(30, TimeUnit.SECONDS);
  }

  /** A process that hands every message it gets to a Java queue, forever (until killed). */
  static final class Probe {
    final BlockingQueue<Object> received = new LinkedBlockingQueue<>();
    final ErlProcess process;

    Probe(boolean trapExit) {
      process = spawn((p, d) -> {
        p.setTrapExit(trapExit);
        return loop(p, d);
      });
    }

    private Object loop(ErlProcess p, int depth) {
      return Script.receive(p, depth, (q, d, m) -> {
        received.add(m);
        return loop(q, d);
      });
    }

    Pid pid() {
      return process.pid();
    }

    Object next() throws InterruptedException {
      Object m = received.poll(30, TimeUnit.SECONDS);
      if (m == null) {
        throw new AssertionError("no message within 30 s");
      }
      return m;
    }

    /** The next message if one comes within {@code millis}, else null. */
    Object poll(long millis) throws InterruptedException {
      return received.poll(millis, TimeUnit.MILLISECONDS);
    }
  }

  @Override
  public void close() throws InterruptedException {
    schedulers.stop();
  }
}
