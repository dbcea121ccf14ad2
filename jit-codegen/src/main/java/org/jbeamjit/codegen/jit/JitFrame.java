package org.jbeamjit.codegen.jit;

import org.jbeamjit.runtime.error.ErlangException;
import org.jbeamjit.runtime.process.Continuation;
import org.jbeamjit.runtime.process.ErlProcess;

/**
 * The heap frame of a JIT-compiled function, made only when the process unwinds: which resume
 * point of the function to carry on at (after a non-tail call, or at a receive after a wait) and
 * the function's Y registers at that point. Resuming runs the function's cold {@code F$resume}
 * method, which restores the registers and jumps to the resume point; an exception resumed into
 * the frame is raised at the resume point, so it meets the handler that was active at the call.
 */
final class JitFrame extends Continuation {
  static final Object[] NO_SLOTS = new Object[0];

  final JitFunction function;
  final int resumePoint;
  final Object[] slots;

  JitFrame(JitFunction function, int resumePoint, Object[] slots) {
    this.function = function;
    this.resumePoint = resumePoint;
    this.slots = slots;
  }

  @Override
  public Object resume(ErlProcess p, Object value) {
    return function.resume(p, this, value, null);
  }

  @Override
  public Object resumeException(ErlProcess p, ErlangException e) {
    return function.resume(p, this, null, e);
  }

  @Override
  public Object stackFrame() {
    return function.frameAt(resumePoint);
  }

  @Override
  public Object callSite() {
    Object site = function.siteAt(resumePoint);
    return site != null ? site : this;
  }

  @Override
  public Object function() {
    return function.mfa();
  }

  @Override
  public String toString() {
    return function + " at resume point " + resumePoint;
  }
}
