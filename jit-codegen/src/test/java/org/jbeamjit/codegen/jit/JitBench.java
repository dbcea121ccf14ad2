package org.jbeamjit.codegen.jit;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jbeamjit.codegen.interp.InterpreterEngine;
import org.jbeamjit.codegen.load.Engine;
import org.jbeamjit.codegen.load.LoadedModule;
import org.jbeamjit.codegen.load.ModuleLoader;
import org.jbeamjit.codegen.testing.Runs;
import org.jbeamjit.frontend.BeamLoader;
import org.jbeamjit.runtime.code.FunctionCode;
import org.jbeamjit.runtime.process.ErlProcess;
import org.jbeamjit.runtime.term.Atom;

/**
 * Times one Erlang function in one engine from the command line, for profiling the generated
 * code (JFR, PrintCompilation) without the launcher's boot: the code's calls must stay
 * inside the modules it loads (the first that has FUNCTION/N is timed; the others are there for it
 * to call, {@code lists.beam} say) or in BIFs. Not a test: run it with the test classpath,
 *
 * <pre>java -cp ... org.jbeamjit.codegen.jit.JitBench jit|interp FILE.beam[,OTHER.beam...] FUNCTION ROUNDS [INT_ARG...]</pre>
 *
 * and it prints each round's wall and thread CPU time in milliseconds, and the best of each.
 */
public final class JitBench {
  private JitBench() {}

  public static void main(String[] args) throws Exception {
    Engine engine = switch (args[0]) {
      case "jit" -> JitEngine.INSTANCE;
      case "interp" -> InterpreterEngine.INSTANCE;
      default -> throw new IllegalArgumentException("engine jit or interp, not " + args[0]);
    };
    String function = args[2];
    int rounds = Integer.parseInt(args[3]);
    List<Object> callArgs = new ArrayList<>();
    for (int i = 4; i < args.length; i++) {
      callArgs.add(Long.parseLong(args[i]));
    }
    FunctionCode code = null;
    for (String beam : args[1].split(",")) {
      LoadedModule m = ModuleLoader.load(BeamLoader.load(Path.of(beam)), engine);
      int i = m.functionIndex(Atom.of(function), callArgs.size());
      if (code == null && i >= 0) {
        code = m.code(i);
      }
    }
    if (code == null) {
      throw new IllegalArgumentException("no module has " + function + "/" + callArgs.size());
    }
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long best = Long.MAX_VALUE;
    long bestCpu = Long.MAX_VALUE;
    StringBuilder times = new StringBuilder();
    Object result = null;
    for (int r = 0; r < rounds; r++) {
      long c0 = threads.getCurrentThreadCpuTime();
      long t0 = System.nanoTime();
      result = Runs.run(new ErlProcess(code, callArgs.toArray())).valueOrThrow();
      long ms = (System.nanoTime() - t0) / 1_000_000;
      long cpuMs = (threads.getCurrentThreadCpuTime() - c0) / 1_000_000;
      best = Math.min(best, ms);
      bestCpu = Math.min(bestCpu, cpuMs);
      times.append(ms).append('/').append(cpuMs).append(' ');
    }
    // On a shared machine the thread's CPU time is steadier than the wall time.
    System.out.println(args[0] + " " + function + callArgs + " = " + shortly(result) + "  rounds(wall/cpu ms): " + times
        + " best wall " + best + " cpu " + bestCpu);
  }

  private static String shortly(Object o) {
    String s = String.valueOf(o);
    return s.length() > 40 ? s.substring(0, 40) + "..." : s;
  }
}
