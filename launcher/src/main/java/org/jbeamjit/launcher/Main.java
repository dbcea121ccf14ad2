package org.jbeamjit.launcher;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code jbeamjit} command: one subcommand per tool. */
@Command(
    name = "jbeamjit",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = "A BEAM (Erlang virtual machine) on the JVM.",
    subcommands = {DisasmCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(execute(args));
  }

  /** Runs the command line and returns the exit status (for tests). */
  public static int execute(String... args) {
    return new CommandLine(new Main()).execute(args);
  }

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }
}
