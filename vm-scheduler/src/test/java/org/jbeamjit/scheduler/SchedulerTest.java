package org.jbeamjit.scheduler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLongArray;
import org.jbeamjit.runtime.process.ErlProcess;
import org.jbeamjit.runtime.process.Priority;
import org.jbeamjit.runtime.process.ProcessTable;
import org.jbeamjit.runtime.process.SpawnOptions;
import org.jbeamjit.runtime.term.Atom;
import org.jbeamjit.runtime.term.Atoms;
import org.jbeamjit.runtime.term.Pid;
import org.jbeamjit.runtime.term.Tuple;
import org.junit.jupiter.api.Test;

class SchedulerTest {
  static final Atom NORMAL = Atom.of("normal");

  /** A process that spins in a tail-recursive loop, counting, until {@code stop[0]} is set. */
  private static Object spin(ErlProcess p, int depth, AtomicLongArray counts, int i, java.util.concurrent.atomic.AtomicBoolean stop) {
    counts.incrementAndGet(i);
    if (stop.get()) {
      return Atoms.OK;
    }
    return Script.call(p, depth, (q, d) -> spin(q, d, counts, i, stop));
  }

  private static Object pong(ErlProcess p, int depth) {
    return Script.receive(p, depth, (q, d, m) -> {
      Tuple t = (Tuple) m;
      if (t.get(1) == Atoms.OK) {
        return Atoms.OK;
      }
      org.jbeamjit.runtime.process.Signals.send(q, t.get(0), t.get(1));
      return pong(q, d);
    });
  }

  private static Object ping(ErlProcess p, int depth, Pid pong, long i, long n) {
    if (i > n) {
      org.jbeamjit.runtime.process.Signals.send(p, pong, Tuple.of(p.pid(), Atoms.OK));
      return i - 1;
    }
    org.jbeamjit.runtime.process.Signals.send(p, pong, Tuple.of(p.pid(), i));
    return Script.receive(p, depth, m -> m.equals(i), ErlProcess.INFINITY,
        (q, d, m) -> ping(q, d, pong, i + 1, n), null);
  }

  @Test
  void aPingPongPairKeepsAnsweringWhileMoreSpinnersThanSchedulersRun() throws Exception {
    try (TestVm vm = TestVm.start(2)) {
      int spinners = 6;
      AtomicLongArray counts = new AtomicLongArray(spinners);
      java.util.concurrent.atomic.AtomicBoolean stop = new java.util.concurrent.atomic.AtomicBoolean();
      List<ErlProcess> spinning = new ArrayList<>();
      for (int i = 0; i < spinners; i++) {
        int k = i;
        spinning.add(TestVm.spawn((p, d) -> spin(p, d, counts, k, stop)));
      }
      Thread.sleep(100); // let the spinners occupy both schedulers
      ErlProcess pong = TestVm.spawn(SchedulerTest::pong);
      long rounds = 2000;
      long start = System.nanoTime();
      ErlProcess ping = TestVm.spawn((p, d) -> ping(p, d, pong.pid(), 1, rounds));
      assertEquals(NORMAL, TestVm.awaitExit(ping));
      double seconds = (System.nanoTime() - start) / 1e9;
      long[] snapshot = new long[spinners];
      for (int i = 0; i < spinners; i++) {
        snapshot[i] = counts.get(i);
      }
      stop.set(true);
      for (ErlProcess s : spinning) {
        TestVm.awaitExit(s);
      }
      TestVm.awaitExit(pong);
      long min = Long.MAX_VALUE;
      long max = 0;
      for (long c : snapshot) {
        min = Math.min(min, c);
        max = Math.max(max, c);
      }
      System.out.printf("fairness: %d round trips in %.2f s among %d spinners; spinner reductions min %d max %d%n",
          rounds, seconds, spinners, min, max);
      assertTrue(min > 0, "a spinner never ran");
      assertTrue(min * 10 > max, "spinners ran unfairly: min " + min + " max " + max);
    }
  }

  /** Counts to {@code n} in a tail-recursive loop, then records its place among the finishers. */
  private static Object count(ErlProcess p, int depth, long i, long n, AtomicInteger finished, int[] place, int me,
      AtomicLongArray progress, long[] atFirstFinish) {
    progress.incrementAndGet(me);
    if (i == n) {
      place[me] = finished.incrementAndGet();
      if (place[me] == 1) {
        for (int k = 0; k < atFirstFinish.length; k++) {
          atFirstFinish[k] = progress.get(k); // one scheduler: nobody else is running now
        }
      }
      return Atoms.OK;
    }
    return Script.call(p, depth, (q, d) -> count(q, d, i + 1, n, finished, place, me, progress, atFirstFinish));
  }

