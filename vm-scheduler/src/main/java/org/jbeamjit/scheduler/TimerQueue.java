package org.jbeamjit.scheduler;

import java.util.concurrent.ConcurrentSkipListSet;
import org.jbeamjit.runtime.process.Timer;

/**
 * One scheduler's pending timers, ordered by deadline. A skip list, because timers are cancelled
 * far more often than they expire (every receive that gets its message before its {@code after}
 * cancels one), often from another scheduler's thread once the process has moved: removal is
 * lock-free and O(log n) from any thread, and the owner finds the earliest deadline in O(1).
 */
final class TimerQueue implements Timer.Queue {
  private final ConcurrentSkipListSet<Timer> timers = new ConcurrentSkipListSet<>();

  void add(Timer t) {
    timers.add(t);
    t.enqueued(this);
  }

  @Override
  public void remove(Timer t) {
    timers.remove(t);
  }

  /** Fires every timer whose deadline is at or before {@code now}; returns how many fired. */
  int fireDue(long now) {
    int n = 0;
    while (true) {
      Timer t;
      try {
        t = timers.first();
      } catch (java.util.NoSuchElementException empty) {
        return n;
      }
      if (t.deadlineNanos - now > 0) {
        return n;
      }
      if (timers.remove(t)) {
        t.fire();
        n++;
      }
    }
  }

  /** Nanoseconds from {@code now} to the earliest deadline, or -1 with no timer pending. */
  long nanosToNext(long now) {
    if (timers.isEmpty()) {
      return -1;
    }
    try {
      return Math.max(0, timers.first().deadlineNanos - now);
    } catch (java.util.NoSuchElementException empty) {
      return -1;
    }
  }

  int size() {
    return timers.size();
  }
}
