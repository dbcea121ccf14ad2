package org.jbeamjit.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jbeamjit.codegen.jit.JitEngine;
import org.jbeamjit.codegen.load.CodePath;
import org.jbeamjit.codegen.load.CodeServer;
import org.jbeamjit.codegen.load.LoadedModule;
import org.jbeamjit.codegen.load.ModuleLoader;
import org.jbeamjit.frontend.BeamLoader;
import org.jbeamjit.runtime.code.FunctionCode;
import org.jbeamjit.runtime.process.ErlProcess;
import org.jbeamjit.runtime.term.Atom;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * What hot code loading costs a call in steady state: a loop of fully qualified calls
 * ({@code ?MODULE:inc(X)}, through the export entry's relinkable {@code MutableCallSite}) against
 * the same loop of local calls of the same function ({@code inc(X)}, an {@code invokestatic} into
 * the same module version), JIT-compiled. The module is loaded twice first, so the export call site has been
 * relinked to a new version before anything is timed, as after a hot upgrade. {@link #main}
 * prints the two times and their ratio (the goal: under 5% apart).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 10, time = 2)
@Fork(value = 2, jvmArgsAppend = {"-XX:+UseParallelGC"})
public class ExportCallBenchmarks {
  /** Calls per operation. */
  static final long CALLS = 100_000;

  static final String SOURCE = """
      -module(xcall_bench).
      -export([local_loop/2, remote_loop/2, inc/1]).
      local_loop(0, Acc) -> Acc;
      local_loop(N, Acc) -> local_loop(N - 1, inc(Acc)).
      remote_loop(0, Acc) -> Acc;
      remote_loop(N, Acc) -> remote_loop(N - 1, ?MODULE:inc(Acc)).
      inc(X) -> X + 1.
      """;

  private FunctionCode localLoop;
  private FunctionCode remoteLoop;
  private ErlProcess process;

  @Setup
  public void load() {
    Path beam = compile();
    CodeServer.install(CodePath.of(List.of(), List.of(beam.getParent()), CodePath.installedOtpRoot(), List.of()),
        JitEngine.INSTANCE);
    LoadedModule m;
    try {
      ModuleLoader.load(BeamLoader.load(beam), JitEngine.INSTANCE);
      m = ModuleLoader.load(BeamLoader.load(beam), JitEngine.INSTANCE); // relinks the export call sites
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    localLoop = m.code(m.functionIndex(Atom.of("local_loop"), 2));
    remoteLoop = m.code(m.functionIndex(Atom.of("remote_loop"), 2));
    process = ErlProcess.forTests();
    if (!local().equals(remote())) {
      throw new IllegalStateException("the loops disagree");
    }
  }

  /** Runs a loop on this thread in a process that never runs out of reductions (the loops never wait). */
  private Object run(FunctionCode loop) {
    process.reductions = Integer.MAX_VALUE;
    Object r = loop.invoke(process, 0, new Object[] {CALLS, 0L});
    if (r == ErlProcess.YIELD) {
      throw new IllegalStateException("the loop yielded");
    }
    return r;
  }

  @Benchmark
  public Object local() {
    return run(localLoop);
  }

  @Benchmark
  public Object remote() {
    return run(remoteLoop);
  }

  private static Path compile() {
    try {
      Path dir = Files.createTempDirectory("jbeamjit-xcall");
      Path src = Files.writeString(dir.resolve("xcall_bench.erl"), SOURCE);
      Process erlc = new ProcessBuilder("erlc", "-o", dir.toString(), src.toString()).inheritIO().start();
      if (erlc.waitFor() != 0) {
        throw new IllegalStateException("erlc failed on " + src);
      }
      return dir.resolve("xcall_bench.beam");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /**
   * The ratio fully qualified / local measured in this JVM with the two loops alternating, each
   * operation timed by the thread's CPU time, medians of {@code pairs} pairs after a warm-up: on a
   * machine whose load changes from minute to minute (this project's shared one), JMH's runs one
   * after the other can differ by more than the calls do; alternation and CPU time cancel most of that.
   */
  static double[] interleaved(int pairs) {
    ExportCallBenchmarks b = new ExportCallBenchmarks();
    b.load();
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    long warmUntil = System.nanoTime() + 20_000_000_000L;
    while (System.nanoTime() < warmUntil) {
      b.local();
      b.remote();
    }
    long[] local = new long[pairs];
    long[] remote = new long[pairs];
    for (int i = 0; i < pairs; i++) {
      boolean localFirst = i % 2 == 0;
      for (int k = 0; k < 2; k++) {
        boolean isLocal = (k == 0) == localFirst;
        long t0 = cpu.getCurrentThreadCpuTime();
        if (isLocal) {
          b.local();
        } else {
          b.remote();
        }
        long t = cpu.getCurrentThreadCpuTime() - t0;
        if (isLocal) {
          local[i] = t;
        } else {
          remote[i] = t;
        }
      }
    }
    Arrays.sort(local);
    Arrays.sort(remote);
    return new double[] {(double) local[pairs / 2] / CALLS, (double) remote[pairs / 2] / CALLS};
  }

  /**
   * Runs both benchmarks and prints their times per call and the ratio fully qualified / local,
   * then {@link #interleaved}'s; with the argument {@code alternating}, only the latter.
   */
  public static void main(String[] args) throws Exception {
    if (!Arrays.asList(args).contains("alternating")) {
      jmh();
    }
    double[] alternating = interleaved(1000);
    System.out.printf("Alternating in one JVM, thread CPU time, medians of 1000 pairs:%n  local call:           %.3f ns%n"
        + "  fully qualified call: %.3f ns%n  ratio:                %.3f%n", alternating[0], alternating[1],
        alternating[1] / alternating[0]);
  }

  private static void jmh() throws Exception {
    Collection<RunResult> results = new Runner(new OptionsBuilder()
        .include(ExportCallBenchmarks.class.getName() + "\\.").build()).run();
    double local = Double.NaN;
    double remote = Double.NaN;
    for (RunResult r : results) {
      String label = r.getPrimaryResult().getLabel();
      double score = r.getPrimaryResult().getScore();
      if (label.equals("local")) {
        local = score;
      } else if (label.equals("remote")) {
        remote = score;
      }
    }
    System.out.printf("%nJMH, one after the other:%n  local call:           %.3f ns%n  fully qualified call: %.3f ns%n"
        + "  ratio:                %.3f%n", local * 1000 / CALLS, remote * 1000 / CALLS, remote / local);
  }
}
