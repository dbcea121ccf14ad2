package org.jbeamjit.launcher;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code jbeamjit} command: one subcommand per tool. */
@Command(
    name = "jbeamjit",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = "A BEAM (Erlang virtual machine) on the JVM.",
    subcommands = {RunCommand.class, ReloadCommand.class, DisasmCommand.class, CommandLine.HelpCommand.class},
    footer = {"", "Also erl's own flags: jbeamjit [--mode jit|interp] -noshell -pa DIR -s M F [Args] -run M F [Args]"
        + " -eval Expr -s init stop"})
public final class Main implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    ReloadCommand.listenIfNode(args);
    System.exit(execute(args));
  }

  /** Runs the command line and returns the exit status (for tests). */
  public static int execute(String... args) {
    CommandLine cl = new CommandLine(new Main());
    if (ErlCommandLine.isErlStyle(args)) {
      try {
        return ErlCommandLine.run(args, cl.getErr());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return 1;
      }
    }
    // Everything after `run FILE` belongs to the program, options included.
    cl.setStopAtPositional(true);
    return cl.execute(args);
  }

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }
}
