package org.jbeamjit.runtime.process;

import org.jbeamjit.runtime.code.FunctionCode;
import org.jbeamjit.runtime.error.ErlangException;

/**
 * An Erlang process as its code sees it while it runs: the reduction budget, the heap frames of
 * its suspended calls and its mailbox. The scheduler runs it a time slice at a time with
 * {@link #runSlice()}.
 *
 * <p>The unwinding protocol (docs/EXECUTION.md): a function that cannot proceed calls
 * {@link #suspend} with its innermost frame and returns {@link #YIELD}; each non-tail call site
 * that sees {@code YIELD} calls {@link #pushCaller} with its own frame and returns {@code YIELD};
 * tail call sites pass {@code YIELD} on untouched. The trampoline then resumes frames innermost
 * first.
 */
public final class ErlProcess {
  /** The one special return value of Erlang code: "this process's stack was unwound into heap frames". */
  public static final Object YIELD = new Object() {
    @Override
    public String toString() {
      return "YIELD";
    }
  };

  /**
   * The value a waiting frame is resumed with when its receive timed out; a frame woken by a
   * message is resumed with {@code null}.
   */
  public static final Object TIMED_OUT = new Object() {
    @Override
    public String toString() {
      return "TIMED_OUT";
    }
  };

  /** {@link #waitTimeout()} of a receive with no {@code after}, or {@code after infinity}. */
  public static final long INFINITY = -1;

  /** Reductions in a time slice, as OTP's CONTEXT_REDS. */
  public static final int CONTEXT_REDUCTIONS = 4000;

  /**
   * Erlang calls nested on one JVM stack before it is unwound into heap frames, which bounds the
   * JVM stack a process can use whatever its Erlang recursion depth.
   */
  public static final int MAX_DEPTH = 512;

  /** What a time slice ended in. */
  public enum SliceEnd {
    /** Reductions ran out; the process is runnable. */
    PREEMPTED,
    /** The process waits in a receive for a message (or its timeout). */
    WAITING,
    /** The code returned: see {@link #result()}. */
    RETURNED,
    /** The code raised an exception nothing caught: see {@link #failure()}. */
    FAILED
  }

  /** Reductions left in this time slice; code spends one per function entry and loop back edge. */
  public int reductions;

  private Continuation stack;
  private Continuation unwindInnermost;
  private Continuation unwindOutermost;
  private boolean waitRequested;
  private long waitTimeout = INFINITY;
  private Object result;
  private ErlangException failure;

  private final Mailbox mailbox = new Mailbox();

  /** A process that will call {@code code} with {@code args} when first run. */
  public ErlProcess(FunctionCode code, Object[] args) {
    stack = new CallContinuation(code, args);
  }

  public Mailbox mailbox() {
    return mailbox;
  }

  /**
   * Starts an unwind: {@code innermost} is the frame to resume first. Returns {@link #YIELD} for
   * the caller to return.
   */
  public Object suspend(Continuation innermost) {
    if (unwindInnermost != null) {
      throw new IllegalStateException("already unwinding");
    }
    unwindInnermost = innermost;
    unwindOutermost = innermost;
    return YIELD;
  }

  /** Adds a caller's frame outside the frames saved so far in this unwind. Returns {@link #YIELD}. */
  public Object pushCaller(Continuation frame) {
    unwindOutermost.next = frame;
    unwindOutermost = frame;
    return YIELD;
  }

  /**
   * Starts an unwind that ends the time slice in {@link SliceEnd#WAITING}: the receive found no
   * matching message. {@code timeoutMillis} is the receive's {@code after} time, or
   * {@link #INFINITY}; the scheduler reads it with {@link #waitTimeout()}. The frame is resumed
   * with {@code null} when a message arrives, or {@link #TIMED_OUT}.
   */
  public Object suspendToWait(Continuation innermost, long timeoutMillis) {
    waitRequested = true;
    waitTimeout = timeoutMillis;
    return suspend(innermost);
  }

  /** The timeout of the receive the process waits in: milliseconds, or {@link #INFINITY}. */
  public long waitTimeout() {
    return waitTimeout;
  }

  /** Whether the entry check must unwind: reductions spent or the JVM stack deep enough. */
  public boolean mustUnwind(int depth) {
    return --reductions <= 0 || depth >= MAX_DEPTH;
  }

  /**
   * Runs the process until its reductions run out, it waits in a receive, or its code returns or
   * fails. Frames resume innermost first at JVM stack depth 0, each in O(1).
   */
  public SliceEnd runSlice() {
    reductions = CONTEXT_REDUCTIONS;
    Object value = null;
    ErlangException raised = null;
    while (stack != null) {
      Continuation frame = stack;
      stack = frame.next;
      frame.next = null;
      Object r;
      try {
        r = raised == null ? frame.resume(this, value) : frame.resumeException(this, raised);
        raised = null;
      } catch (ErlangException e) {
        abandonUnwind();
        raised = e;
        continue;
      }
      if (r == YIELD) {
        unwindOutermost.next = stack;
        stack = unwindInnermost;
        unwindInnermost = null;
        unwindOutermost = null;
        if (waitRequested) {
          waitRequested = false;
          return SliceEnd.WAITING;
        }
        if (reductions <= 0) {
          return SliceEnd.PREEMPTED;
        }
        value = null; // a depth unwind: carry on at once
        continue;
      }
      value = r;
    }
    if (raised != null) {
      failure = raised;
      return SliceEnd.FAILED;
    }
    result = value;
    return SliceEnd.RETURNED;
  }

  /** An exception escaped mid-unwind (a bug in generated code would be the only cause): drop the partial chain. */
  private void abandonUnwind() {
    if (unwindInnermost != null) {
      unwindInnermost = null;
      unwindOutermost = null;
      waitRequested = false;
    }
  }

  /** The value the process's code returned. */
  public Object result() {
    return result;
  }

  /** The exception that ended the process's code. */
  public ErlangException failure() {
    return failure;
  }
}
