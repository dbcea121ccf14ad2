package org.jbeamjit.benchmarks;

import java.util.concurrent.TimeUnit;
import org.jbeamjit.runtime.term.Atom;
import org.jbeamjit.runtime.term.Terms;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One iteration of a workload (at its bench size, {@code bm:run_bench/1}) per operation, in the
 * JIT or in the interpreter. Each engine/workload pair runs in its own forked JVM, so the engines
 * never share loaded code. {@link EngineComparison} runs these and prints the interpreter/JIT
 * ratio per workload.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-XX:+UseParallelGC"})
public class EngineBenchmarks {
  /** The workloads of {@code bm:workloads()}, in its order (the agreement test checks the two lists match). */
  @Param({"fib", "tak", "nrev", "qsort", "binary_trees", "nbody", "spectral_norm", "mandelbrot", "fannkuch",
      "pidigits", "bitsyntax", "maps", "exceptions", "ring", "spawn", "selective_receive"})
  public String workload;

  @Param({"jit", "interp"})
  public String engine;

  private Atom name;
  private Object expected;

  @Setup(Level.Trial)
  public void start() {
    WorkloadNode.start(WorkloadNode.engine(engine));
    name = Atom.of(workload);
    expected = WorkloadNode.call("run_bench", name);
  }

  @Benchmark
  public Object iteration() {
    Object result = WorkloadNode.call("run_bench", name);
    if (!Terms.exactEquals(result, expected)) {
      throw new IllegalStateException(workload + " computed " + result + ", earlier " + expected);
    }
    return result;
  }
}
