package org.jbeamjit.runtime.error;

import org.jbeamjit.runtime.term.Atom;
import org.jbeamjit.runtime.term.Atoms;

/**
 * An Erlang exception in flight: its class ({@code error}, {@code exit} or {@code throw}) and
 * its reason. No Java stack trace is captured, so raising one in a loop stays cheap; the Erlang
 * stack trace is attached by the code that knows the Erlang frames.
 */
public class ErlangException extends RuntimeException {
  private final Atom kind;
  private final Object reason;

  public ErlangException(Atom kind, Object reason) {
    super(null, null, false, false);
    this.kind = kind;
    this.reason = reason;
  }

  public static ErlangException error(Object reason) {
    return new ErlangException(Atoms.ERROR, reason);
  }

  public static ErlangException badarg() {
    return error(Atoms.BADARG);
  }

  public static ErlangException badarith() {
    return error(Atoms.BADARITH);
  }

  public static ErlangException systemLimit() {
    return error(Atoms.SYSTEM_LIMIT);
  }

  /** {@code error}, {@code exit} or {@code throw}. */
  public Atom kind() {
    return kind;
  }

  public Object reason() {
    return reason;
  }

  @Override
  public String getMessage() {
    return kind + ":" + reason;
  }
}
