package org.jbeamjit.runtime.process;

import org.jbeamjit.runtime.code.FunctionCode;
import org.jbeamjit.runtime.error.ErlangException;
import org.jbeamjit.runtime.term.Nil;
import org.jbeamjit.runtime.term.Tuple;

/**
 * "Call this function with these arguments": the frame a function entry saves when the process
 * must yield before the function starts, and the first frame of a new process.
 */
public final class CallContinuation extends Continuation {
  private final FunctionCode code;
  private final Object[] args;

  public CallContinuation(FunctionCode code, Object[] args) {
    this.code = code;
    this.args = args;
  }

  @Override
  public Object resume(ErlProcess p, Object ignored) {
    return code.invoke(p, 0, args);
  }

  @Override
  public Object moduleVersion() {
    return code.moduleVersion();
  }

  /** A process stopped at a function's entry is in that function. */
  @Override
  public Object function() {
    return code.mfa();
  }

  /** The function entered, with no line: the call has not started. */
  @Override
  public Object location() {
    Object mfa = code.mfa();
    return mfa instanceof Tuple t ? Tuple.of(t.get(0), t.get(1), t.get(2), Nil.NIL) : null;
  }

  @Override
  public Object resumeException(ErlProcess p, ErlangException e) {
    // Nothing ran inside this call yet, so nothing can have raised into it.
    throw new IllegalStateException("exception resumed into a call not yet started", e);
  }
}
