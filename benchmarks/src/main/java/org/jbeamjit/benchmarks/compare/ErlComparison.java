package org.jbeamjit.benchmarks.compare;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import org.jbeamjit.benchmarks.WorkloadBeams;
import org.jbeamjit.benchmarks.compare.ResultsReport.Workload;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The side-by-side runner ({@code ./benchmarks/compare-erl}): runs each workload on erl and on
 * jbeamjit in turn, round after round, and reports the steady-state time per iteration (timed by
 * the harness inside each VM) and the whole-process wall time, with jbeamjit/erl ratios.
 */
@Command(name = "compare-erl", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Runs the workloads on erl and on jbeamjit alternately and prints a table of their times.",
        "With every workload, it also writes benchmarks/RESULTS.md."})
public final class ErlComparison implements Callable<Integer> {
  @Parameters(paramLabel = "WORKLOAD", description = "workloads to run (default: all of bm:workloads())")
  List<String> only = new ArrayList<>();

  @Option(names = "--rounds", paramLabel = "N", defaultValue = "3", description = "rounds per VM (default: ${DEFAULT-VALUE})")
  int rounds;

  @Option(names = "--warmup", paramLabel = "MS", defaultValue = "5000",
      description = "warm-up per steady-state run, in ms (default: ${DEFAULT-VALUE})")
  int warmupMs;

  @Option(names = "--measure", paramLabel = "MS", defaultValue = "3000",
      description = "measured time per steady-state run, in ms, at least 3 iterations (default: ${DEFAULT-VALUE})")
  int measureMs;

  @Option(names = "--interp", description = "also run jbeamjit --mode interp")
  boolean interp;

  @Option(names = "--write", paramLabel = "FILE",
      description = "write the report here (default: benchmarks/RESULTS.md when every workload runs, else nowhere)")
  Path write;

  @Option(names = "--note", paramLabel = "TEXT", defaultValue = "", description = "a remark to put in the report")
  String note;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--root", paramLabel = "DIR", defaultValue = ".", description = "the jbeamjit checkout (default: .)")
  Path root;

  public static void main(String[] args) {
    System.exit(new CommandLine(new ErlComparison()).execute(args));
  }

  @Override
  public Integer call() throws IOException, InterruptedException {
    root = root.toAbsolutePath().normalize();
    Path built = root.resolve("launcher/target/jbeamjit.jar");
    if (!Files.isRegularFile(built)) {
      System.err.println("compare-erl: " + built + " is missing: build with ./mvnw -B -q -pl benchmarks -am package -DskipTests");
      return 1;
    }
    // One build for the whole session, even if the checkout is rebuilt meanwhile.
    Path jar = Files.createTempFile("jbeamjit-compare", ".jar");
    jar.toFile().deleteOnExit();
    Files.copy(built, jar, StandardCopyOption.REPLACE_EXISTING);
    Path beams = WorkloadBeams.directory();

    List<Workload> workloads = selected(listWorkloads(beams));
    if (workloads == null) {
      return 1;
    }
    List<Contender> contenders = new ArrayList<>(List.of(Contender.erl(), Contender.jbeamjit(jar, "jit")));
    if (interp) {
      contenders.add(Contender.jbeamjit(jar, "interp"));
    }
    Path hello = compileHello();

    String date = ZonedDateTime.now().format(DateTimeFormatter.RFC_1123_DATE_TIME);
    Machine machine = Machine.describe(root);
    String loadBefore = Machine.loadAverage();
    Map<String, Map<Contender, Tally>> runs = new LinkedHashMap<>();
    for (Workload w : workloads) {
      Map<Contender, Tally> byVm = new LinkedHashMap<>();
      contenders.forEach(c -> byVm.put(c, new Tally()));
      runs.put(w.name(), byVm);
    }
    Map<Contender, Tally> helloRuns = new LinkedHashMap<>();
    contenders.forEach(c -> helloRuns.put(c, new Tally()));
    Map<Contender, Tally> bootRuns = new LinkedHashMap<>();
    contenders.forEach(c -> bootRuns.put(c, new Tally()));

    for (int round = 0; round < rounds; round++) {
      List<Contender> order = rotated(contenders, round);
      for (Workload w : workloads) {
        for (Contender c : order) {
          VmRun steady = VmRun.of(c.run(beams, "bm", "main", "steady", w.name(), String.valueOf(warmupMs),
              String.valueOf(measureMs)));
          runs.get(w.name()).get(c).addSteady(steady, w.name());
          progress(round, w.name(), c, "steady", steady, steady.harnessLine("steady", w.name())
              .map(f -> ResultsReport.ms(OptionalDouble.of(Double.parseDouble(f.get("median_ns"))))
                  + " per iteration (" + f.get("iterations") + " measured)").orElse(null));
        }
        for (Contender c : order) {
          VmRun once = VmRun.of(c.run(beams, "bm", "main", "once", w.name()));
          runs.get(w.name()).get(c).addOnce(once, w.name());
          progress(round, w.name(), c, "once", once, once.harnessLine("once", w.name()).isPresent()
              ? ResultsReport.ms(OptionalDouble.of(once.wallNanos())) + " wall" : null);
        }
      }
      for (Contender c : order) {
        VmRun run = VmRun.of(c.helloWorld(hello));
        helloRuns.get(c).addWall(run);
        progress(round, "hello", c, "run", run,
            run.exit() == 0 ? ResultsReport.ms(OptionalDouble.of(run.wallNanos())) + " wall" : null);
      }
      for (Contender c : order) {
        VmRun run = VmRun.of(c.bootAndHalt());
        bootRuns.get(c).addWall(run);
        progress(round, "boot", c, "run", run,
            run.exit() == 0 ? ResultsReport.ms(OptionalDouble.of(run.wallNanos())) + " wall" : null);
      }
    }

    String commandLine = "./benchmarks/compare-erl " + String.join(" ", argsForReport());
    ResultsReport.Session session = new ResultsReport.Session(commandLine.strip(), rounds, warmupMs, measureMs, date,
        machine, loadBefore, Machine.loadAverage(), note);
    String report = new ResultsReport(session, workloads, contenders, runs, helloRuns, bootRuns).markdown();
    System.out.println(report);
    Path target = write != null ? write : only.isEmpty() ? root.resolve("benchmarks/RESULTS.md") : null;
    if (target != null) {
      Files.writeString(target, report);
      System.err.println("compare-erl: wrote " + target);
    }
    return 0;
  }

