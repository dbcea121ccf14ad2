package org.jbeamjit.benchmarks.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The session's figures as Markdown (what RESULTS.md holds and the runner prints): per workload,
 * each contender's median over the rounds and its ratio to erl, with geometric means. A figure is
 * shown only when every run behind it computed erl's result; otherwise the reason is.
 */
final class ResultsReport {
  /** A workload of {@code bm:workloads()} and its kind ({@code cpu} or {@code processes}). */
  record Workload(String name, String kind) {}

  /** How the session was run, and on what. */
  record Session(String commandLine, int rounds, int warmupMs, int measureMs, String date, Machine machine,
      String loadBefore, String loadAfter, String note) {}

  private final Session session;
  private final List<Workload> workloads;
  private final List<Contender> contenders;
  private final Map<String, Map<Contender, Tally>> runs;
  private final Map<Contender, Tally> hello;
  /** Runs of {@link Contender#bootAndHalt}: OTP's whole boot, kernel and stdlib started. */
  private final Map<Contender, Tally> boot;
  private final List<String> refusals = new ArrayList<>();

  ResultsReport(Session session, List<Workload> workloads, List<Contender> contenders,
      Map<String, Map<Contender, Tally>> runs, Map<Contender, Tally> hello, Map<Contender, Tally> boot) {
    this.session = session;
    this.workloads = workloads;
    this.contenders = contenders;
    this.runs = runs;
    this.hello = hello;
    this.boot = boot;
  }

  String markdown() {
    refusals.clear();
    StringBuilder md = new StringBuilder("# Benchmark results: jbeamjit beside erl\n\n");
    Machine m = session.machine;
    md.append("Measured on ").append(session.date).append(" by `").append(session.commandLine).append("`.\n\n")
        .append("- Machine: ").append(m.cores()).append(" cores (").append(m.cpu()).append("), ").append(m.memory())
        .append(" memory, ").append(m.os()).append('\n')
        .append("- JDK: ").append(m.jdk()).append('\n')
        .append("- Erlang/OTP: ").append(m.otp()).append('\n')
        .append("- jbeamjit: commit ").append(m.commit()).append('\n')
        .append("- Load average (1, 5, 15 min) before: ").append(session.loadBefore).append(", after: ")
        .append(session.loadAfter).append('\n')
        .append("- Rounds: ").append(session.rounds).append(", each VM in turn (the order alternates per round);")
        .append(" steady state: ").append(session.warmupMs).append(" ms of warm-up, then at least ")
        .append(session.measureMs).append(" ms and 3 iterations measured\n\n");
    if (!session.note.isEmpty()) {
      md.append("**Note:** ").append(session.note).append("\n\n");
    }
    md.append("Lower is faster. A ratio is jbeamjit's time over erl's (below 1.00: jbeamjit is faster);")
        .append(" interp/jit is how many times faster the JIT is than the interpreter. Each figure is the median")
        .append(" over the rounds.\n\n");
    steadyTable(md);
    wallTable(md);
    helloTable(md);
    bootTable(md);
    if (!refusals.isEmpty()) {
      md.append("## Figures not shown\n\n");
      refusals.stream().distinct().forEach(r -> md.append("- ").append(r).append('\n'));
      md.append('\n');
    }
    roundsTable(md);
    return md.toString();
  }

  private void steadyTable(StringBuilder md) {
    md.append("## Steady state: time per iteration after warm-up, measured inside each VM\n\n");
    List<String> header = new ArrayList<>(List.of("workload", "kind", "erl"));
    for (Contender c : jbeamjits()) {
      header.addAll(List.of(c.name(), c.name() + "/erl"));
    }
    if (interp() != null) {
      header.add("interp/jit");
    }
    List<List<String>> rows = new ArrayList<>();
    Ratios vsErl = new Ratios();
    Ratios interpOverJit = new Ratios();
    for (Workload w : workloads) {
      List<String> row = new ArrayList<>(List.of(w.name, w.kind));
      OptionalDouble erl = figure(w, erl(), Tally::steadyMedian);
      row.add(ms(erl));
      for (Contender c : jbeamjits()) {
        OptionalDouble t = figure(w, c, Tally::steadyMedian);
        row.add(ms(t));
        row.add(ratio(t, erl));
        if (c == jit()) {
          vsErl.add(w.kind, t, erl);
        }
      }
      if (interp() != null) {
        OptionalDouble i = figure(w, interp(), Tally::steadyMedian);
        OptionalDouble j = figure(w, jit(), Tally::steadyMedian);
        row.add(ratio(i, j));
        interpOverJit.add(w.kind, i, j);
      }
      rows.add(row);
    }
    for (String kind : vsErl.kinds()) {
      List<String> row = new ArrayList<>(List.of("**geometric mean**", kind, ""));
      row.add("");
      row.add(vsErl.geometricMean(kind));
      if (interp() != null) {
        row.add("");
        row.add("");
        row.add(interpOverJit.geometricMean(kind));
      }
      rows.add(row);
    }
    table(md, header, rows);
  }

