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
 * The process benchmarks of issue 4, side by side with {@code erl} on this machine: heap bytes per
 * idle process (N processes blocked in {@code receive}), the rate they are spawned at, and a
 * message ring of 1,000 processes for 1,000 laps. Not a timed test: run it with
 * {@code java -cp launcher/target/jbeamjit.jar:benchmarks/target/classes
 * org.jbeamjit.benchmarks.ProcessBenchmarks [N] [jit|interp]}.
 */
public final class ProcessBenchmarks {
  private static final Atom MODULE = Atom.of("proc_bench");
  private static final int RING = 1000;
  private static final int LAPS = 1000;

  private ProcessBenchmarks() {}

  public static void main(String[] args) throws Exception {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    Engine engine = args.length > 1 && args[1].equals("interp") ? InterpreterEngine.INSTANCE : JitEngine.INSTANCE;
    Path dir = compile();
    Path root = CodePath.installedOtpRoot().orElseThrow();
    List<Path> dirs = new ArrayList<>(List.of(dir));
    dirs.addAll(CodePath.otpLibDirs(root));
    CodeServer.install(new CodePath(dirs), engine);
    ProcessTable.configure(n + 10_000);
    Schedulers schedulers = Schedulers.start(Schedulers.defaultCount());

    System.out.printf("jbeamjit (%s, %d schedulers, max heap %d MB):%n", engine.name(),
        schedulers.schedulerCount(), Runtime.getRuntime().maxMemory() >> 20);
    warmUp(schedulers);
    long before = heapAfterGc();
    int base = ProcessTable.get().count();
    long t0 = System.nanoTime();
    ErlProcess driver = Spawner.spawnRoot(MODULE, Atom.of("spawn_idle"), new Object[] {(long) n}, null);
    driver.exitFuture().get(10, TimeUnit.MINUTES);
    while (!schedulers.isIdle()) {
      Thread.sleep(1);
    }
    long spawnNanos = System.nanoTime() - t0;
    long after = heapAfterGc();
    int live = ProcessTable.get().count() - base;
    System.out.printf("  idle processes: %d, bytes per process: %.1f, spawn rate: %d per second%n",
        live, (after - before) / (double) live, Math.round(n / (spawnNanos / 1e9)));
    stopAll(base);

    long r0 = System.nanoTime();
    ErlProcess ring = Spawner.spawnRoot(MODULE, Atom.of("ring"), new Object[] {(long) RING, (long) LAPS}, null);
    ring.exitFuture().get(10, TimeUnit.MINUTES);
    long ringNanos = System.nanoTime() - r0;
    System.out.printf("  ring %d x %d: %d messages per second%n", RING, LAPS,
        Math.round((double) RING * LAPS / (ringNanos / 1e9)));
    schedulers.stop();

    System.out.println("erl (OTP's BEAM, same machine):");
    System.out.print(runErl(dir, n));
    System.exit(0);
  }

  /** Runs the ring once at a small size, so that the code is loaded and compiled before timing. */
  private static void warmUp(Schedulers schedulers) throws Exception {
    Spawner.spawnRoot(MODULE, Atom.of("ring"), new Object[] {100L, 100L}, null).exitFuture().get(1, TimeUnit.MINUTES);
  }

  private static void stopAll(int keep) throws Exception {
    List<Pid> pids = new ArrayList<>();
    for (ErlProcess p : ProcessTable.get().all()) {
      pids.add(p.pid());
    }
    Spawner.spawnRoot(MODULE, Atom.of("stop_all"), new Object[] {Cons.fromList(pids.subList(0, pids.size()))}, null)
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

  private static String runErl(Path dir, int n) throws IOException, InterruptedException {
    Process erl = new ProcessBuilder("erl", "+P", String.valueOf(2 * n + 10_000), "-noshell", "-pa", dir.toString(),
        "-eval", "proc_bench:erl_main(" + n + "), halt().").redirectErrorStream(true).start();
    String out = new String(erl.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    erl.waitFor();
    return out.lines().map(l -> "  " + l + "\n").reduce("", String::concat);
  }
}
