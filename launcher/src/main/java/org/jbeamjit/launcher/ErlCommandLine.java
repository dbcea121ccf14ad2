package org.jbeamjit.launcher;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jbeamjit.codegen.load.CodePath;
import org.jbeamjit.codegen.ops.Init;
import org.jbeamjit.codegen.ops.ErlStrings;
import org.jbeamjit.runtime.term.Atom;
import org.jbeamjit.runtime.term.Cons;

/**
 * {@code erl}'s own command line: {@code jbeamjit -noshell -pa ebin -s mod main -s init stop}
 * does what {@code erl} does with it. Understood: {@code -noshell}, {@code -noinput},
 * {@code -pa Dir...}, {@code -pz Dir...}, {@code -s Mod [Fun [Atom...]]}, {@code -run Mod [Fun
 * [String...]]}, {@code -eval Expr}, {@code -extra} (the rest are plain arguments), and jbeamjit's
 * {@code --mode jit|interp}. Other {@code -flag}s and {@code +flag}s are accepted and ignored, as
 * are their values. There is no shell: the node runs as with {@code -noshell}, and stops when it
 * halts, or when its first process is done and no process can run again.
 */
final class ErlCommandLine {
  private final List<Path> pa = new ArrayList<>();
  private final List<Path> pz = new ArrayList<>();
  private final List<BootStep> steps = new ArrayList<>();
  /** What {@code init:get_argument/1} tells: each user flag and the values of each time it was given. */
  private final Map<String, List<List<String>>> flags = new LinkedHashMap<>();
  private final List<String> plain = new ArrayList<>();
  private String mode = "jit";

  private ErlCommandLine() {}

  /** Whether {@code args} look like {@code erl}'s flags rather than jbeamjit's subcommands. */
  static boolean isErlStyle(String[] args) {
    int i = 0;
    while (i + 1 < args.length && args[i].equals("--mode")) {
      i += 2;
    }
    if (i >= args.length) {
      return false;
    }
    String a = args[i];
    return a.startsWith("+") || (a.startsWith("-") && !a.startsWith("--") && !a.equals("-h") && !a.equals("-V"));
  }

  static int run(String[] args, PrintWriter err) throws InterruptedException {
    ErlCommandLine c = new ErlCommandLine();
    try {
      c.parse(args);
    } catch (IllegalArgumentException e) {
      err.println("jbeamjit: " + e.getMessage());
      err.flush();
      return 1;
    }
    Init.setArguments(c.flags, c.plain);
    CodePath path = CodePath.of(c.pa, List.of(Path.of("").toAbsolutePath()), CodePath.installedOtpRoot(), c.pz);
    return Vm.run(Engines.byName(c.mode), path, c.steps, Vm.Ending.WHEN_IDLE);
  }

  private void parse(String[] args) {
    int i = 0;
    while (i < args.length) {
      String a = args[i++];
      int end = i;
      while (end < args.length && !isFlag(args[end])) {
        end++;
      }
      List<String> values = List.of(args).subList(i, end);
      switch (a) {
        case "-noshell", "-noinput" -> {
        }
        case "-pa" -> values.forEach(v -> pa.add(Path.of(v)));
        case "-pz" -> values.forEach(v -> pz.add(Path.of(v)));
        case "-s", "-run" -> steps.add(call(a, values));
        case "-eval" -> {
          if (values.isEmpty()) {
            throw new IllegalArgumentException("-eval needs an expression");
          }
          steps.add(new BootStep.Eval(values.get(0)));
          end = i + 1;
        }
        case "--mode" -> {
          if (values.isEmpty()) {
            throw new IllegalArgumentException("--mode needs jit or interp");
          }
          mode = values.get(0);
          Engines.byName(mode);
          end = i + 1;
        }
        case "+S", "+P", "+pc" -> {
          if (values.isEmpty() || !emulatorFlag(a, values.get(0))) {
            throw new IllegalArgumentException("bad value for " + a);
          }
          end = i + 1;
        }
        case "-extra" -> {
          plain.addAll(List.of(args).subList(i, args.length));
          end = args.length;
        }
        default -> {
          if (!isFlag(a)) {
            throw new IllegalArgumentException("unexpected argument " + a);
          }
        }
      }
      if (a.startsWith("-") && !a.startsWith("--") && !List.of("-s", "-run", "-eval", "-extra").contains(a)) {
        flags.computeIfAbsent(a.substring(1), k -> new ArrayList<>()).add(List.copyOf(values));
      }
      i = end;
    }
  }

  /** The emulator flags of processes and io: scheduler count, process limit, printable range. */
  private static boolean emulatorFlag(String flag, String value) {
    switch (flag) {
      case "+S":
        return org.jbeamjit.scheduler.Schedulers.configure(value);
      case "+P":
        try {
          return org.jbeamjit.runtime.process.ProcessTable.configure(Integer.parseInt(value));
        } catch (NumberFormatException e) {
          return false;
        }
      default:
        return org.jbeamjit.runtime.bif.IoBifs.setPrintableRange(value);
    }
  }

  private static boolean isFlag(String s) {
    return (s.startsWith("-") || s.startsWith("+")) && s.length() > 1;
  }

  /** {@code -s M [F [A...]]}: atoms; {@code -run M [F [A...]]}: strings. Without F, {@code M:start()}; without arguments, {@code M:F()}. */
  private static BootStep call(String flag, List<String> values) {
    if (values.isEmpty()) {
      throw new IllegalArgumentException(flag + " needs a module");
    }
    Atom module = Atom.of(values.get(0));
    Atom function = Atom.of(values.size() > 1 ? values.get(1) : "start");
    if (values.size() <= 2) {
      return new BootStep.Call(module, function, List.of());
    }
    List<Object> args = new ArrayList<>();
    for (String v : values.subList(2, values.size())) {
      args.add(flag.equals("-s") ? Atom.of(v) : ErlStrings.of(v));
    }
    return new BootStep.Call(module, function, List.of(Cons.fromList(args)));
  }
}