  /**
   * On one scheduler, a starter process spawns the given priorities in order; each counts to
   * {@code n}. Returns each one's finishing place and, in {@code progress}, how far each had got
   * when the first finished.
   */
  private static int[] race(long n, long[] progressAtFirstFinish, Priority... priorities) throws Exception {
    try (TestVm vm = TestVm.start(1)) {
      AtomicInteger finished = new AtomicInteger();
      int[] place = new int[priorities.length];
      AtomicLongArray progress = new AtomicLongArray(priorities.length);
      List<Pid> pids = new ArrayList<>();
      ErlProcess starter = TestVm.spawn((p, d) -> {
        for (int i = 0; i < priorities.length; i++) {
          int me = i;
          SpawnOptions o = SpawnOptions.parse(org.jbeamjit.runtime.term.Cons.list(
              Tuple.of(Atom.of("priority"), priorities[i].atom)));
          pids.add((Pid) TestVm.spawn(p, o, (q, dd) -> count(q, dd, 1, n, finished, place, me, progress,
              progressAtFirstFinish)));
        }
        return Atoms.OK;
      });
      TestVm.awaitExit(starter);
      while (finished.get() < priorities.length) {
        Thread.sleep(5);
      }
      return place;
    }
  }

  @Test
  void higherPrioritiesRunFirst() throws Exception {
    long n = 200_000; // 50 slices each
    int[] place = race(n, new long[3], Priority.NORMAL, Priority.HIGH, Priority.MAX);
    assertEquals(3, place[0], "normal finishes last");
    assertEquals(2, place[1], "high second");
    assertEquals(1, place[2], "max first");
  }

  @Test
  void lowPriorityRunsAboutOnceEveryEightNormalSlices() throws Exception {
    long n = 400_000; // 100 slices each
    long[] atFirst = new long[2];
    int[] place = race(n, atFirst, Priority.LOW, Priority.NORMAL);
    assertEquals(1, place[1], "normal finishes first");
    long low = atFirst[0];
    System.out.printf("low-priority progress when normal finished: %d of %d%n", low, n);
    assertTrue(low > n / 12 && low < n / 6, "low ran " + low + " of " + n);
  }

  @Test
  void manyShortProcessesAllRunAndLeaveTheTable() throws Exception {
    try (TestVm vm = TestVm.start(2)) {
      int before = ProcessTable.get().count();
      List<ErlProcess> ps = new ArrayList<>();
      AtomicInteger ran = new AtomicInteger();
      for (int i = 0; i < 20_000; i++) {
        ps.add(TestVm.spawn((p, d) -> {
          ran.incrementAndGet();
          return Atoms.OK;
        }));
      }
      for (ErlProcess p : ps) {
        assertEquals(NORMAL, TestVm.awaitExit(p));
      }
      assertEquals(20_000, ran.get());
      assertEquals(before, ProcessTable.get().count());
    }
  }

  @Test
  void anIdleSchedulerStealsFromABusyOne() throws Exception {
    try (TestVm vm = TestVm.start(2)) {
      java.util.concurrent.atomic.AtomicBoolean stop = new java.util.concurrent.atomic.AtomicBoolean();
      AtomicLongArray counts = new AtomicLongArray(4);
      List<ErlProcess> ps = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        int k = i;
        ps.add(TestVm.spawn((p, d) -> spin(p, d, counts, k, stop))); // all queued on scheduler 1
      }
      Thread.sleep(300);
      stop.set(true);
      for (ErlProcess p : ps) {
        TestVm.awaitExit(p);
      }
      long[] slices = vm.schedulers.slicesRun();
      assertTrue(slices[0] > 10 && slices[1] > 10, "slices per scheduler: " + java.util.Arrays.toString(slices));
    }
  }

  @Test
  void idleSchedulersSleepInsteadOfSpinning() throws Exception {
    try (TestVm vm = TestVm.start(2)) {
      ErlProcess waiter = TestVm.spawn((p, d) -> Script.receive(p, d, (q, dd, m) -> Atoms.OK));
      Thread.sleep(200);
      ThreadMXBean mx = ManagementFactory.getThreadMXBean();
      Thread[] threads = Thread.getAllStackTraces().keySet().stream()
          .filter(t -> t.getName().startsWith("jbeamjit-scheduler-")).toArray(Thread[]::new);
      assertEquals(2, threads.length);
      long cpuBefore = 0;
      for (Thread t : threads) {
        assertTrue(t.getState() == Thread.State.WAITING || t.getState() == Thread.State.TIMED_WAITING,
            t.getName() + " is " + t.getState());
        cpuBefore += mx.getThreadCpuTime(t.getId());
      }
      Thread.sleep(300);
      long cpuAfter = 0;
      for (Thread t : threads) {
        cpuAfter += mx.getThreadCpuTime(t.getId());
      }
      assertTrue(cpuAfter - cpuBefore < 30_000_000L, "idle schedulers used " + (cpuAfter - cpuBefore) / 1000 + " us");
      waiter.send(Atoms.OK);
      assertEquals(NORMAL, TestVm.awaitExit(waiter));
    }
  }
}
