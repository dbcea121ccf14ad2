package org.jbeamjit.launcher;

import java.io.PrintStream;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jbeamjit.codegen.load.ModuleTable;
import org.jbeamjit.runtime.bif.SystemInfoBifs;
import org.jbeamjit.runtime.process.ErlProcess;
import org.jbeamjit.runtime.process.ProcessTable;
import org.jbeamjit.runtime.term.Atom;
import org.jbeamjit.runtime.term.Cons;
import org.jbeamjit.runtime.term.Tuple;
import org.jbeamjit.runtime.term.TermPrinter;
import org.jbeamjit.runtime.tty.StandardInput;
import org.jbeamjit.runtime.tty.Terminal;

/**
 * Ctrl-C ({@code SIGINT}) as erl takes it: the BREAK menu on standard output, answered with a
 * line on standard input (the terminal back in its own modes meanwhile, as BEAM puts it):
 * {@code a} halts with status 0, {@code c} continues, {@code v} shows the emulator version,
 * {@code i} the node's figures, {@code p} its processes, {@code l} its loaded modules (each of
 * these three continues after it, as in BEAM). Ctrl-C again while the menu waits halts; an
 * empty line is no answer; another letter is answered as BEAM answers an invalid option. BEAM's
 * crash dump ({@code A} halts without one), process killing ({@code k}), table and distribution
 * listings ({@code D}, {@code d}) are not here: they say so and ask again.
 */
final class BreakHandler {
  private static final String MENU = "BREAK: (a)bort (A)bort with dump (c)ontinue (p)roc info (i)nfo\n"
      + "       (l)oaded (v)ersion (k)ill (D)b-tables (d)istribution\n";
  private static final AtomicBoolean IN_MENU = new AtomicBoolean();

  private BreakHandler() {}

  /**
   * Takes over Ctrl-C for the rest of the JVM's life (once, before the node reads its input), as
   * erl's emulator flags say: by default the menu; {@code +B} or {@code +Bd} no break handling
   * (Ctrl-C ends the node as the signal ends any program); {@code +Bi} Ctrl-C ignored.
   */
  static void install(String[] args) {
    String mode = "";
    for (String a : args) {
      if (a.equals("+B") || a.equals("+Bd") || a.equals("+Bi") || a.equals("+Bc")) {
        mode = a;
      }
    }
    if (mode.equals("+B") || mode.equals("+Bd")) {
      return;
    }
    StandardInput input = StandardInput.install();
    boolean ignore = mode.equals("+Bi");
    try {
      sun.misc.Signal.handle(new sun.misc.Signal("INT"), s -> {
        if (!ignore) {
          onInterrupt(input);
        }
      });
    } catch (IllegalArgumentException unavailable) {
      // The JVM keeps SIGINT (-Xrs): Ctrl-C stops it as it would any Java program.
    }
  }

  private static void onInterrupt(StandardInput input) {
    if (!IN_MENU.compareAndSet(false, true)) {
      halt(0); // Ctrl-C at the menu: as BEAM, the node goes at once
    }
    // The menu runs on its own thread: the signal's thread must return for the next Ctrl-C.
    Thread t = new Thread(() -> {
      try {
        menu(input);
      } finally {
        IN_MENU.set(false);
      }
    }, "jbeamjit-break");
    t.setDaemon(true);
    t.start();
  }

  private static void menu(StandardInput input) {
    input.divert();
    PrintStream out = System.out;
    Terminal.restore();
    Runnable report;
    try {
      out.print("\n" + MENU);
      report = answer(input, out);
    } finally {
      Terminal.resume();
      input.endDiversion();
    }
    // Printed once the node has its terminal back, so that what is typed after it is the shell's.
    report.run();
    out.flush();
  }

  /** Reads answers until one ends the menu (or halts the node); what to print then. */
  private static Runnable answer(StandardInput input, PrintStream out) {
    while (true) {
      out.flush();
      String line;
      try {
        line = input.readLine();
      } catch (InterruptedException e) {
        line = null;
      }
      if (line == null) {
        return () -> { }; // no more input: nothing to answer with, so on
      }
      if (line.isEmpty()) {
        continue; // as BEAM: an empty line is no answer
      }
      char option = line.charAt(0);
      switch (option) {
        case 'a', 'A' -> halt(0);
        case 'c' -> {
          return () -> { };
        }
        case 'v' -> {
          return () -> out.println("Erlang (BEAM) emulator version " + ertsVersion());
        }
        case 'i' -> {
          return () -> info(out);
        }
        case 'p' -> {
          return () -> processes(out);
        }
        case 'l' -> {
          return () -> loaded(out);
        }
        case 'k', 'D', 'd' -> out.print("Option '" + option + "' is not available in jbeamjit. Please enter one of the following:\n" + MENU);
        default -> out.print("Invalid option '" + option + "'. Please enter one of the following:\n" + MENU);
      }
    }
  }

  /** Puts the terminal back as it was, then stops the JVM with {@code status} without waiting for anything. */
  private static void halt(int status) {
    Terminal.restore();
    System.out.flush();
    Runtime.getRuntime().halt(status);
  }

  private static void info(PrintStream out) {
    Runtime rt = Runtime.getRuntime();
    out.println("=memory");
    out.println("total: " + (rt.totalMemory() - rt.freeMemory()));
    out.println("=processes");
    out.println("count: " + ProcessTable.get().count());
    out.println("limit: " + ProcessTable.get().limit());
    out.println("=loaded_modules");
    out.println("count: " + ModuleTable.withCode().size());
  }

  private static void processes(PrintStream out) {
    List<ErlProcess> all = ProcessTable.get().all();
    all.sort(Comparator.comparing(p -> p.pid().toString()));
    for (ErlProcess p : all) {
      out.println("=proc:" + TermPrinter.write(p.pid()));
      out.println("State: " + capitalised(p.status()));
      Atom name = p.registeredName();
      if (name != null) {
        out.println("Name: " + TermPrinter.write(name));
      }
      out.println("Spawned as: " + mfa(p.initialCall()));
      Object current = p.currentFunction();
      if (current != null) {
        out.println("Current call: " + mfa(current));
      }
      out.println("Message queue length: " + p.mailbox().size());
      out.println("Link list: " + TermPrinter.write(Cons.fromList(List.copyOf(p.linkedPids()))));
      out.println("Reductions: " + p.reductionsDone());
    }
  }

  private static void loaded(PrintStream out) {
    List<Atom> modules = ModuleTable.withCode();
    out.println("=loaded_modules");
    out.println("Modules: " + modules.size());
    modules.stream().map(Atom::name).sorted().forEach(m -> out.println("=mod:" + m));
  }

  /** {@code erlang:system_info(version)}: the erts this node stands for. */
  private static String ertsVersion() {
    StringBuilder v = new StringBuilder();
    for (Object l = SystemInfoBifs.systemInfo(Atom.of("version")); l instanceof Cons c; l = c.tail) {
      v.appendCodePoint((int) (long) (Long) c.head);
    }
    return v.toString();
  }

  private static String capitalised(Atom a) {
    String s = a.name();
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  /** {@code M:F/A} for an {@code {M, F, A}} tuple, as BEAM's dumps write calls. */
  private static String mfa(Object t) {
    if (t instanceof Tuple mfa && mfa.arity() == 3) {
      return TermPrinter.write(mfa.get(0)) + ":" + TermPrinter.write(mfa.get(1)) + "/" + TermPrinter.write(mfa.get(2));
    }
    return TermPrinter.write(t);
  }
}
