package org.jbeamjit.codegen.jit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jbeamjit.codegen.load.CompiledFunction;
import org.jbeamjit.codegen.load.Engine;
import org.jbeamjit.codegen.load.LoadedModule;
import org.jbeamjit.codegen.load.ModuleLoader;
import org.jbeamjit.codegen.load.ModuleTable;
import org.jbeamjit.frontend.BeamLoader;
import org.jbeamjit.frontend.ir.BeamModule;
import org.jbeamjit.testing.Erl;
import org.junit.jupiter.api.Test;

/**
 * Every function of every {@code .beam} file of the installed OTP compiles to bytecode the JVM
 * verifier accepts: defining a module's hidden class links it, which verifies every method. Each
 * module is loaded and then put back as it was, so other tests see the modules they loaded.
 */
class InstalledOtpVerifiesTest {
  @Test
  void everyInstalledModuleCompilesToVerifiedBytecode() throws Exception {
    // -Djit.only=name restricts the run to modules whose file name contains it, and prints stack traces.
    String only = System.getProperty("jit.only");
    List<Path> files = Erl.installedBeamFiles().stream()
        .filter(f -> only == null || f.getFileName().toString().contains(only)).toList();
    int functions = 0;
    int compiled = 0;
    Map<String, Integer> reasons = new TreeMap<>();
    List<String> examples = new ArrayList<>();
    List<String> failures = new ArrayList<>();
    long start = System.nanoTime();
    for (Path file : files) {
      BeamModule beam = BeamLoader.load(file);
      JitEngine.Report[] report = new JitEngine.Report[1];
      Engine recording = new Engine() {
        @Override
        public String name() {
          return "jit";
        }

        @Override
        public CompiledFunction[] compile(LoadedModule module) {
          report[0] = JitEngine.compileWithReport(module);
          return report[0].functions();
        }
      };
      LoadedModule before = ModuleTable.current(beam.name());
      try {
        ModuleLoader.load(beam, recording);
      } catch (Throwable t) {
        if (only != null) {
          t.printStackTrace(System.out);
        }
        failures.add(file.getFileName() + ": " + t);
        continue;
      } finally {
        restore(beam, before);
      }
      functions += beam.functions().size();
      compiled += beam.functions().size() - report[0].fallbacks().size();
      report[0].fallbacks().forEach((function, reason) -> {
        String kind = reason.replaceAll("\\(\\d+ bytes\\)", "").replaceAll("\\d+", "N");
        reasons.merge(kind, 1, Integer::sum);
        if (examples.size() < 40 || only != null) {
          examples.add(beam.name() + ":" + function + " - " + reason);
        }
      });
    }
    long seconds = (System.nanoTime() - start) / 1_000_000_000L;
    System.out.printf("JIT over the installed OTP: %d files, %d functions, %d compiled, %d in the interpreter, %d s%n",
        files.size(), functions, compiled, functions - compiled, seconds);
    reasons.forEach((r, n) -> System.out.printf("  fallback %5d  %s%n", n, r));
    examples.forEach(e -> System.out.println("    e.g. " + e));
    failures.forEach(f -> System.out.println("  FAILED " + f));
    assertEquals(List.of(), failures);
    assertTrue(only != null || files.size() > 1000, "the installed OTP has its " + files.size() + " .beam files");
  }

  /** Puts the module back as it was before the test loaded its own version. */
  private static void restore(BeamModule beam, LoadedModule before) {
    if (before != null) {
      ModuleLoader.load(before.beam(), before.engine());
    } else {
      ModuleLoader.unload(beam.name());
    }
  }
}
