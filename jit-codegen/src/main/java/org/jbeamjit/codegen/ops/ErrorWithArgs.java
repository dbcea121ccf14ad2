package org.jbeamjit.codegen.ops;

import org.jbeamjit.runtime.error.ErlangException;
import org.jbeamjit.runtime.term.Atoms;

/**
 * An error raised by {@code erlang:error/2,3}: the raising function's frame shows these arguments
 * instead of its arity, and {@code error/3}'s {@code error_info} option is added to that frame's
 * location, as OTP does.
 */
public final class ErrorWithArgs extends ErlangException {
  private final Object args;
  /** Items appended to the first frame's location list ({@code [{error_info, Map}]} or {@code []}). */
  private final Object extraLocation;
  private boolean firstFramePending = true;

  public ErrorWithArgs(Object reason, Object args, Object extraLocation) {
    super(Atoms.ERROR, reason);
    this.args = args;
    this.extraLocation = extraLocation;
  }

  /** The arguments for the first frame, once; {@code null} after the first frame was made. */
  Object takeFirstFrameArgs() {
    if (!firstFramePending) {
      return null;
    }
    firstFramePending = false;
    return args;
  }

  Object extraLocation() {
    return extraLocation;
  }
}
