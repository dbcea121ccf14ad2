package org.jbeamjit.codegen.jit;

import java.nio.file.Path;
import org.jbeamjit.codegen.load.CompiledFunction;
import org.jbeamjit.codegen.load.Engine;
import org.jbeamjit.codegen.load.LoadedModule;
import org.jbeamjit.codegen.load.ModuleLoader;
import org.jbeamjit.frontend.BeamLoader;
import org.jbeamjit.runtime.process.ErlProcess;
import org.jbeamjit.runtime.term.Atom;

/**
 * Run in a child JVM by {@link HotSpotCompilesGeneratedCodeTest} with {@code -Xcomp}: loads the
 * given {@code .beam} files with the JIT and calls every function once, and resumes every resume
 * method once, with nonsense arguments. The calls mostly fail at once, but each method is
 * compiled by HotSpot before it runs, which is what the test looks at.
 */
public final class CompileProbe {
  private CompileProbe() {}

  public static void main(String[] args) throws Exception {
    Atom junk = Atom.of("probe");
    int calls = 0;
    for (String file : args) {
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
      LoadedModule m = ModuleLoader.load(BeamLoader.load(Path.of(file)), recording);
      for (int i = 0; i < m.functionCount(); i++) {
        if (!(report[0].functions()[i].code() instanceof JitFunction f)) {
          continue;
        }
        Object[] a = new Object[f.arity()];
        java.util.Arrays.fill(a, junk);
        Object[] slots = new Object[256];
        java.util.Arrays.fill(slots, junk);
        ErlProcess p = new ErlProcess(f, a);
        calls++;
        try {
          p.runSlice();
        } catch (Throwable ignored) {
          // nonsense in, anything out: only the compilation matters
        }
        try {
          f.resume(p, new JitFrame.Many(f, 0, slots), junk, null);
        } catch (Throwable ignored) {
          // a function without resume points has no resume method; others fail on nonsense
        }
      }
    }
    System.out.println("probe calls: " + calls);
  }
}