  private void wallTable(StringBuilder md) {
    md.append("## Whole process: wall time of one iteration, VM start-up and code loading included\n\n");
    List<String> header = new ArrayList<>(List.of("workload", "kind", "erl"));
    for (Contender c : jbeamjits()) {
      header.addAll(List.of(c.name(), c.name() + "/erl"));
    }
    List<List<String>> rows = new ArrayList<>();
    Ratios vsErl = new Ratios();
    for (Workload w : workloads) {
      List<String> row = new ArrayList<>(List.of(w.name, w.kind));
      OptionalDouble erl = figure(w, erl(), Tally::wallMedian);
      row.add(ms(erl));
      for (Contender c : jbeamjits()) {
        OptionalDouble t = figure(w, c, Tally::wallMedian);
        row.add(ms(t));
        row.add(ratio(t, erl));
        if (c == jit()) {
          vsErl.add(w.kind, t, erl);
        }
      }
      rows.add(row);
    }
    for (String kind : vsErl.kinds()) {
      List<String> row = new ArrayList<>(List.of("**geometric mean**", kind, "", "", vsErl.geometricMean(kind)));
      while (row.size() < header.size()) {
        row.add("");
      }
      rows.add(row);
    }
    table(md, header, rows);
  }

  private void helloTable(StringBuilder md) {
    if (hello.isEmpty()) {
      return;
    }
    md.append("## Start-up: hello world (`samples/erlang/hello.erl`, compiled beforehand)\n\n");
    Tally erl = hello.get(erl());
    OptionalDouble erlWall = agreed("hello world", erl(), erl, erl) ? erl.wallMedian() : OptionalDouble.empty();
    List<List<String>> rows = new ArrayList<>();
    for (Contender c : contenders) {
      Tally t = hello.get(c);
      OptionalDouble wall = agreed("hello world", c, t, erl) ? t.wallMedian() : OptionalDouble.empty();
      rows.add(List.of("`" + c.helloWorldText() + "`", ms(wall), c.isErl() ? "" : ratio(wall, erlWall)));
    }
    table(md, List.of("command", "wall time", "/erl"), rows, "lrr");
  }

  private void bootTable(StringBuilder md) {
    if (boot.isEmpty()) {
      return;
    }
    md.append("## Start-up: booting OTP (init, the boot script, kernel and stdlib) and halting\n\n");
    Tally erl = boot.get(erl());
    OptionalDouble erlWall = agreed("boot", erl(), erl, erl) ? erl.wallMedian() : OptionalDouble.empty();
    List<List<String>> rows = new ArrayList<>();
    for (Contender c : contenders) {
      Tally t = boot.get(c);
      OptionalDouble wall = agreed("boot", c, t, erl) ? t.wallMedian() : OptionalDouble.empty();
      rows.add(List.of("`" + c.bootAndHaltText() + "`", ms(wall), c.isErl() ? "" : ratio(wall, erlWall)));
    }
    table(md, List.of("command", "wall time", "/erl"), rows, "lrr");
  }

  private void roundsTable(StringBuilder md) {
    md.append("## Every round\n\n");
    List<List<String>> rows = new ArrayList<>();
    for (Workload w : workloads) {
      for (Contender c : contenders) {
        Tally t = runs.get(w.name).get(c);
        rows.add(List.of(w.name, c.name(), perRound(t.steadyNanos()), perRound(t.wallNanos()),
            t.consistent() ? "`" + t.result().get() + "`" : "see above"));
      }
    }
    table(md, List.of("workload", "VM", "steady (ms per iteration)", "whole process (ms)", "result"), rows, "llrrl");
  }

