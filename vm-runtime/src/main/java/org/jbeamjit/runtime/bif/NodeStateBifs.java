package org.jbeamjit.runtime.bif;

import org.jbeamjit.runtime.error.ErlangException;
import org.jbeamjit.runtime.process.ErlProcess;
import org.jbeamjit.runtime.term.Atom;
import org.jbeamjit.runtime.term.Atoms;
import org.jbeamjit.runtime.term.Pid;
import org.jbeamjit.runtime.term.Ref;
import org.jbeamjit.runtime.term.Tuple;

/**
 * Small questions about the node itself from OTP's own code: {@code erts_internal:get_creation/0}
 * (the distribution creation: {@code undefined}, as on a node that is not alive),
 * {@code erts_internal:system_check/1} (heart's check that the schedulers respond) and
 * {@code erlang:trace_delivered/1}.
 */
public final class NodeStateBifs {
  private static final Atom SCHEDULERS = Atom.of("schedulers");
  private static final Atom TRACE_DELIVERED = Atom.of("trace_delivered");
  private static final Atom ALL = Atom.of("all");

  private NodeStateBifs() {}

  @Bif(module = "erts_internal", name = "get_creation")
  public static Object getCreation() {
    return Atoms.UNDEFINED;
  }

  /**
   * {@code system_check(schedulers)}: {@code ok} once every scheduler has answered. The caller
   * runs on one, and a scheduler that stopped answering would have stopped the node's processes
   * with it, so the check passes at once.
   */
  @Bif(module = "erts_internal", name = "system_check")
  public static Object systemCheck(Object type) {
    if (type != SCHEDULERS) {
      throw ErlangException.badarg();
    }
    return Atoms.OK;
  }

  /**
   * {@code trace_delivered(Tracee)}: {@code {trace_delivered, Tracee, Ref}} comes once every trace
   * message {@code Tracee} generated so far is delivered; nothing is ever traced here (tracing is
   * not implemented), so at once.
   */
  @Bif(name = "trace_delivered")
  public static Object traceDelivered(ErlProcess p, Object tracee) {
    if (tracee != ALL && !(tracee instanceof Pid)) {
      throw ErlangException.badarg();
    }
    Ref ref = org.jbeamjit.runtime.process.LocalNode.makeRef();
    p.send(Tuple.of(TRACE_DELIVERED, tracee, ref));
    return ref;
  }
}
