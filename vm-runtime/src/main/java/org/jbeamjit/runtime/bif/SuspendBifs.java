package org.jbeamjit.runtime.bif;

import org.jbeamjit.runtime.error.ErlangException;
import org.jbeamjit.runtime.process.ErlProcess;
import org.jbeamjit.runtime.process.LocalNode;
import org.jbeamjit.runtime.process.ProcessTable;
import org.jbeamjit.runtime.process.Suspension;
import org.jbeamjit.runtime.term.Atom;
import org.jbeamjit.runtime.term.Atoms;
import org.jbeamjit.runtime.term.Cons;
import org.jbeamjit.runtime.term.Nil;
import org.jbeamjit.runtime.term.Pid;
import org.jbeamjit.runtime.term.Tuple;

/**
 * {@code erts_internal:suspend_process/2} (under {@code erlang:suspend_process/1,2}, whose Erlang
 * code waits for the answer and turns {@code badopt}/{@code badarg} into errors) and
 * {@code erlang:resume_process/1}. See {@link Suspension} for what a suspension does.
 */
public final class SuspendBifs {
  private static final Atom UNLESS_SUSPENDING = Atom.of("unless_suspending");
  private static final Atom ASYNCHRONOUS = Atom.of("asynchronous");
  private static final Atom BADOPT = Atom.of("badopt");

  private SuspendBifs() {}

  /**
   * Answers {@code true}/{@code false} at once, a reference whose {@code {Ref, Answer}} message
   * follows (a synchronous suspension, answered once the target has acted on it), or
   * {@code badopt}/{@code badarg} for the caller to raise.
   */
  @Bif(module = "erts_internal", name = "suspend_process")
  public static Object suspendProcess(ErlProcess p, Object pid, Object options) {
    boolean unlessSuspending = false;
    boolean async = false;
    Object replyTag = null;
    Object l = options;
    for (; l instanceof Cons c; l = c.tail) {
      if (c.head == UNLESS_SUSPENDING) {
        unlessSuspending = true;
      } else if (c.head == ASYNCHRONOUS) {
        async = true;
      } else if (c.head instanceof Tuple t && t.arity() == 2 && t.get(0) == ASYNCHRONOUS) {
        async = true;
        replyTag = t.get(1);
      } else {
        return BADOPT;
      }
    }
    if (l != Nil.NIL) {
      return BADOPT;
    }
    if (!(pid instanceof Pid x) || !LocalNode.isLocal(x) || x.equals(p.pid())) {
      return Atoms.BADARG;
    }
    ErlProcess target = ProcessTable.get().lookup(x);
    if (target == null || !target.isAlive()) {
      if (async) {
        if (replyTag != null) {
          p.send(Tuple.of(replyTag, Atoms.BADARG));
        }
        return Atoms.TRUE;
      }
      return Atoms.BADARG;
    }
    if (unlessSuspending && Suspension.heldBy(p, target) > 0) {
      return Atoms.FALSE;
    }
    if (async) {
      Suspension.suspend(p, target, replyTag, Suspension.suspendedAnswer());
      return Atoms.TRUE;
    }
    Object ref = LocalNode.makeRef();
    Suspension.suspend(p, target, ref, Atoms.TRUE);
    return ref;
  }

  /** Undoes one of the caller's suspensions of {@code pid}; {@code badarg} if it holds none. */
  @Bif(name = "resume_process")
  public static Object resumeProcess(ErlProcess p, Object pid) {
    if (!(pid instanceof Pid x) || !LocalNode.isLocal(x) || x.equals(p.pid())) {
      throw ErlangException.badarg();
    }
    ErlProcess target = ProcessTable.get().lookup(x);
    if (target == null || !Suspension.resume(p, target)) {
      throw ErlangException.badarg();
    }
    return Atoms.TRUE;
  }
}
