package org.jbeamjit.launcher;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jbeamjit.codegen.load.CodePath;

/**
 * {@code erl}'s own command line: {@code jbeamjit [--mode jit|interp] [erl flags]} boots OTP as
 * {@code erl} does ({@link OtpNode}). As {@code erlexec} and BEAM's {@code erl_start} do, the
 * emulator's {@code +} flags are the VM's ({@code +S}, {@code +P}, {@code +pc}; others are accepted
 * and ignored), and everything else goes to OTP's {@code init} after the arguments {@code erl}
 * puts first: {@code -root}, {@code -bindir}, {@code -progname erl}, {@code -home}. {@code init}
 * then handles {@code -noshell}, {@code -s}, {@code -run}, {@code -eval}, {@code -extra},
 * {@code -pa}, {@code -boot}, {@code -config} and the rest itself.
 */
final class ErlCommandLine {
  private final List<String> userArgs = new ArrayList<>();
  private String mode = "jit";
  private Path root;

  private ErlCommandLine() {}

  /** Whether {@code args} are {@code erl}'s flags (or none) rather than jbeamjit's subcommands. */
  static boolean isErlStyle(String[] args) {
    int i = 0;
    while (i + 1 < args.length && args[i].equals("--mode")) {
      i += 2;
    }
    if (i >= args.length) {
      return true;
    }
    String a = args[i];
    return a.startsWith("+") || (a.startsWith("-") && !a.startsWith("--") && !a.equals("-h") && !a.equals("-V"));
  }

  static int run(String[] args, PrintWriter err) throws InterruptedException {
    ErlCommandLine c = new ErlCommandLine();
    try {
      c.parse(args);
      if (c.root == null) {
        Optional<Path> installed = CodePath.installedOtpRoot();
        if (installed.isEmpty()) {
          throw new IllegalArgumentException("no installed OTP found (erl on the PATH) and no -root given");
        }
        c.root = installed.get();
      }
      return OtpNode.run(Engines.byName(c.mode), c.root, c.bootArgs());
    } catch (IllegalArgumentException | IOException e) {
      err.println("jbeamjit: " + e.getMessage());
      err.flush();
      return 1;
    }
  }

  /**
   * What {@code init:boot/1} gets, as {@code erl} gives it: {@code -root}, {@code -bindir} (unless
   * the user gave them), {@code -progname erl}, {@code -home}, then the user's arguments; the
   * {@code --} between them end each group's values, as {@code erlexec} writes them.
   */
  private List<String> bootArgs() throws IOException {
    List<String> out = new ArrayList<>();
    if (!userArgs.contains("-root")) {
      out.addAll(List.of("-root", root.toString()));
    }
    if (!userArgs.contains("-bindir")) {
      Path erts = OtpNode.ertsLib(root).getFileName(); // erts-13.1.5
      out.addAll(List.of("-bindir", root.resolve(erts.toString()).resolve("bin").toString()));
    }
    out.addAll(List.of("-progname", "erl", "--"));
    String home = System.getenv("HOME");
    if (home != null) {
      out.addAll(List.of("-home", home, "--"));
    }
    out.addAll(userArgs);
    return out;
  }

  private void parse(String[] args) {
    int i = 0;
    while (i < args.length) {
      String a = args[i++];
      String value = i < args.length ? args[i] : null;
      if (a.equals("-extra")) {
        userArgs.addAll(List.of(args).subList(i - 1, args.length));
        return;
      } else if (a.equals("--mode")) {
        if (value == null) {
          throw new IllegalArgumentException("--mode needs jit or interp");
        }
        Engines.byName(value);
        mode = value;
        i++;
      } else if (a.startsWith("+") && a.length() > 1) {
        i += emulatorFlag(a, value);
      } else {
        if (a.equals("-root") && value != null) {
          root = Path.of(value);
        }
        userArgs.add(a);
      }
    }
  }

  /**
   * Applies an emulator flag and returns how many of the following arguments it took: the
   * scheduler count, the process limit, the printable range; the others BEAM knows are accepted
   * and ignored (with their value, when the next argument is not a flag).
   */
  private static int emulatorFlag(String flag, String value) {
    boolean ok;
    switch (flag) {
      case "+S" -> ok = value != null && org.jbeamjit.scheduler.Schedulers.configure(value);
      case "+P" -> {
        try {
          ok = value != null && org.jbeamjit.runtime.process.ProcessTable.configure(Integer.parseInt(value));
        } catch (NumberFormatException e) {
          ok = false;
        }
      }
      case "+pc" -> ok = value != null && org.jbeamjit.runtime.bif.IoBifs.setPrintableRange(value);
      default -> {
        return value != null && !value.startsWith("-") && !value.startsWith("+") ? 1 : 0;
      }
    }
    if (!ok) {
      throw new IllegalArgumentException("bad value for " + flag);
    }
    return 1;
  }
}