  /** The figure of {@code c} on {@code w}, if its runs and erl's all computed erl's result. */
  private OptionalDouble figure(Workload w, Contender c, Function<Tally, OptionalDouble> which) {
    Tally t = runs.get(w.name).get(c);
    return agreed(w.name, c, t, runs.get(w.name).get(erl())) ? which.apply(t) : OptionalDouble.empty();
  }

  private boolean agreed(String what, Contender c, Tally t, Tally erl) {
    if (!erl.consistent()) {
      refusals.add(what + ": erl's runs " + problem(erl));
      return false;
    }
    if (!t.consistent()) {
      refusals.add(what + ": " + c.name() + "'s runs " + problem(t));
      return false;
    }
    if (!t.result().equals(erl.result())) {
      refusals.add(what + ": " + c.name() + " computed `" + t.result().get() + "`, erl `" + erl.result().get() + "`");
      return false;
    }
    return true;
  }

  private static String problem(Tally t) {
    if (!t.failures().isEmpty()) {
      return "failed (" + t.failures().get(0) + ")";
    }
    return "disagree: " + t.results().stream().map(r -> "`" + r + "`").collect(Collectors.joining(" / "));
  }

  private Contender erl() {
    return contenders.get(0);
  }

  private Contender jit() {
    return contenders.get(1);
  }

  private Contender interp() {
    return contenders.size() > 2 ? contenders.get(2) : null;
  }

  private List<Contender> jbeamjits() {
    return contenders.subList(1, contenders.size());
  }

  /** Ratios of two figures per workload kind, for their geometric means. */
  private static final class Ratios {
    private final Map<String, List<Double>> byKind = new java.util.HashMap<>();

    void add(String kind, OptionalDouble numerator, OptionalDouble denominator) {
      if (numerator.isPresent() && denominator.isPresent()) {
        double r = numerator.getAsDouble() / denominator.getAsDouble();
        byKind.computeIfAbsent(kind, k -> new ArrayList<>()).add(r);
        byKind.computeIfAbsent("all", k -> new ArrayList<>()).add(r);
      }
    }

    /** The kinds with at least one ratio, "all" last. */
    List<String> kinds() {
      return List.of("cpu", "processes", "all").stream().filter(byKind::containsKey).toList();
    }

    String geometricMean(String kind) {
      List<Double> rs = byKind.getOrDefault(kind, List.of());
      if (rs.isEmpty()) {
        return "";
      }
      double g = Math.exp(rs.stream().mapToDouble(Math::log).sum() / rs.size());
      return String.format("**%.2f** (%d)", g, rs.size());
    }
  }

  static String ms(OptionalDouble nanos) {
    if (nanos.isEmpty()) {
      return "—";
    }
    double ms = nanos.getAsDouble() / 1e6;
    return ms < 10 ? String.format("%.2f ms", ms) : ms < 100 ? String.format("%.1f ms", ms) : String.format("%.0f ms", ms);
  }

  private static String ratio(OptionalDouble a, OptionalDouble b) {
    return a.isPresent() && b.isPresent() ? String.format("%.2f", a.getAsDouble() / b.getAsDouble()) : "—";
  }

  private static String perRound(List<Long> nanos) {
    return nanos.isEmpty() ? "—"
        : nanos.stream().map(n -> ms(OptionalDouble.of(n)).replace(" ms", "")).collect(Collectors.joining(", "));
  }

  /** A table whose first two columns are text and the others figures. */
  private static void table(StringBuilder md, List<String> header, List<List<String>> rows) {
    table(md, header, rows, "ll" + "r".repeat(header.size() - 2));
  }

  /** A table with each column aligned as {@code align} says: l (text) or r (figures). */
  private static void table(StringBuilder md, List<String> header, List<List<String>> rows, String align) {
    md.append("| ").append(String.join(" | ", header)).append(" |\n|");
    for (int i = 0; i < header.size(); i++) {
      md.append(align.charAt(i) == 'l' ? " --- |" : " ---: |");
    }
    md.append('\n');
    for (List<String> row : rows) {
      md.append("| ").append(String.join(" | ", row)).append(" |\n");
    }
    md.append('\n');
  }
}
