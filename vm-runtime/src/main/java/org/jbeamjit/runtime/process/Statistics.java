package org.jbeamjit.runtime.process;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import org.jbeamjit.runtime.error.ErlangException;
import org.jbeamjit.runtime.term.Atom;
import org.jbeamjit.runtime.term.Cons;
import org.jbeamjit.runtime.term.Tuple;

/**
 * {@code erlang:statistics/1}: the node's counters, from the schedulers (run queues, slices),
 * the processes (reductions), the ports (bytes through them) and the JVM (CPU time, collections).
 * As in OTP, the "since the last call" halves are node-wide. The dirty run queues OTP lists too
 * are always empty here: no BIF runs on a dirty scheduler.
 */
public final class Statistics {
  /** OTP's default number of dirty IO schedulers, which {@code system_info} reports too. */
  private static final int DIRTY_IO_SCHEDULERS = 10;
  private static final Atom INPUT = Atom.of("input");
  private static final Atom OUTPUT = Atom.of("output");
  /** Reductions of every finished time slice, of every process. */
  private static final LongAdder REDUCTIONS = new LongAdder();
  private static final LongAdder BYTES_IN = new LongAdder();
  private static final LongAdder BYTES_OUT = new LongAdder();
  private static final AtomicLong LAST_REDUCTIONS = new AtomicLong();
  private static final AtomicLong LAST_RUNTIME = new AtomicLong();
  private static final AtomicLong LAST_WALL_CLOCK = new AtomicLong();
  private static final long START_NANOS = System.nanoTime();

  private Statistics() {}

  static void addReductions(long n) {
    REDUCTIONS.add(n);
  }

  static void addBytesIn(long n) {
    BYTES_IN.add(n);
  }

  static void addBytesOut(long n) {
    BYTES_OUT.add(n);
  }

  /** {@code statistics(Item)}; {@code badarg} for an item OTP does not know (or this VM does not keep). */
  public static Object of(Object item) {
    if (!(item instanceof Atom a)) {
      throw ErlangException.badarg();
    }
    Scheduling s = Scheduling.get();
    switch (a.name()) {
      case "reductions":
      case "exact_reductions":
        return sinceLast(REDUCTIONS.sum(), LAST_REDUCTIONS);
      case "context_switches":
        return Tuple.of(s.contextSwitches(), 0L);
      case "runtime":
        return sinceLast(cpuMillis(), LAST_RUNTIME);
      case "wall_clock":
        return sinceLast((System.nanoTime() - START_NANOS) / 1_000_000L, LAST_WALL_CLOCK);
      case "garbage_collection":
        return Tuple.of(collections(), 0L, 0L);
      case "io":
        return Tuple.of(Tuple.of(INPUT, BYTES_IN.sum()), Tuple.of(OUTPUT, BYTES_OUT.sum()));
      case "run_queue":
      case "total_run_queue_lengths":
      case "total_run_queue_lengths_all":
        return sum(s.runQueueLengths());
      case "run_queue_lengths":
        return perQueue(s.runQueueLengths(), 1);
      case "run_queue_lengths_all":
        return perQueue(s.runQueueLengths(), 2);
      case "total_active_tasks":
      case "total_active_tasks_all":
        return sum(s.activeTasks());
      case "active_tasks":
        return perQueue(s.activeTasks(), 1);
      case "active_tasks_all":
        return perQueue(s.activeTasks(), 2);
      case "microstate_accounting": {
        int n = s.schedulerCount() > 0 ? s.schedulerCount() : Runtime.getRuntime().availableProcessors();
        return MicrostateAccounting.report(n, n, DIRTY_IO_SCHEDULERS);
      }
      case "scheduler_wall_time":
      case "scheduler_wall_time_all": {
        int n = s.schedulerCount() > 0 ? s.schedulerCount() : Runtime.getRuntime().availableProcessors();
        return SchedulerWallTime.report(n, n, DIRTY_IO_SCHEDULERS, a.name().endsWith("_all"));
      }
      default:
        throw ErlangException.badarg();
    }
  }

  /** {@code {Total, SinceLastCall}}, the last call being anyone's. */
  private static Tuple sinceLast(long total, AtomicLong last) {
    return Tuple.of(total, total - last.getAndSet(total));
  }

  private static long sum(int[] counts) {
    long n = 0;
    for (int c : counts) {
      n += c;
    }
    return n;
  }

  /** One count per scheduler, then {@code dirty} zeros for OTP's dirty CPU (and IO) run queues. */
  private static Object perQueue(int[] counts, int dirty) {
    List<Object> out = new ArrayList<>(counts.length + dirty);
    for (int c : counts) {
      out.add((long) c);
    }
    for (int i = 0; i < dirty; i++) {
      out.add(0L);
    }
    return Cons.fromList(out);
  }

  private static long cpuMillis() {
    if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
      return os.getProcessCpuTime() / 1_000_000L;
    }
    return (System.nanoTime() - START_NANOS) / 1_000_000L;
  }

  private static long collections() {
    long n = 0;
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      n += Math.max(0, gc.getCollectionCount());
    }
    return n;
  }
}
