package org.jbeamjit.launcher;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.jbeamjit.runtime.bif.SystemInfoBifs;
import org.jbeamjit.runtime.process.ErlProcess;
import org.jbeamjit.runtime.process.ProcessTable;
import org.jbeamjit.runtime.term.Atom;
import org.jbeamjit.runtime.term.TermPrinter;

/**
 * The crash dump BEAM writes when the node halts with a slogan ({@code halt("init terminating in
 * do_boot ...")}): {@code erl_crash.dump} in the working directory, or the file
 * {@code ERL_CRASH_DUMP} names; none when {@code ERL_CRASH_DUMP_SECONDS} is 0. jbeamjit's dump has
 * the format's header (slogan, system version) and one {@code =proc} section per process with its
 * pid, state, name and initial call; BEAM's also has schedulers, memory, ETS tables, timers,
 * ports, atoms and each process's stack and heap, which crashdump_viewer shows.
 */
final class CrashDump {
  /** asctime's layout, as the dump's second line has it: {@code Sun Nov 22 23:49:43 2026}. */
  private static final DateTimeFormatter ASCTIME = DateTimeFormatter.ofPattern("EEE MMM ppd HH:mm:ss yyyy", Locale.ROOT);

  private CrashDump() {}

  /** Writes the dump and says so on standard error, as BEAM does. */
  static void write(String slogan) {
    if ("0".equals(System.getenv("ERL_CRASH_DUMP_SECONDS"))) {
      return;
    }
    String name = System.getenv().getOrDefault("ERL_CRASH_DUMP", "erl_crash.dump");
    System.err.print("\r\nCrash dump is being written to: " + name + "...");
    System.err.flush();
    try (PrintStream out = new PrintStream(Files.newOutputStream(Path.of(name)), false, StandardCharsets.UTF_8)) {
      out.print("=erl_crash_dump:0.5\n" + ASCTIME.format(LocalDateTime.now()) + "\nSlogan: " + slogan + "\n");
      out.print("System version: " + chars(SystemInfoBifs.systemInfo(null, Atom.of("system_version"))));
      out.print("Taints: \nCalling Thread: scheduler:1\n");
      List<ErlProcess> all = ProcessTable.get().all();
      for (ErlProcess p : all) {
        out.print("=proc:" + TermPrinter.write(p.pid()) + "\nState: " + state(p.status()) + "\n");
        if (p.registeredName() != null) {
          out.print("Name: " + p.registeredName().name() + "\n");
        }
        if (p.initialCall() != null) {
          out.print("Spawned as: " + TermPrinter.write(p.initialCall().get(0)) + ":"
              + TermPrinter.write(p.initialCall().get(1)) + "/" + p.initialCall().get(2) + "\n");
        }
      }
      out.print("=end\n");
    } catch (IOException | RuntimeException e) {
      System.err.print("failed: " + e.getMessage() + "\r\n");
      return;
    }
    System.err.print("done\r\n");
    System.err.flush();
  }

  /** The dump's process states: {@code Running}, {@code Waiting}, {@code Runnable}, ... */
  private static String state(Atom status) {
    String s = status == null ? "exiting" : status.name();
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  private static String chars(Object list) {
    StringBuilder sb = new StringBuilder();
    for (Object l = list; l instanceof org.jbeamjit.runtime.term.Cons c; l = c.tail) {
      sb.appendCodePoint((int) (long) (Long) c.head);
    }
    return sb.toString();
  }
}
