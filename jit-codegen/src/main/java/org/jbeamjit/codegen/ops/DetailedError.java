package org.jbeamjit.codegen.ops;

import org.jbeamjit.runtime.error.ErlangException;
import org.jbeamjit.runtime.term.Atom;

/**
 * An error whose first frame (the raising function's) carries more than the usual
 * {@code {M,F,Arity,Location}}: {@code erlang:error/2,3} put the arguments they are given in
 * place of the arity and {@code error/3}'s {@code error_info} option into the location, and a
 * failed binary construction adds {@code {error_info, #{cause => ...}}} to the location, as OTP
 * 25 does.
 */
public final class DetailedError extends ErlangException {
  private static final long serialVersionUID = 1L;

  /** The arguments for the first frame, or {@code null} to show the arity. */
  private final Object args;
  /** Items appended to the first frame's location list. */
  private final Object extraLocation;
  private boolean firstFramePending = true;

  public DetailedError(Atom kind, Object reason, Object args, Object extraLocation) {
    super(kind, reason);
    this.args = args;
    this.extraLocation = extraLocation;
  }

  /** Whether the first frame is still to be made (and then it is made now). */
  boolean takeFirstFrame() {
    boolean pending = firstFramePending;
    firstFramePending = false;
    return pending;
  }

  Object args() {
    return args;
  }

  Object extraLocation() {
    return extraLocation;
  }
}
