package org.jbeamjit.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jbeamjit.codegen.interp.InterpreterEngine;
import org.jbeamjit.codegen.jit.JitEngine;
import org.jbeamjit.codegen.load.CodePath;
import org.jbeamjit.codegen.load.CodeServer;
import org.jbeamjit.codegen.load.Engine;
import org.jbeamjit.runtime.process.ErlProcess;
import org.jbeamjit.runtime.process.ProcessTable;
import org.jbeamjit.runtime.process.Spawner;
import org.jbeamjit.runtime.term.Atom;
import org.jbeamjit.runtime.term.Cons;
import org.jbeamjit.runtime.term.Pid;
import org.jbeamjit.scheduler.Schedulers;

/**
 * The process benchmarks of issue 4, side by side with {@code erl} on this machine, for a few
 * rounds (one jbeamjit round, then one erl round, so that both meet the same machine load): heap
 * bytes per idle process (N processes blocked in {@code receive}), the rate they are spawned at,
 * and a message ring of 1,000 processes for 1,000 laps. Prints every round and then the best of
 * each figure with the ratio. Not a timed test: {@code benchmarks/process-bench} runs it.
 *
 * <p>Both VMs time spawning and the ring with the same Erlang code ({@code proc_bench.erl}).
 * Memory: erl's {@code erlang:memory(processes)} before and after; here the JVM heap in use after
 * full collections, before and after.
 */
public final class ProcessBenchmarks {
  private static final Atom MODULE = Atom.of("proc_bench");
  private static final int RING = 1000;
  private static final int LAPS = 1000;
  private static final Pattern ERL_IDLE =
      Pattern.compile("bytes per process: ([0-9.]+), spawn rate: ([0-9]+) per second");
  private static final Pattern ERL_RING = Pattern.compile("ring 1000 x 1000: ([0-9]+) messages per second");

  /** One round's figures on one VM. */
  record Figures(double bytesPerProcess, long spawnsPerSecond, long ringMessagesPerSecond) {}

  private ProcessBenchmarks() {}

  /** Arguments: {@code [N [jit|interp [ROUNDS]]]}, by default 1,000,000 processes, jit, 3 rounds. */
  public static void main(String[] args) throws Exception {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    Engine engine = args.length > 1 && args[1].equals("interp") ? InterpreterEngine.INSTANCE : JitEngine.INSTANCE;
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
    Path dir = compile();
    Path root = CodePath.installedOtpRoot().orElseThrow();
    List<Path> dirs = new ArrayList<>(List.of(dir));
    dirs.addAll(CodePath.otpLibDirs(root));
    CodeServer.install(new CodePath(dirs), engine);
    ProcessTable.configure(n + 10_000);
    Schedulers schedulers = Schedulers.start(Schedulers.defaultCount());
    System.out.printf("%d idle processes, ring %d x %d, %d rounds; jbeamjit %s, %d schedulers, max heap %d MB;"
        + " %d cores%n", n, RING, LAPS, rounds, engine.name(), schedulers.schedulerCount(),
        Runtime.getRuntime().maxMemory() >> 20, Runtime.getRuntime().availableProcessors());
    warmUp(schedulers);

    List<Figures> ours = new ArrayList<>();
    List<Figures> erls = new ArrayList<>();
    for (int r = 1; r <= rounds; r++) {
      Figures j = jbeamjitRound(schedulers, n);
      ours.add(j);
      print("round " + r + " jbeamjit", j);
      Figures e = erlRound(dir, n);
      erls.add(e);
      print("round " + r + " erl     ", e);
    }
    schedulers.stop();
    Figures bj = best(ours);
    Figures be = best(erls);
    System.out.printf("best of %d rounds:%n", rounds);
    print("jbeamjit", bj);
    print("erl     ", be);
    System.out.printf("ratios: memory per idle process %.1fx less than erl; spawn rate %.2fx erl's;"
        + " ring %.2fx erl's%n", be.bytesPerProcess / bj.bytesPerProcess,
        (double) bj.spawnsPerSecond / be.spawnsPerSecond,
        (double) bj.ringMessagesPerSecond / be.ringMessagesPerSecond);
    System.exit(0);
  }

  private static void print(String who, Figures f) {
    System.out.printf("  %s: %8.1f bytes per idle process, %,10d spawns/s, ring %,11d msgs/s%n", who,
        f.bytesPerProcess, f.spawnsPerSecond, f.ringMessagesPerSecond);
  }

