package org.jbeamjit.runtime.io;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jbeamjit.runtime.code.BundledModule;
import org.jbeamjit.runtime.error.ErlangException;
import org.jbeamjit.runtime.process.CrashReport;
import org.jbeamjit.runtime.process.ErlProcess;
import org.jbeamjit.runtime.process.RegisteredNames;
import org.jbeamjit.runtime.process.Spawner;
import org.jbeamjit.runtime.term.Atom;
import org.jbeamjit.runtime.term.Atoms;
import org.jbeamjit.runtime.term.BitString;
import org.jbeamjit.runtime.term.Pid;
import org.jbeamjit.runtime.term.Tuple;

/**
 * The node's standard io until a full OTP boot supplies its own: the Erlang module
 * {@code jbeamjit_user} (compiled into this jar from {@code src/main/erlang}) runs as
 * {@code user} over fds 0 and 1 and as {@code standard_error} over fd 2, speaking the io
 * protocol byte for byte as OTP's {@code user} does under {@code erl -noshell}; and crash reports
 * are printed by its reporter process, as the logger prints them.
 *
 * <p>Why an io server in Erlang rather than OTP's {@code user}: {@code user} needs the
 * {@code init} process and tty control of a full boot; this one needs only an fd port, and keeps
 * the io protocol in Erlang, where OTP keeps it.
 */
public final class StandardIo {
  /** The module that implements the servers. */
  public static final Atom MODULE = Atom.of("jbeamjit_user");
  private static final String RESOURCE = "jbeamjit_user.beam";
  private static final Atom USER = Atom.of("user");
  private static final Atom STANDARD_ERROR = Atom.of("standard_error");
  private static final Atom REPORTER = Atom.of("jbeamjit_crash_reporter");
  private static final Atom CRASH = Atom.of("crash");
  private static final Atom TEXT = Atom.of("text");

  private static Path modulesDirectory;

  private StandardIo() {}

  /**
   * The directory that holds {@code jbeamjit_user.beam}, for the code path: the build's class
   * directory, or a temporary copy when running from a jar.
   */
  public static synchronized Path modulesDirectory() {
    if (modulesDirectory == null) {
      modulesDirectory = BundledModule.directory(StandardIo.class, RESOURCE);
    }
    return modulesDirectory;
  }

  /**
   * Starts {@code user}, {@code standard_error} and the crash reporter (schedulers must be
   * installed and {@link #modulesDirectory()} on the code path) and returns {@code user}'s pid,
   * the group leader of the processes the launcher starts.
   */
  public static synchronized Pid start() {
    ErlProcess running = RegisteredNames.whereis(USER);
    if (running != null && running.isAlive()) {
      return running.pid(); // a node run before in this JVM left them running
    }
    ErlProcess user = Spawner.spawnRoot(MODULE, Atom.of("server"), new Object[] {1L, Atoms.TRUE}, null);
    register(USER, user);
    ErlProcess standardError = Spawner.spawnRoot(MODULE, Atom.of("server"), new Object[] {2L, Atoms.FALSE},
        user.pid());
    register(STANDARD_ERROR, standardError);
    ErlProcess reporter = Spawner.spawnRoot(MODULE, Atom.of("reporter"), new Object[0], user.pid());
    register(REPORTER, reporter);
    CrashReport.install(new CrashReport.Reporter() {
      @Override
      public void report(Pid pid, Object reason) {
        if (reporter.isAlive() && !pid.equals(reporter.pid())) {
          reporter.send(Tuple.of(CRASH, header(), pid, reason));
        } else {
          CrashReport.printToStandardError(pid, reason); // the reporter itself failed
        }
      }

      @Override
      public void reportText(String text) {
        if (reporter.isAlive()) {
          reporter.send(Tuple.of(TEXT, header(), BitString.wrap(text.getBytes(StandardCharsets.ISO_8859_1))));
        } else {
          CrashReport.printTextToStandardError(text);
        }
      }

      private BitString header() {
        return BitString.wrap(CrashReport.header(LocalDateTime.now()).getBytes(StandardCharsets.ISO_8859_1));
      }
    });
    return user.pid();
  }

  /**
   * Waits (at most {@code millis}) until the crash reporter has printed what it was sent, so that
   * a node stopping because of a crash shows it. {@code erl} gives no such guarantee: its logger
   * may still be busy when the node halts. The reporter answers a sync request after the reports
   * before it; its being idle proves nothing, as it waits for {@code user}'s reply while printing.
   */
  public static void awaitReports(long millis) throws InterruptedException {
    ErlProcess reporter = RegisteredNames.whereis(REPORTER);
    if (reporter == null || !reporter.isAlive()) {
      return;
    }
    try {
      ErlProcess sync = Spawner.spawnRoot(MODULE, Atom.of("sync_reports"), new Object[] {millis},
          reporter.groupLeader());
      sync.exitFuture().get(millis + 1000, TimeUnit.MILLISECONDS);
    } catch (ErlangException | ExecutionException | TimeoutException e) {
      // a full process table, or a report that cannot be printed in time: not worth hanging the node for
    }
  }

  private static void register(Atom name, ErlProcess p) {
    if (!RegisteredNames.register(name, p)) {
      throw new IllegalStateException(name + " is already registered");
    }
  }
}
