package org.jbeamjit.codegen.ops;

import org.jbeamjit.runtime.error.ErlangException;
import org.jbeamjit.runtime.process.ErlProcess;
import org.jbeamjit.runtime.term.Atom;

/** The parts of {@code receive} that are more than a mailbox operation. */
public final class Receives {
  private static final Atom INFINITY = Atom.of("infinity");
  private static final Atom TIMEOUT_VALUE = Atom.of("timeout_value");
  /** OTP's largest {@code after} time: 2^32 - 1 milliseconds. */
  private static final long MAX_TIMEOUT = 0xFFFF_FFFFL;

  private Receives() {}

  /**
   * {@code wait_timeout}'s time: milliseconds (0 means "do not wait"), or
   * {@link ErlProcess#INFINITY} for {@code infinity}; anything else raises
   * {@code timeout_value}, as OTP does.
   */
  public static long timeoutMillis(Object t) {
    if (t == INFINITY) {
      return ErlProcess.INFINITY;
    }
    if (t instanceof Long l && l >= 0 && l <= MAX_TIMEOUT) {
      return l;
    }
    throw ErlangException.error(TIMEOUT_VALUE);
  }

  /**
   * The time {@code wait_timeout} waits with: {@code t} read as {@link #timeoutMillis} at the
   * receive's first wait; at a later wait (a message that did not match woke the process) the
   * time already running, whatever {@code t} is by now (an x register's old value is gone).
   */
  public static long waitTimeoutMillis(ErlProcess p, Object t) {
    return p.receiveTimerStarted() ? p.waitTimeout() : timeoutMillis(t);
  }
}
