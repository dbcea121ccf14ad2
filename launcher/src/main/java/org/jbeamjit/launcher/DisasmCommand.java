package org.jbeamjit.launcher;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.jbeamjit.frontend.BeamFormatException;
import org.jbeamjit.frontend.BeamLoader;
import org.jbeamjit.frontend.disasm.Disassembler;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code jbeamjit disasm FILE...}: prints modules' BEAM code as {@code erlc -S} lays it out. */
@Command(
    name = "disasm",
    mixinStandardHelpOptions = true,
    description = "Print the BEAM assembly of modules: one {function, Name, Arity, Label} block per"
        + " function, one instruction per line. A .erl file is compiled with erlc first.")
final class DisasmCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "a .beam or .erl file")
  List<Path> files;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    int status = 0;
    for (Path file : files) {
      try {
        out.print(Disassembler.listing(BeamLoader.load(Erlc.beamFor(file))));
      } catch (NoSuchFileException e) {
        err.println("jbeamjit disasm: no such file: " + file);
        status = 1;
      } catch (BeamFormatException | IOException e) {
        err.println("jbeamjit disasm: " + e.getMessage());
        status = 1;
      }
    }
    out.flush();
    return status;
  }
}
