package org.jbeamjit.benchmarks.compare;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/** What one contender's runs of one workload measured, round after round, and what they computed. */
final class Tally {
  private final List<Long> steadyNanos = new ArrayList<>();
  private final List<Long> wallNanos = new ArrayList<>();
  private final Set<String> results = new LinkedHashSet<>();
  private final List<String> failures = new ArrayList<>();

  /** Records a {@code bm main steady} run: the harness's median time per iteration. */
  void addSteady(VmRun run, String workload) {
    Optional<Map<String, String>> line = run.harnessLine("steady", workload);
    if (run.exit() != 0 || line.isEmpty()) {
      failures.add("steady: " + run.failure());
      return;
    }
    results.add(line.get().get("result"));
    steadyNanos.add(Long.parseLong(line.get().get("median_ns")));
  }

  /** Records a {@code bm main once} run: the whole process's wall time. */
  void addOnce(VmRun run, String workload) {
    Optional<Map<String, String>> line = run.harnessLine("once", workload);
    if (run.exit() != 0 || line.isEmpty()) {
      failures.add("once: " + run.failure());
      return;
    }
    results.add(line.get().get("result"));
    wallNanos.add(run.wallNanos());
  }

  /** Records a run whose whole output is its result (the hello-world start-up). */
  void addWall(VmRun run) {
    if (run.exit() != 0) {
      failures.add(run.failure());
      return;
    }
    results.add(run.stdout().strip());
    wallNanos.add(run.wallNanos());
  }

  /** Whether every run finished and computed one and the same result. */
  boolean consistent() {
    return failures.isEmpty() && results.size() == 1;
  }

  /** The one result every run computed, if {@link #consistent()}. */
  Optional<String> result() {
    return consistent() ? Optional.of(results.iterator().next()) : Optional.empty();
  }

  Set<String> results() {
    return results;
  }

  List<String> failures() {
    return failures;
  }

  List<Long> steadyNanos() {
    return steadyNanos;
  }

  List<Long> wallNanos() {
    return wallNanos;
  }

  OptionalDouble steadyMedian() {
    return median(steadyNanos);
  }

  OptionalDouble wallMedian() {
    return median(wallNanos);
  }

  static OptionalDouble median(List<Long> values) {
    if (values.isEmpty()) {
      return OptionalDouble.empty();
    }
    List<Long> sorted = values.stream().sorted().toList();
    int n = sorted.size();
    return OptionalDouble.of(n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0);
  }
}
