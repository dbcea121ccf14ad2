package org.jbeamjit.launcher;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jbeamjit.codegen.load.CodePath;
import org.jbeamjit.codegen.load.CodeServer;
import org.jbeamjit.codegen.load.Engine;
import org.jbeamjit.codegen.ops.Halt;
import org.jbeamjit.hotswap.HotSwap;
import org.jbeamjit.runtime.code.FunctionCode;
import org.jbeamjit.runtime.process.ErlProcess;
import org.jbeamjit.runtime.process.ProcessTable;
import org.jbeamjit.runtime.process.Signals;
import org.jbeamjit.runtime.process.Spawner;
import org.jbeamjit.runtime.term.Atom;
import org.jbeamjit.runtime.term.Pid;
import org.jbeamjit.runtime.io.StandardIo;
import org.jbeamjit.scheduler.Schedulers;

/**
 * A node that does not boot OTP ({@code jbeamjit run}, the in-process corpus): code loaded on
 * demand from a code path with one engine, stand-ins for {@code init} and {@code code}, jbeamjit's
 * own io servers and code server, scheduler threads, and a first process that makes the boot
 * steps' calls. Erl's command line boots OTP instead: {@link OtpNode}, docs/BOOT.md.
 */
final class Vm {
  private static final Atom NORMAL = Atom.of("normal");
  private static final Atom KILL = Atom.of("kill");

  /**
   * The scheduler threads, started once per JVM (daemon threads): processes a node run leaves
   * behind, such as the io servers {@link StandardIo} keeps, must go on running in the next one.
   */
  private static Schedulers schedulers;

  private Vm() {}

  /**
   * Kills every process but those in {@code keep}: what a test's program left running must not
   * write into the next one's output.
   */
  private static void killAllBut(Set<Pid> keep) throws InterruptedException {
    List<Pid> doomed = new ArrayList<>();
    for (ErlProcess q : ProcessTable.get().all()) {
      if (!keep.contains(q.pid()) && q.isAlive()) {
        doomed.add(q.pid());
      }
    }
    if (doomed.isEmpty()) {
      return;
    }
    ErlProcess killer = Spawner.spawnRoot(new FunctionCode() {
      @Override
      public Object invoke(ErlProcess self, int depth, Object[] args) {
        for (Pid pid : doomed) {
          Signals.exit(self, pid, KILL);
        }
        return NORMAL;
      }

      @Override
      public int arity() {
        return 0;
      }
    }, new Object[0], null);
    try {
      killer.exitFuture().get(5, TimeUnit.SECONDS);
    } catch (ExecutionException | TimeoutException e) {
      System.err.println("jbeamjit: could not kill what a run left behind: " + e);
    }
  }

  private static synchronized Schedulers schedulers() {
    if (schedulers == null) {
      schedulers = Schedulers.start(Schedulers.defaultCount());
    }
    return schedulers;
  }

  /** When the node stops by itself, if nothing halts it first. */
  enum Ending {
    /** When the first process has made its calls (a script: {@code jbeamjit run}). */
    AFTER_BOOT,
    /** When the first process is done and no process can run again (as {@code erl -noshell} would idle). */
    WHEN_IDLE,
    /**
     * As {@link #AFTER_BOOT}, or with status {@link #STUCK} when the first process can never
     * finish: no process can run and no timer is pending. For tests, whose programs read no input
     * (a port reading standard input could wake a process this cannot see).
     */
    AFTER_BOOT_UNLESS_STUCK
  }

  /** The status of a node stopped because every process waits and nothing can wake one. */
  static final int STUCK = 3;

  /**
   * Runs the node and returns its exit status: the {@code halt} status, 0 when it ends by itself,
   * 1 when the first process fails (its crash report is printed on standard error).
   */
  static int run(Engine engine, CodePath path, List<BootStep> steps, Ending ending) throws InterruptedException {
    List<java.nio.file.Path> dirs = new java.util.ArrayList<>(path.dirs());
    dirs.add(StandardIo.modulesDirectory()); // jbeamjit_user, the io servers
    CodeServer.install(new CodePath(dirs), engine);
    Schedulers schedulers = schedulers();
    CompletableFuture<Integer> halted = new CompletableFuture<>();
    schedulers.onUncaught((p, t) -> {
      if (t instanceof Halt h) {
        halted.complete(h.status);
      } else {
        p.abort(t);
      }
    });
    Pid groupLeader = StandardIo.start();
    HotSwap.start(groupLeader); // the code server and the purger
    FileServer.start(groupLeader); // what kernel's supervisor would start: the file module needs it
    Set<Pid> before = new HashSet<>(); // the io servers and the code server among them
    for (ErlProcess q : ProcessTable.get().all()) {
      before.add(q.pid());
    }
    try {
      ErlProcess first = Spawner.spawnRoot(new BootSequence(steps), new Object[0], groupLeader);
      CompletableFuture<Object> exit = first.exitFuture();
      CompletableFuture<Object> done = CompletableFuture.anyOf(halted, exit);
      for (int idle = 0; !done.isDone(); ) {
        try {
          done.get(100, TimeUnit.MILLISECONDS);
        } catch (TimeoutException stillRunning) {
          idle = ending == Ending.AFTER_BOOT_UNLESS_STUCK && schedulers.isIdle() ? idle + 1 : 0;
          if (idle >= 3) {
            System.err.println("jbeamjit: every process waits and nothing can wake one");
            return STUCK;
          }
        }
      }
      if (halted.isDone()) {
        return halted.get();
      }
      if (ending == Ending.WHEN_IDLE) {
        while (!schedulers.isIdle()) {
          try {
            return halted.get(10, TimeUnit.MILLISECONDS);
          } catch (TimeoutException stillRunning) {
            // poll again
          }
        }
      }
      if (exit.get() != NORMAL) {
        // Let the first process's crash report out: the first one formatted may take a second
        // on a loaded machine (io_lib_pretty is loaded and compiled for it).
        StandardIo.awaitReports(10_000);
        return 1;
      }
      return 0;
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    } finally {
      if (ending == Ending.AFTER_BOOT_UNLESS_STUCK) {
        killAllBut(before);
      }
      System.out.flush();
      System.err.flush();
    }
  }
}