  /**
   * The command line as typed, for the report: without the --root the script adds, nor the --note
   * (the report shows the note itself).
   */
  private List<String> argsForReport() {
    List<String> args = new ArrayList<>(spec.commandLine().getParseResult().originalArgs());
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      if (a.equals("--root") || a.equals("--note")) {
        args.subList(i, Math.min(i + 2, args.size())).clear();
        i--;
      } else if (a.startsWith("--root=") || a.startsWith("--note=")) {
        args.remove(i--);
      }
    }
    return args;
  }

  /** bm:workloads() with their kinds, as erl lists them. */
  private static List<Workload> listWorkloads(Path beams) throws IOException, InterruptedException {
    VmRun list = VmRun.of(Contender.erl().run(beams, "bm", "main", "list"));
    List<Workload> all = new ArrayList<>();
    for (String line : list.stdout().split("\n")) {
      String[] f = line.trim().split(" ");
      if (f.length == 4 && f[0].equals("bm") && f[1].equals("workload")) {
        all.add(new Workload(f[2], f[3]));
      }
    }
    if (all.isEmpty()) {
      throw new IllegalStateException("erl listed no workloads: " + list.failure());
    }
    return all;
  }

  private List<Workload> selected(List<Workload> all) {
    if (only.isEmpty()) {
      return all;
    }
    List<Workload> chosen = new ArrayList<>();
    for (String name : only) {
      Workload w = all.stream().filter(x -> x.name().equals(name)).findFirst().orElse(null);
      if (w == null) {
        System.err.println("compare-erl: no workload " + name + "; the workloads are "
            + all.stream().map(Workload::name).toList());
        return null;
      }
      chosen.add(w);
    }
    return chosen;
  }

  private Path compileHello() throws IOException, InterruptedException {
    Path dir = Files.createTempDirectory("jbeamjit-hello");
    dir.toFile().deleteOnExit();
    Process erlc = new ProcessBuilder("erlc", "-o", dir.toString(), root.resolve("samples/erlang/hello.erl").toString())
        .inheritIO().start();
    if (erlc.waitFor() != 0) {
      throw new IllegalStateException("erlc failed on samples/erlang/hello.erl");
    }
    Path beam = dir.resolve("hello.beam");
    beam.toFile().deleteOnExit();
    return beam;
  }

  /** The contenders starting with a different one each round, so that none always runs first. */
  private static List<Contender> rotated(List<Contender> contenders, int round) {
    List<Contender> order = new ArrayList<>();
    for (int i = 0; i < contenders.size(); i++) {
      order.add(contenders.get((i + round) % contenders.size()));
    }
    return order;
  }

  private void progress(int round, String workload, Contender c, String what, VmRun run, String figure) {
    System.err.printf("[round %d/%d] %-17s %-16s %-6s %s%n", round + 1, rounds, workload, c.name(), what,
        figure != null ? figure : "FAILED: " + run.failure());
  }
}
