package org.jbeamjit.runtime.bif;

import org.jbeamjit.runtime.error.ErlangException;
import org.jbeamjit.runtime.process.ErlProcess;
import org.jbeamjit.runtime.process.LocalNode;
import org.jbeamjit.runtime.process.ProcessTable;
import org.jbeamjit.runtime.process.SystemTask;
import org.jbeamjit.runtime.term.Atom;
import org.jbeamjit.runtime.term.Atoms;
import org.jbeamjit.runtime.term.Pid;
import org.jbeamjit.runtime.term.Tuple;

/**
 * The {@code erts_internal} BIFs under {@code erlang.erl}'s questions to another process, which
 * the target answers on its own thread (a system task), so that the answer is ordered after the
 * signals the asker sent it before: {@code is_process_alive/2} and {@code process_flag/3}; and
 * {@code is_process_executing_dirty/1}.
 */
public final class OtherProcessBifs {
  private static final Atom SAVE_CALLS = Atom.of("save_calls");
  private static final long MAX_SAVE_CALLS = 10000;

  private OtherProcessBifs() {}

  /** Sends {@code {Ref, Alive}} once {@code pid} has taken the question (or has exited). */
  @Bif(module = "erts_internal", name = "is_process_alive")
  public static Object isProcessAlive(ErlProcess p, Object pid, Object ref) {
    ErlProcess target = target(pid);
    answerFrom(p, target, ref, q -> Atoms.TRUE, Atoms.FALSE);
    return Atoms.OK;
  }

  /**
   * {@code process_flag(Pid, save_calls, N)}: the old value at once for the caller itself, else a
   * reference whose {@code {Ref, Old}} follows ({@code badarg} if the process has exited); only
   * {@code save_calls} may be set on another process.
   */
  @Bif(module = "erts_internal", name = "process_flag")
  public static Object processFlag(ErlProcess p, Object pid, Object flag, Object value) {
    if (!(pid instanceof Pid x) || !LocalNode.isLocal(x) || flag != SAVE_CALLS
        || !(value instanceof Long n) || n < 0 || n > MAX_SAVE_CALLS) {
      return Atoms.BADARG;
    }
    if (x.equals(p.pid())) {
      return p.setOtherFlag(SAVE_CALLS, value, 0L);
    }
    ErlProcess target = ProcessTable.get().lookup(x);
    Object ref = LocalNode.makeRef();
    answerFrom(p, target, ref, q -> q.setOtherFlag(SAVE_CALLS, value, 0L), Atoms.BADARG);
    return ref;
  }

  /** No process executes on a dirty scheduler here: no BIF or NIF runs on one. */
  @Bif(module = "erts_internal", name = "is_process_executing_dirty")
  public static Object isProcessExecutingDirty(Object pid) {
    target(pid);
    return Atoms.FALSE;
  }

  private static ErlProcess target(Object pid) {
    if (!(pid instanceof Pid x) || !LocalNode.isLocal(x)) {
      throw ErlangException.badarg();
    }
    return ProcessTable.get().lookup(x);
  }

  /** Sends {@code {Ref, answer(target)}} from the target's thread, or {@code {Ref, ifExited}}. */
  private static void answerFrom(ErlProcess asker, ErlProcess target, Object ref,
      java.util.function.Function<ErlProcess, Object> answer, Object ifExited) {
    SystemTask task = new SystemTask() {
      @Override
      public void run(ErlProcess q) {
        asker.send(Tuple.of(ref, answer.apply(q)));
      }

      @Override
      public void exited() {
        asker.send(Tuple.of(ref, ifExited));
      }
    };
    if (target == null) {
      task.exited();
    } else if (target == asker) {
      task.run(asker);
    } else {
      target.requestSystemTask(task);
    }
  }
}
