package org.jbeamjit.launcher;

import org.jbeamjit.runtime.process.CrashReport;
import org.jbeamjit.runtime.process.ErlProcess;
import org.jbeamjit.runtime.process.RegisteredNames;
import org.jbeamjit.runtime.term.Atom;
import org.jbeamjit.runtime.term.Cons;
import org.jbeamjit.runtime.term.ErlMap;
import org.jbeamjit.runtime.term.Pid;
import org.jbeamjit.runtime.term.Tuple;

/**
 * The emulator's error reports in a node that boots OTP, sent as BEAM sends them: a
 * {@code {log, error, Format, Args, Meta}} message to the system logger ({@code logger_proxy} once
 * kernel runs it, else the {@code logger} process), whose handlers format them (on standard error,
 * as {@code erl}'s default handler does). With no logger running yet, they are printed directly.
 */
final class SystemLoggerReports implements CrashReport.Reporter {
  private static final Atom LOG = Atom.of("log");
  private static final Atom ERROR = Atom.of("error");
  private static final Atom LOGGER = Atom.of("logger");
  private static final Atom LOGGER_PROXY = Atom.of("logger_proxy");
  private static final Tuple EMULATOR = Tuple.of(Atom.of("error_logger"),
      ErlMap.of(Atom.of("emulator"), org.jbeamjit.runtime.term.Atoms.TRUE, Atom.of("tag"), ERROR));

  @Override
  public void report(Pid pid, Object reason) {
    CrashReport.printToStandardError(pid, reason);
  }

  @Override
  public void report(ErlProcess p, Object reason) {
    ErlProcess logger = systemLogger();
    if (logger == null || logger == p) {
      CrashReport.printToStandardError(p.pid(), reason);
      return;
    }
    logger.send(Tuple.of(LOG, ERROR, Cons.string("Error in process ~p with exit value:~n~p~n"),
        Cons.list(p.pid(), reason), meta(p)));
  }

  @Override
  public void reportText(String text) {
    ErlProcess logger = systemLogger();
    if (logger == null) {
      CrashReport.printTextToStandardError(text);
      return;
    }
    logger.send(Tuple.of(LOG, ERROR, Cons.string("~s"), Cons.list(Cons.string(text)), meta(null)));
  }

  /** What BEAM puts in an emulator report's metadata: pid, group leader, time, and the error_logger tag. */
  private static ErlMap meta(ErlProcess p) {
    java.time.Instant now = java.time.Instant.now();
    long micros = now.getEpochSecond() * 1_000_000 + now.getNano() / 1000;
    ErlMap m = ErlMap.of(Atom.of("time"), micros, EMULATOR.get(0), EMULATOR.get(1));
    if (p != null) {
      m = m.put(Atom.of("pid"), p.pid()).put(Atom.of("gl"), p.groupLeader());
    }
    return m;
  }

  private static ErlProcess systemLogger() {
    ErlProcess proxy = RegisteredNames.whereis(LOGGER_PROXY);
    if (proxy != null && proxy.isAlive()) {
      return proxy;
    }
    ErlProcess logger = RegisteredNames.whereis(LOGGER);
    return logger != null && logger.isAlive() ? logger : null;
  }
}
