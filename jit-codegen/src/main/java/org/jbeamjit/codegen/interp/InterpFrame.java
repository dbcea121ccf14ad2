package org.jbeamjit.codegen.interp;

import org.jbeamjit.codegen.ops.CallSite;
import org.jbeamjit.codegen.ops.StackFrames;
import org.jbeamjit.runtime.error.ErlangException;
import org.jbeamjit.runtime.process.Continuation;
import org.jbeamjit.runtime.process.ErlProcess;
import org.jbeamjit.runtime.term.Tuple;

/**
 * The heap frame of an interpreted function: its y registers and where to carry on. For a call
 * site, the value the callee returned goes to x0 and execution resumes after the call; for a
 * receive that waits, execution resumes at the receive loop, or at the timeout code when resumed
 * with {@link ErlProcess#TIMED_OUT}.
 */
final class InterpFrame extends Continuation {
  private final Body body;
  private final Object[] y;
  private final int resumePc;
  /** The call instruction (for its frame and its handler), or for a receive the pc after its timeout; -1 if none. */
  private final int otherPc;
  private final boolean isCall;

  /** The frame of a non-tail call site at {@code callPc}, resuming at {@code resumePc}. */
  InterpFrame(Body body, Object[] y, int resumePc, int callPc) {
    this(body, y, resumePc, callPc, true);
  }

  private InterpFrame(Body body, Object[] y, int resumePc, int otherPc, boolean isCall) {
    this.body = body;
    this.y = y;
    this.resumePc = resumePc;
    this.otherPc = otherPc;
    this.isCall = isCall;
  }

  /** The frame of a receive waiting at {@code loopPc}; {@code timeoutPc} is -1 for a receive without {@code after}. */
  static InterpFrame waiting(Body body, Object[] y, int loopPc, int timeoutPc) {
    return new InterpFrame(body, y, loopPc, timeoutPc, false);
  }

  @Override
  public Object resume(ErlProcess p, Object value) {
    Object[] x = new Object[body.xCount];
    int pc = resumePc;
    if (isCall) {
      x[0] = value;
    } else if (value == ErlProcess.TIMED_OUT && otherPc >= 0) {
      pc = otherPc;
    }
    return Interpreter.run(p, 0, body, x, y, pc, null);
  }

  @Override
  public Object stackFrame() {
    return isCall && body.frameKind[otherPc] == Body.CALL ? body.module.frame(body.functionIndex, body.lineAt[otherPc])
        : null;
  }

  @Override
  public Object location() {
    return body.module.frame(body.functionIndex, body.lineAt[isCall ? otherPc : resumePc]);
  }

  @Override
  public Object function() {
    var f = body.module.function(body.functionIndex);
    return Tuple.of(body.module.name(), f.name(), (long) f.arity());
  }

  @Override
  public Object callSite() {
    return new CallSite(body.module, body.functionIndex, otherPc);
  }

  @Override
  public Object moduleVersion() {
    return body.module;
  }

  @Override
  public Object resumeException(ErlProcess p, ErlangException e) {
    if (isCall) {
      StackFrames.addAtCall(e, body.module, body.functionIndex, body.lineAt[otherPc], callSite());
    }
    int handler = Interpreter.handler(y);
    if (handler < 0) {
      throw e;
    }
    return Interpreter.run(p, 0, body, new Object[body.xCount], y, handler, e);
  }
}
