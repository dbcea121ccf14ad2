package org.jbeamjit.scheduler;

import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import org.jbeamjit.runtime.process.Timer;

/**
 * One scheduler's pending timers, ordered by deadline. A skip list, because timers are cancelled
 * far more often than they expire (every receive that gets its message before its {@code after}
 * cancels one), often from another scheduler's thread once the process has moved: removal is
 * lock-free and O(log n) from any thread, and the owner finds the earliest deadline in O(1).
 */
final class TimerQueue implements Timer.Queue {
  private final ConcurrentSkipListMap<Timer, Boolean> timers = new ConcurrentSkipListMap<>();

  void add(Timer t) {
    timers.put(t, Boolean.TRUE);
    t.enqueued(this);
  }

  @Override
  public void remove(Timer t) {
    timers.remove(t);
  }

  /** Fires every timer whose deadline is at or before {@code now}; returns how many fired. */
  int fireDue(long now) {
    int n = 0;
    Map.Entry<Timer, Boolean> first;
    while ((first = timers.firstEntry()) != null && first.getKey().deadlineNanos - now <= 0) {
      Timer t = first.getKey();
      if (timers.remove(t) != null) {
        t.fire();
        n++;
      }
    }
    return n;
  }

  /** Nanoseconds from {@code now} to the earliest deadline, or -1 with no timer pending. */
  long nanosToNext(long now) {
    Map.Entry<Timer, Boolean> first = timers.firstEntry();
    return first == null ? -1 : Math.max(0, first.getKey().deadlineNanos - now);
  }

  /** Takes out every pending timer (its scheduler stopped). */
  java.util.List<Timer> drain() {
    java.util.List<Timer> out = new java.util.ArrayList<>();
    Map.Entry<Timer, Boolean> e;
    while ((e = timers.pollFirstEntry()) != null) {
      out.add(e.getKey());
    }
    return out;
  }

  boolean isEmpty() {
    return timers.isEmpty();
  }

  /** O(n): for tests and statistics. */
  int size() {
    return timers.size();
  }
}
