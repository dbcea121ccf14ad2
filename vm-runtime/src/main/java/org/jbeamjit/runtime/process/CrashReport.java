package org.jbeamjit.runtime.process;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.jbeamjit.runtime.term.Pid;
import org.jbeamjit.runtime.term.TermPrinter;

/**
 * The error reports BEAM's emulator sends the logger: a process that an uncaught error or throw
 * ended ({@code "Error in process ~p with exit value:~n~p~n"}), and plain texts such as
 * {@code "Too many processes"}. The io layer installs a reporter that prints them the way
 * {@code erl -noshell}'s logger does; until then they go to standard error, terms written with
 * {@code ~w}.
 */
public final class CrashReport {
  /** Receives the reports; any thread, must not block. */
  public interface Reporter {
    void report(Pid pid, Object reason);

    /** {@link #report(Pid, Object)} for a reporter that needs more of the process than its pid. */
    default void report(ErlProcess p, Object reason) {
      report(p.pid(), reason);
    }

    /** A report that is only a text, which ends with a newline. */
    default void reportText(String text) {
      printTextToStandardError(text);
    }
  }

  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("d-MMM-yyyy::HH:mm:ss.SSSSSS", Locale.ROOT);

  private static volatile Reporter reporter = CrashReport::printToStandardError;

  private CrashReport() {}

  public static void install(Reporter r) {
    reporter = r;
  }

  static void report(ErlProcess p, Object reason) {
    reporter.report(p, reason);
  }

  /** Reports a text (ending with a newline), as the emulator's {@code erts_send_error_to_logger_str}. */
  static void reportText(String text) {
    reporter.reportText(text);
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

  /** Writes a text report to standard error: when no Erlang reporter can. */
  public static void printTextToStandardError(String text) {
    System.err.print(header(LocalDateTime.now()) + "\n" + text + "\n");
    System.err.flush();
  }
}
