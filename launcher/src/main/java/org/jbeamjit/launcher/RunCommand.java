package org.jbeamjit.launcher;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jbeamjit.codegen.load.CodePath;
import org.jbeamjit.codegen.ops.Init;
import org.jbeamjit.codegen.ops.ErlStrings;
import org.jbeamjit.frontend.BeamFormatException;
import org.jbeamjit.frontend.BeamLoader;
import org.jbeamjit.frontend.ir.BeamModule;
import org.jbeamjit.frontend.ir.Export;
import org.jbeamjit.runtime.process.ProcessTable;
import org.jbeamjit.runtime.term.Atom;
import org.jbeamjit.runtime.term.Cons;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code jbeamjit run FILE [ARGS...]}: runs a program as {@code escript} would, calling
 * {@code main/1} with the arguments as strings (or {@code main/0}), loading modules from the
 * file's directory and the installed OTP.
 */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    description = "Run FILE.erl (compiled with erlc first) or FILE.beam: calls main/1 with ARGS as strings, or"
        + " main/0. Exits 0 when main returns, the halt status if it halts, 1 after a crash report if it fails.")
final class RunCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--mode", paramLabel = "MODE", defaultValue = "jit", description = Engines.MODE_HELP)
  String mode;

  @Option(names = "-pa", paramLabel = "DIR", description = "a directory searched for modules before the others")
  List<Path> pa = new ArrayList<>();

  @Option(names = "-pz", paramLabel = "DIR", description = "a directory searched for modules after the others")
  List<Path> pz = new ArrayList<>();

  @Option(names = "--otp-root", paramLabel = "DIR",
      description = "the Erlang/OTP installation whose lib/*/ebin modules are used (default: the one of erl on the PATH)")
  Path otpRoot;

  @Option(names = "+P", paramLabel = "N", description = "the process limit, as erl's +P (default 262144)")
  Integer processLimit;

  @Parameters(index = "0", paramLabel = "FILE", description = "a .erl or .beam file")
  Path file;

  @Parameters(index = "1..*", paramLabel = "ARGS", description = "arguments for main/1")
  List<String> args = new ArrayList<>();

  @Override
  public Integer call() throws InterruptedException {
    if (processLimit != null && !ProcessTable.configure(processLimit)) {
      spec.commandLine().getErr().println("jbeamjit run: bad number of processes " + processLimit);
      return 1;
    }
    BeamModule beam;
    Path beamFile;
    try {
      beamFile = Erlc.beamFor(file);
      beam = BeamLoader.load(beamFile);
    } catch (NoSuchFileException e) {
      spec.commandLine().getErr().println("jbeamjit run: no such file: " + file);
      return 1;
    } catch (BeamFormatException | IOException e) {
      spec.commandLine().getErr().println("jbeamjit run: " + e.getMessage());
      return 1;
    }
    Optional<Path> root = otpRoot != null ? Optional.of(otpRoot) : CodePath.installedOtpRoot();
    // The compiled module's directory (a temporary one for a .erl), then the source's.
    List<Path> dirs = new ArrayList<>(List.of(beamFile.toAbsolutePath().getParent()));
    Path sourceDir = file.toAbsolutePath().getParent();
    if (!dirs.contains(sourceDir)) {
      dirs.add(sourceDir);
    }
    CodePath path = CodePath.of(pa, dirs, root, pz);
    BootStep main;
    if (exports(beam, "main", 1)) {
      List<Object> strings = new ArrayList<>();
      for (String a : args) {
        strings.add(ErlStrings.of(a));
      }
      main = new BootStep.Call(beam.name(), Atom.of("main"), List.of(Cons.fromList(strings)));
    } else if (exports(beam, "main", 0) && args.isEmpty()) {
      main = new BootStep.Call(beam.name(), Atom.of("main"), List.of());
    } else {
      spec.commandLine().getErr().println("jbeamjit run: " + beam.name() + " exports no main/1"
          + (args.isEmpty() ? " or main/0" : ""));
      return 1;
    }
    Init.setArguments(java.util.Map.of(), args); // init:get_plain_arguments() gives the program's arguments
    return Vm.run(Engines.byName(mode), path, List.of(main), Vm.Ending.AFTER_BOOT);
  }

  private static boolean exports(BeamModule beam, String name, int arity) {
    for (Export e : beam.exports()) {
      if (e.function().name().equals(name) && e.arity() == arity) {
        return true;
      }
    }
    return false;
  }
}