  /** The best of each figure: least memory, highest rates. */
  private static Figures best(List<Figures> all) {
    double mem = Double.MAX_VALUE;
    long spawn = 0;
    long ring = 0;
    for (Figures f : all) {
      mem = Math.min(mem, f.bytesPerProcess);
      spawn = Math.max(spawn, f.spawnsPerSecond);
      ring = Math.max(ring, f.ringMessagesPerSecond);
    }
    return new Figures(mem, spawn, ring);
  }

  private static Figures jbeamjitRound(Schedulers schedulers, int n) throws Exception {
    long before = heapAfterGc();
    int base = ProcessTable.get().count();
    ErlProcess driver = Spawner.spawnRoot(MODULE, Atom.of("spawn_idle_micros"), new Object[] {(long) n}, null);
    driver.exitFuture().get(10, TimeUnit.MINUTES);
    long micros = (Long) driver.result();
    while (!schedulers.isIdle()) {
      Thread.sleep(1); // every process has reached its receive
    }
    long after = heapAfterGc();
    int live = ProcessTable.get().count() - base;
    if (live != n) {
      throw new IllegalStateException(live + " processes alive, not " + n);
    }
    double bytes = (after - before) / (double) live;
    stopAll(base);
    ErlProcess ring = Spawner.spawnRoot(MODULE, Atom.of("ring_timed"), new Object[] {(long) RING, (long) LAPS}, null);
    ring.exitFuture().get(10, TimeUnit.MINUTES);
    return new Figures(bytes, Math.round(n / (micros / 1e6)), (Long) ring.result());
  }

  /** Runs the ring and a spawn of 100,000 at a small size, so that the code is loaded and compiled. */
  private static void warmUp(Schedulers schedulers) throws Exception {
    Spawner.spawnRoot(MODULE, Atom.of("ring"), new Object[] {100L, 100L}, null).exitFuture().get(1, TimeUnit.MINUTES);
    int base = ProcessTable.get().count();
    Spawner.spawnRoot(MODULE, Atom.of("spawn_idle_timed"), new Object[] {100_000L}, null).exitFuture()
        .get(1, TimeUnit.MINUTES);
    while (!schedulers.isIdle()) {
      Thread.sleep(1);
    }
    stopAll(base);
  }

  private static void stopAll(int keep) throws Exception {
    List<Pid> pids = new ArrayList<>();
    for (ErlProcess p : ProcessTable.get().all()) {
      pids.add(p.pid());
    }
    Spawner.spawnRoot(MODULE, Atom.of("stop_all"), new Object[] {Cons.fromList(pids)}, null)
        .exitFuture().get(10, TimeUnit.MINUTES);
    while (ProcessTable.get().count() > keep) {
      Thread.sleep(10);
    }
  }

  private static long heapAfterGc() throws InterruptedException {
    for (int i = 0; i < 4; i++) {
      System.gc();
      Thread.sleep(50);
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  private static Path compile() throws IOException, InterruptedException {
    Path dir = Files.createTempDirectory("proc_bench");
    Path src = dir.resolve("proc_bench.erl");
    try (InputStream in = ProcessBenchmarks.class.getResourceAsStream("/proc_bench.erl")) {
      Files.copy(in, src);
    }
    Process erlc = new ProcessBuilder("erlc", "-o", dir.toString(), src.toString()).inheritIO().start();
    if (erlc.waitFor() != 0) {
      throw new IllegalStateException("erlc failed");
    }
    return dir;
  }

  /** One round on a fresh erl node. */
  private static Figures erlRound(Path dir, int n) throws IOException, InterruptedException {
    Process erl = new ProcessBuilder("erl", "+P", String.valueOf(2 * n + 10_000), "-noshell", "-pa", dir.toString(),
        "-eval", "proc_bench:erl_main(" + n + "), halt().").redirectErrorStream(true).start();
    String out = new String(erl.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    erl.waitFor();
    Matcher idle = ERL_IDLE.matcher(out);
    Matcher ring = ERL_RING.matcher(out);
    if (!idle.find() || !ring.find()) {
      throw new IllegalStateException("unexpected output from erl:\n" + out);
    }
    return new Figures(Double.parseDouble(idle.group(1)), Long.parseLong(idle.group(2)),
        Long.parseLong(ring.group(1)));
  }
}
