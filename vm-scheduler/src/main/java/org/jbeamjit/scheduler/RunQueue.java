package org.jbeamjit.scheduler;

import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import org.jbeamjit.runtime.process.ErlProcess;
import org.jbeamjit.runtime.process.Priority;

/**
 * One scheduler's runnable processes, by priority. {@code max} and {@code high} are served
 * strictly first; {@code normal} and {@code low} share a queue, in which a low-priority process is
 * passed over until it has come to the front {@link #LOW_SKIPS} times (OTP's rule, so low runs
 * about once for every eight normal slices). Any thread may add; the owner takes and idle
 * schedulers steal.
 */
final class RunQueue {
  /** OTP's RESCHEDULE_LOW: how often a low-priority process comes to the front before it runs. */
  static final int LOW_SKIPS = 8;

  private final ConcurrentLinkedQueue<ErlProcess> max = new ConcurrentLinkedQueue<>();
  private final ConcurrentLinkedQueue<ErlProcess> high = new ConcurrentLinkedQueue<>();
  private final ConcurrentLinkedQueue<ErlProcess> normalAndLow = new ConcurrentLinkedQueue<>();
  private final AtomicInteger size = new AtomicInteger();

  /** Queues a runnable process at the end of its priority's queue; returns the new length. */
  int add(ErlProcess p) {
    switch (p.priority()) {
      case MAX:
        max.add(p);
        break;
      case HIGH:
        high.add(p);
        break;
      default:
        normalAndLow.add(p);
        break;
    }
    return size.incrementAndGet();
  }

  /** The next process to run, or {@code null}. */
  ErlProcess poll() {
    ErlProcess p = max.poll();
    if (p == null) {
      p = high.poll();
    }
    if (p == null) {
      p = pollNormalOrLow();
    }
    if (p != null) {
      size.decrementAndGet();
    }
    return p;
  }

  private ErlProcess pollNormalOrLow() {
    for (int passes = 0; ; passes++) {
      ErlProcess p = normalAndLow.poll();
      if (p == null || p.priority() != Priority.LOW || passes >= LOW_SKIPS) {
        return p;
      }
      if (++p.lowPrioritySkips >= LOW_SKIPS) {
        p.lowPrioritySkips = 0;
        return p;
      }
      normalAndLow.add(p); // its turn is not yet
    }
  }

  int size() {
    return size.get();
  }

  boolean isEmpty() {
    return size.get() == 0;
  }
}
