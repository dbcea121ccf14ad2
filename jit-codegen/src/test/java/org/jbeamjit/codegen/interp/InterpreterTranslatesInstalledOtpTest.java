package org.jbeamjit.codegen.interp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jbeamjit.codegen.load.LoadedModule;
import org.jbeamjit.codegen.load.ModuleLoader;
import org.jbeamjit.codegen.load.ModuleTable;
import org.jbeamjit.frontend.BeamLoader;
import org.jbeamjit.frontend.ir.BeamFunction;
import org.jbeamjit.frontend.ir.BeamModule;
import org.jbeamjit.frontend.ir.Instruction;
import org.jbeamjit.testing.Erl;
import org.junit.jupiter.api.Test;

/**
 * Every function of every {@code .beam} of the installed OTP translates for the interpreter:
 * every instruction OTP 25's compiler emits is one the interpreter runs.
 */
class InterpreterTranslatesInstalledOtpTest {
  @Test
  void everyInstalledFunctionTranslates() throws Exception {
    int modules = 0;
    int functions = 0;
    Set<String> opcodes = new TreeSet<>();
    List<String> failures = new ArrayList<>();
    for (Path file : Erl.installedBeamFiles()) {
      BeamModule beam = BeamLoader.load(file);
      if (ModuleTable.current(beam.name()) != null) {
        continue; // loaded by another test: leave it alone
      }
      LoadedModule m = ModuleLoader.load(beam, InterpreterEngine.INSTANCE);
      try {
        modules++;
        for (int i = 0; i < m.functionCount(); i++) {
          BeamFunction f = m.function(i);
          for (Instruction in : f.instructions()) {
            opcodes.add(in.opcode().erlangName());
          }
          try {
            Translator.translate(m, i);
            functions++;
          } catch (RuntimeException e) {
            failures.add(beam.name() + ":" + f + ": " + e);
          }
        }
      } finally {
        ModuleLoader.unload(beam.name());
      }
    }
    System.out.println("translated " + functions + " functions of " + modules + " modules; " + opcodes.size()
        + " distinct opcodes: " + opcodes);
    assertEquals(List.of(), failures.subList(0, Math.min(20, failures.size())), failures.size() + " failures");
    assertTrue(functions > 50_000, "too few functions: " + functions);
  }
}
