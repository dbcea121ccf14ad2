package org.jbeamjit.runtime.process;

/**
 * Ends a process's time slice from deep inside its code, past every Erlang {@code catch}: the
 * process exits now (an exit signal it cannot survive reached it while it ran, or it sent one to
 * itself), or it hibernates (its whole stack is discarded). Thrown by the runtime, caught only by
 * {@link ErlProcess#runSlice()}.
 *
 * <p>It is an {@link Error}, as {@code ThreadDeath} is, so that code which converts stray
 * {@code RuntimeException}s into Erlang errors does not swallow it: compiled code and the
 * interpreter must let it pass (they catch {@code ErlangException} only).
 */
public final class ProcessInterrupt extends Error {
  private static final long serialVersionUID = 1L;

  /** The exit reason, or {@code null} for a hibernation. */
  final Object exitReason;
  /** What a hibernating process runs when a message wakes it. */
  final Continuation wakeUp;

  private ProcessInterrupt(Object exitReason, Continuation wakeUp) {
    super(null, null, false, false);
    this.exitReason = exitReason;
    this.wakeUp = wakeUp;
  }

  static ProcessInterrupt exit(Object reason) {
    return new ProcessInterrupt(reason, null);
  }

  static ProcessInterrupt hibernate(Continuation wakeUp) {
    return new ProcessInterrupt(null, wakeUp);
  }
}
