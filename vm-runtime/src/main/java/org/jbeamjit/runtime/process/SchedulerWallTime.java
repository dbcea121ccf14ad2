package org.jbeamjit.runtime.process;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLongArray;
import org.jbeamjit.runtime.term.Atom;
import org.jbeamjit.runtime.term.Cons;
import org.jbeamjit.runtime.term.Pid;
import org.jbeamjit.runtime.term.Tuple;

/**
 * Scheduler wall time ({@code statistics(scheduler_wall_time)}): while it is on, each time slice
 * adds its length to the active time of the scheduler that ran it, and the total time of every
 * scheduler is the time since it was turned on. Times are in nanoseconds.
 *
 * <p>As in OTP, processes turn it on with {@code system_flag(scheduler_wall_time, true)}, each
 * such request nests, and it stays on while a process that asked for it lives (OTP's
 * {@code kernel_refc} keeps that count; here it is kept in Java, for a BIF cannot call that
 * server). {@code erts_internal:scheduler_wall_time/1} is the raw switch underneath.
 */
public final class SchedulerWallTime {
  private static final int MAX_SCHEDULERS = 1024;
  private static volatile boolean enabled;
  private static volatile long since;
  private static final AtomicLongArray ACTIVE = new AtomicLongArray(MAX_SCHEDULERS);
  private static final Map<Pid, Integer> REQUESTS = new ConcurrentHashMap<>();

  static {
    ErlProcess.addExitHook(p -> {
      if (!REQUESTS.isEmpty()) {
        requesterExited(p.pid());
      }
    });
  }

  private SchedulerWallTime() {}

  /** Whether slices are being timed: read once per slice, so plain volatile. */
  static boolean enabled() {
    return enabled;
  }

  /** Adds a slice of {@code nanos} to scheduler {@code index}'s (0-based) active time. */
  static void addActive(int index, long nanos) {
    if (index >= 0 && index < MAX_SCHEDULERS) {
      ACTIVE.addAndGet(index, nanos);
    }
  }

  /** The raw switch: turning it on restarts the counts. Returns the old state. */
  public static synchronized boolean setEnabled(boolean on) {
    boolean old = enabled;
    if (on && !old) {
      for (int i = 0; i < MAX_SCHEDULERS; i++) {
        ACTIVE.set(i, 0);
      }
      since = System.nanoTime();
    }
    enabled = on;
    SliceTiming.update();
    return old;
  }

  /**
   * {@code system_flag(scheduler_wall_time, On)} by {@code who}: counts its request up or down;
   * answers whether it was on for anyone before (OTP's {@code kernel_refc} answer).
   */
  public static synchronized boolean request(Pid who, boolean on) {
    boolean any = !REQUESTS.isEmpty();
    if (on) {
      if (REQUESTS.merge(who, 1, Integer::sum) == 1 && !any) {
        setEnabled(true);
      }
      return any;
    }
    Integer n = REQUESTS.get(who);
    if (n == null) {
      return any;
    }
    if (n > 1) {
      REQUESTS.put(who, n - 1);
    } else {
      REQUESTS.remove(who);
      if (REQUESTS.isEmpty()) {
        setEnabled(false);
      }
    }
    return true;
  }

  /** A process's requests end with it; the last one's end turns the timing off. */
  private static synchronized void requesterExited(Pid who) {
    if (REQUESTS.remove(who) != null && REQUESTS.isEmpty()) {
      setEnabled(false);
    }
  }

  /**
   * {@code [{SchedulerId, ActiveTime, TotalTime}]} for the {@code schedulers} normal schedulers,
   * the dirty CPU ones and, with {@code all}, the dirty IO ones (the dirty ones are never active
   * here: no code runs on a dirty scheduler); {@code undefined} while off.
   */
  public static Object report(int schedulers, int dirtyCpu, int dirtyIo, boolean all) {
    if (!enabled) {
      return Atom.of("undefined");
    }
    long total = System.nanoTime() - since;
    int n = schedulers + dirtyCpu + (all ? dirtyIo : 0);
    List<Object> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      long active = i < schedulers && i < MAX_SCHEDULERS ? Math.min(ACTIVE.get(i), total) : 0;
      out.add(Tuple.of((long) i + 1, active, total));
    }
    return Cons.fromList(out);
  }
}
