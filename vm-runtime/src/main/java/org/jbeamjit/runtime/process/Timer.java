package org.jbeamjit.runtime.process;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Something to do at a point in time: a receive's {@code after}, or a message of
 * {@code erlang:send_after}/{@code start_timer}. A scheduler's timer queue holds it from
 * {@link Scheduling#startTimer} until it expires or is cancelled, whichever happens first; the
 * loser of that race does nothing.
 */
public abstract class Timer implements Comparable<Timer> {
  private static final int PENDING = 0;
  private static final int EXPIRED = 1;
  private static final int CANCELLED = 2;
  private static final VarHandle STATE;
  private static final AtomicLong SEQUENCE = new AtomicLong();

  static {
    try {
      STATE = MethodHandles.lookup().findVarHandle(Timer.class, "state", int.class);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  /** Where a scheduler keeps its pending timers. */
  public interface Queue {
    /** Forgets a cancelled timer; any thread. */
    void remove(Timer t);
  }

  /** When it expires, on {@link System#nanoTime()}'s clock. */
  public final long deadlineNanos;
  /** Orders timers with the same deadline by creation, so that they expire in that order. */
  private final long sequence = SEQUENCE.getAndIncrement();
  private volatile int state;
  private volatile Queue queue;

  protected Timer(long deadlineNanos) {
    this.deadlineNanos = deadlineNanos;
  }

  /** A timer expiring {@code millis} milliseconds from now. */
  static long deadlineIn(long millis) {
    return System.nanoTime() + Math.multiplyExact(millis, 1_000_000L);
  }

  /** Called by the queue that takes the timer in. */
  public void enqueued(Queue q) {
    queue = q;
    if (state == CANCELLED) {
      q.remove(this); // cancelled while being armed
    }
  }

  /** Called by the queue at the deadline: runs {@link #expire} unless the timer was cancelled. */
  public final void fire() {
    if (STATE.compareAndSet(this, PENDING, EXPIRED)) {
      expire();
    }
  }

  /** Cancels the timer; {@code true} if it had neither expired nor been cancelled before. */
  public final boolean cancel() {
    if (!STATE.compareAndSet(this, PENDING, CANCELLED)) {
      return false;
    }
    Queue q = queue;
    if (q != null) {
      q.remove(this);
    }
    return true;
  }

  public final boolean hasExpired() {
    return state == EXPIRED;
  }

  public final boolean isPending() {
    return state == PENDING;
  }

  /** Milliseconds left, rounded down (as {@code erlang:read_timer/1}), 0 once the deadline passed. */
  public final long remainingMillis() {
    return Math.max(0, deadlineNanos - System.nanoTime()) / 1_000_000L;
  }

  /** What the timer does when it expires; runs on a scheduler thread and must not block. */
  protected abstract void expire();

  @Override
  public final int compareTo(Timer o) {
    if (deadlineNanos != o.deadlineNanos) {
      return deadlineNanos - o.deadlineNanos < 0 ? -1 : 1;
    }
    return Long.compare(sequence, o.sequence);
  }
}
