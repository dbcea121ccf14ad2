package org.jbeamjit.launcher;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code jbeamjit} command: one subcommand per tool. */
@Command(
    name = "jbeamjit",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = "A BEAM (Erlang virtual machine) on the JVM.",
    subcommands = {RunCommand.class, ReloadCommand.class, DisasmCommand.class, CommandLine.HelpCommand.class},
    footer = {"", "Also erl's own command line, which boots OTP as erl does (no arguments: the Erlang shell):",
        "  jbeamjit [--mode jit|interp] [+S N] [+P N] [-noshell] [-pa DIR...] [-s M [F [Args]]] [-run M [F [Args]]]",
        "           [-eval Expr] [-boot File] [-config File] [-extra Args...] ...  (see docs/BOOT.md)"})
public final class Main implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    ReloadCommand.listenIfNode(args);
    if (args.length == 0 || ErlCommandLine.isErlStyle(args)) {
      BreakHandler.install(args); // a node, as erl's: Ctrl-C is its BREAK menu
    }
    System.exit(execute(args));
  }

  /** Runs the command line and returns the exit status (for tests). */
  public static int execute(String... args) {
    if (ErlCommandLine.isErlStyle(args)) {
      // No picocli model here: building it reflects over every command class, a few percent of a
      // booted node's start-up CPU, for a command line picocli does not parse.
      try {
        return ErlCommandLine.run(args, new PrintWriter(System.err, true));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return 1;
      }
    }
    CommandLine cl = new CommandLine(new Main());
    // Everything after `run FILE` belongs to the program, options included.
    cl.setStopAtPositional(true);
    return cl.execute(modeAfterSubcommand(args));
  }

  /**
   * {@code jbeamjit --mode M run ...} as {@code jbeamjit run --mode M ...}: the engine is chosen
   * before the subcommand as it is before erl's flags, while the option belongs to {@code run}.
   */
  static String[] modeAfterSubcommand(String[] args) {
    int width = args.length > 0 && args[0].startsWith("--mode=") ? 1 : args.length > 0 && args[0].equals("--mode") ? 2 : 0;
    if (width == 0 || args.length <= width || args[width].startsWith("-")) {
      return args;
    }
    String[] out = args.clone();
    out[0] = args[width];
    System.arraycopy(args, 0, out, 1, width);
    return out;
  }

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }
}
