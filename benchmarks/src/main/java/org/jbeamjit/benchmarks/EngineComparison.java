package org.jbeamjit.benchmarks;

import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;

/**
 * The main class of {@code benchmarks.jar}: runs JMH with its usual command line (for example
 * {@code -p workload=fib}), then prints, per workload, the JIT's and the interpreter's time per
 * iteration and how many times faster the JIT is.
 */
public final class EngineComparison {
  private EngineComparison() {}

  public static void main(String[] args) throws Exception {
    CommandLineOptions options;
    try {
      options = new CommandLineOptions(args);
    } catch (CommandLineOptionException e) {
      System.err.println("Error parsing command line: " + e.getMessage());
      System.exit(1);
      return;
    }
    if (options.shouldHelp() || options.shouldList() || options.shouldListWithParams()
        || options.shouldListProfilers() || options.shouldListResultFormats()) {
      org.openjdk.jmh.Main.main(args); // JMH's own listings and help
      return;
    }
    Collection<RunResult> results;
    try {
      results = new Runner(options).run();
    } catch (RunnerException e) {
      System.err.println("JMH failed: " + e.getMessage());
      System.exit(1);
      return;
    }
    System.out.println();
    System.out.print(ratioTable(results));
  }

  /** The JIT/interpreter table of the {@link EngineBenchmarks} results among {@code results}. */
  static String ratioTable(Collection<RunResult> results) {
    Map<String, Map<String, RunResult>> byWorkload = new TreeMap<>();
    for (RunResult r : results) {
      String workload = r.getParams().getParam("workload");
      String engine = r.getParams().getParam("engine");
      if (workload != null && engine != null) {
        byWorkload.computeIfAbsent(workload, w -> new TreeMap<>()).put(engine, r);
      }
    }
    StringBuilder out = new StringBuilder(String.format("%-18s %14s %14s %12s%n", "workload", "jit", "interp",
        "interp/jit"));
    double logSum = 0;
    int ratios = 0;
    for (Map.Entry<String, Map<String, RunResult>> e : byWorkload.entrySet()) {
      RunResult jit = e.getValue().get("jit");
      RunResult interp = e.getValue().get("interp");
      String ratio = "";
      if (jit != null && interp != null) {
        double r = interp.getPrimaryResult().getScore() / jit.getPrimaryResult().getScore();
        ratio = String.format("%.2fx", r);
        logSum += Math.log(r);
        ratios++;
      }
      out.append(String.format("%-18s %14s %14s %12s%n", e.getKey(), score(jit), score(interp), ratio));
    }
    if (ratios > 0) {
      out.append(String.format("%-18s %14s %14s %12s%n", "geometric mean", "", "",
          String.format("%.2fx", Math.exp(logSum / ratios))));
    }
    return out.toString();
  }

  private static String score(RunResult r) {
    return r == null ? "-" : String.format("%.2f %s", r.getPrimaryResult().getScore(), r.getPrimaryResult().getScoreUnit());
  }
}
