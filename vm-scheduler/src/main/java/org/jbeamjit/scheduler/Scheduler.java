package org.jbeamjit.scheduler;

import java.util.concurrent.locks.LockSupport;
import org.jbeamjit.runtime.process.ErlProcess;

/**
 * One scheduler thread: runs time slices of the processes on its run queue, fires its due
 * timers, steals a process from another scheduler when its own queue is empty, and sleeps when
 * there is nothing at all to do (until a process is queued for it or its next timer is due).
 */
final class Scheduler implements Runnable {
  /** Slices between looks at the other queues' lengths (a power of two). */
  private static final int BALANCE_INTERVAL = 16;

  final int index;
  final RunQueue runQueue = new RunQueue();
  final TimerQueue timers = new TimerQueue();
  private final Schedulers all;
  Thread thread;
  /** Set while parked or about to park: whoever queues work for it must unpark it. */
  volatile boolean sleeping;
  private long slices;
  /** The process in a time slice now, or null; read racily by {@code statistics(active_tasks)}. */
  private ErlProcess running;

  Scheduler(int index, Schedulers all) {
    this.index = index;
    this.all = all;
  }

  @Override
  public void run() {
    Schedulers.CURRENT.set(this);
    try {
      while (!all.stopping) {
        timers.fireDue(System.nanoTime());
        ErlProcess p = runQueue.poll();
        if (p == null) {
          p = all.steal(this);
        }
        if (p == null) {
          idle();
          continue;
        }
        p.schedulerHome = index;
        slices++;
        boolean again;
        running = p;
        try {
          again = p.execute();
        } catch (Throwable t) {
          again = false;
          all.uncaught(p, t);
        }
        running = null;
        if (again) {
          runQueue.add(p);
        }
        if ((slices & (BALANCE_INTERVAL - 1)) == 0) {
          ErlProcess taken = all.rebalance(this);
          if (taken != null) {
            runQueue.add(taken);
          }
        }
      }
    } finally {
      Schedulers.CURRENT.remove();
    }
  }

  /** Sleeps until work is queued here, another scheduler has work to steal, or a timer is due. */
  private void idle() {
    sleeping = true;
    all.sleepers.incrementAndGet();
    try {
      // Publish "sleeping" first, then look: whoever queues work either sees the flag or is seen here.
      if (!runQueue.isEmpty() || all.stopping || all.hasWorkToSteal(this)) {
        return;
      }
      long now = System.nanoTime();
      long wait = timers.nanosToNext(now);
      if (wait == 0) {
        return;
      }
      if (wait < 0) {
        LockSupport.park(this);
      } else {
        LockSupport.parkNanos(this, wait);
      }
    } finally {
      sleeping = false;
      all.sleepers.decrementAndGet();
    }
  }

  void unpark() {
    LockSupport.unpark(thread);
  }

  boolean isRunning() {
    return running != null;
  }

  /** Time slices run so far (for tests and statistics). */
  long slices() {
    return slices;
  }
}
