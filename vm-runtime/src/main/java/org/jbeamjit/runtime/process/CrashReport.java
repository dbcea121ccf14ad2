package org.jbeamjit.runtime.process;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.jbeamjit.runtime.term.Pid;
import org.jbeamjit.runtime.term.TermPrinter;

/**
 * The report of a process that an uncaught error or throw ended, as BEAM's emulator sends it to
 * the logger: {@code "Error in process ~p with exit value:~n~p~n"}. The io layer installs a
 * reporter that prints it the way {@code erl -noshell}'s logger does; until then it goes to
 * standard error, written with {@code ~w}.
 */
public final class CrashReport {
  /** Receives the reports; any thread, must not block. */
  public interface Reporter {
    void report(Pid pid, Object reason);
  }

  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("d-MMM-yyyy::HH:mm:ss.SSSSSS", Locale.ROOT);

  private static volatile Reporter reporter = CrashReport::printToStandardError;

  private CrashReport() {}

  public static void install(Reporter r) {
    reporter = r;
  }

  static void report(ErlProcess p, Object reason) {
    reporter.report(p.pid(), reason);
  }

  /** The header line OTP's logger writes before a report: {@code =ERROR REPORT==== date ===}. */
  public static String header(LocalDateTime time) {
    return "=ERROR REPORT==== " + STAMP.format(time) + " ===";
  }

  /** Writes a report to standard error, with {@code ~w}: when no Erlang reporter can. */
  public static void printToStandardError(Pid pid, Object reason) {
    System.err.print(header(LocalDateTime.now()) + "\nError in process " + TermPrinter.write(pid)
        + " with exit value:\n" + TermPrinter.write(reason) + "\n\n");
    System.err.flush();
  }
}
