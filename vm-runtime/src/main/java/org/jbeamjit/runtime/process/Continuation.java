package org.jbeamjit.runtime.process;

import org.jbeamjit.runtime.error.ErlangException;

/**
 * A heap frame: what is left to do in one suspended Erlang function once the function it called
 * returns. Made only when a process unwinds its JVM stack (a yield, a receive that must wait, or
 * a JVM stack grown too deep), holding just the live values and where to carry on; see
 * docs/EXECUTION.md. The trampoline in {@link ErlProcess} resumes frames innermost first, each in
 * O(1), at JVM stack depth 0.
 */
public abstract class Continuation {
  /** The frame of this frame's caller, resumed after this one returns. */
  Continuation next;

  /** The frame of this frame's caller, or {@code null} for the outermost. */
  public final Continuation caller() {
    return next;
  }

  /**
   * The frame this suspended call site shows in a stack trace, {@code {M,F,Arity,Location}}, or
   * {@code null} if it shows none (Java code, a tail call). Asked only when a caught exception's
   * stack trace is looked at.
   */
  public Object stackFrame() {
    return null;
  }

  /**
   * Where this frame carries on, {@code {M,F,Arity,Location}}, for {@code process_info}'s
   * {@code current_location} and {@code current_stacktrace}: the call site it waits to return
   * to, or the receive it waits in; {@code null} if it does not know.
   */
  public Object location() {
    return stackFrame();
  }

  /** What identifies the call site of {@link #stackFrame()}: sites that are equal collapse in a trace. */
  public Object callSite() {
    return this;
  }

  /**
   * Carries on with the value the inner frame returned. Returns this frame's own return value,
   * or {@link ErlProcess#YIELD} after saving frames with {@link ErlProcess#suspend} and
   * {@link ErlProcess#pushCaller}.
   */
  public abstract Object resume(ErlProcess p, Object value);

  /**
   * Carries on with the exception the inner frame raised: the frame's active handler if it has
   * one, otherwise it records its own stack frame and rethrows.
   */
  public abstract Object resumeException(ErlProcess p, ErlangException e);

  /**
   * The function this frame is in, as {@code {Module, Function, Arity}}, or {@code null} if the
   * frame does not know: {@code process_info(Pid, current_function)} of a process that is not
   * running reads its innermost frame's. Engines override it for their frames.
   */
  public Object function() {
    return null;
  }

  /**
   * The module version whose code this frame carries on in (an engine's loaded-module object), or
   * {@code null} for a frame of the VM's own code: {@code check_process_code} looks for frames of
   * an old version. Engines override it for their frames.
   */
  public Object moduleVersion() {
    return null;
  }
}
