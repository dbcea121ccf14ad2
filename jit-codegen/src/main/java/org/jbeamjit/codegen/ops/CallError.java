package org.jbeamjit.codegen.ops;

import org.jbeamjit.runtime.error.ErlangException;
import org.jbeamjit.runtime.term.Atoms;

/**
 * An error raised by a call instruction itself, before any callee runs: {@code badfun} and
 * {@code badarity} from a fun call, {@code badarg} from {@code apply}. OTP reports it in the
 * calling function's frame even when the call is a tail call, and for a fun call in a non-tail
 * position it shows that frame twice (once as the raising location, once as the call site).
 */
public final class CallError extends ErlangException {
  private static final long serialVersionUID = 1L;

  private final boolean twiceAtCallSite;
  private boolean framed;

  CallError(Object reason, boolean twiceAtCallSite) {
    super(Atoms.ERROR, reason);
    this.twiceAtCallSite = twiceAtCallSite;
  }

  /** How many copies of the caller's frame this error still wants: 0 once they were added. */
  int callerFrames(boolean tailCall) {
    if (framed) {
      return 0;
    }
    framed = true;
    return twiceAtCallSite && !tailCall ? 2 : 1;
  }
}
