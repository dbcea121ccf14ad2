package org.jbeamjit.launcher;

import org.jbeamjit.runtime.bif.SystemFlags;
import org.jbeamjit.runtime.process.CrashReport;
import org.jbeamjit.runtime.process.ErlProcess;
import org.jbeamjit.runtime.process.RegisteredNames;
import org.jbeamjit.runtime.process.Signals;
import org.jbeamjit.runtime.term.Atom;
import org.jbeamjit.runtime.term.Cons;
import org.jbeamjit.runtime.term.ErlMap;
import org.jbeamjit.runtime.term.Pid;
import org.jbeamjit.runtime.term.Tuple;

/**
 * The emulator's error reports in a node that boots OTP, sent as BEAM sends them: a
 * {@code {log, error, Format, Args, Meta}} message to the system logger
 * ({@code erlang:system_flag(system_logger, _)}: the {@code logger} process at first, then
 * kernel's {@code logger_proxy}), whose handlers format them as {@code erl}'s do. With the flag
 * {@code undefined} they are dropped, as in BEAM; with no logger running yet, they are printed.
 */
final class SystemLoggerReports implements CrashReport.Reporter {
  private static final Atom LOG = Atom.of("log");
  private static final Atom ERROR = Atom.of("error");
  private static final Atom UNDEFINED = Atom.of("undefined");
  private static final Tuple EMULATOR = Tuple.of(Atom.of("error_logger"),
      ErlMap.of(Atom.of("emulator"), org.jbeamjit.runtime.term.Atoms.TRUE, Atom.of("tag"), ERROR));

  @Override
  public void report(Pid pid, Object reason) {
    CrashReport.printToStandardError(pid, reason);
  }

  @Override
  public void report(ErlProcess p, Object reason) {
    if (SystemFlags.systemLogger() == UNDEFINED) {
      return;
    }
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
    if (SystemFlags.systemLogger() == UNDEFINED) {
      return;
    }
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

  /** The live process the system logger flag names, or {@code null}. */
  private static ErlProcess systemLogger() {
    Object flag = SystemFlags.systemLogger();
    ErlProcess logger = flag instanceof Pid pid ? Signals.process(pid)
        : flag instanceof Atom name ? RegisteredNames.whereis(name) : null;
    return logger != null && logger.isAlive() ? logger : null;
  }
}
