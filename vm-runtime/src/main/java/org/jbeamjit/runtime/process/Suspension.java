package org.jbeamjit.runtime.process;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jbeamjit.runtime.term.Atom;
import org.jbeamjit.runtime.term.Pid;
import org.jbeamjit.runtime.term.Tuple;

/**
 * {@code erlang:suspend_process/1,2} and {@code resume_process/1}, as OTP 25 does them: a
 * suspension is a signal the target acts on (so it is ordered with the suspender's messages);
 * from then on the target runs no Erlang code, though it still acts on signals (an exit signal
 * still ends it) and its mailbox still fills. Suspensions nest: each suspender counts its own, a
 * resume undoes one of the caller's own, and the target runs again when no suspension is left.
 * When a suspender exits, its suspensions are undone.
 */
public final class Suspension {
  private static final Atom SUSPENDED = Atom.of("suspended");
  private static final Atom BADARG = Atom.of("badarg");

  /** Per suspender, its suspensions in force by target (written by the suspender's thread only). */
  private static final Map<Pid, Map<ErlProcess, Integer>> BY_SUSPENDER = new ConcurrentHashMap<>();

  static {
    ErlProcess.addExitHook(p -> {
      Map<ErlProcess, Integer> mine = BY_SUSPENDER.isEmpty() ? null : BY_SUSPENDER.remove(p.pid());
      if (mine != null) {
        for (Map.Entry<ErlProcess, Integer> e : mine.entrySet()) {
          e.getKey().signal(new Change(p, -e.getValue(), null));
        }
      }
    });
  }

  private Suspension() {}

  /** How many suspensions of {@code target} {@code suspender} holds. */
  public static int heldBy(ErlProcess suspender, ErlProcess target) {
    Map<ErlProcess, Integer> mine = BY_SUSPENDER.get(suspender.pid());
    return mine == null ? 0 : mine.getOrDefault(target, 0);
  }

  /**
   * Suspends {@code target} once more on behalf of {@code suspender}; when the target has acted
   * on it, {@code {ReplyTag, Answer}} goes to the suspender if {@code replyTag} is not
   * {@code null}, where Answer is {@code syncAnswer} (or {@code badarg} if the target has exited
   * first).
   */
  public static void suspend(ErlProcess suspender, ErlProcess target, Object replyTag, Object syncAnswer) {
    BY_SUSPENDER.computeIfAbsent(suspender.pid(), k -> new HashMap<>(2)).merge(target, 1, Integer::sum);
    target.signal(new Change(suspender, 1, replyTag == null ? null : new Object[] {replyTag, syncAnswer}));
  }

  /**
   * Undoes one of {@code suspender}'s suspensions of {@code target}; {@code false} if it holds
   * none, or the target has exited (its suspensions went with it).
   */
  public static boolean resume(ErlProcess suspender, ErlProcess target) {
    Map<ErlProcess, Integer> mine = BY_SUSPENDER.get(suspender.pid());
    Integer n = mine == null ? null : mine.get(target);
    if (n == null) {
      return false;
    }
    if (n > 1) {
      mine.put(target, n - 1);
    } else {
      mine.remove(target);
    }
    if (!target.isAlive()) {
      return false;
    }
    target.signal(new Change(suspender, -1, null));
    return true;
  }

  /** The answer an asynchronous suspension with a reply tag sends: {@code {Tag, suspended}}. */
  public static Object suspendedAnswer() {
    return SUSPENDED;
  }

  /** A suspension ({@code delta > 0}) or resume arriving at its target. */
  private static final class Change extends Signal {
    final int delta;
    /** {@code {ReplyTag, Answer}} to send the suspender once acted on, or {@code null}. */
    final Object[] reply;

    Change(ErlProcess sender, int delta, Object[] reply) {
      super(sender);
      this.delta = delta;
      this.reply = reply;
    }

    /**
     * Counts the change. A suspension taken in the middle of a time slice (by a receive looking at
     * its mailbox) ends the slice at the next function entry, and its answer goes out only when
     * the slice has ended: once the suspender hears, the target runs no more code.
     */
    @Override
    void receive(ErlProcess receiver) {
      receiver.addSuspension(delta);
      if (delta > 0) {
        receiver.yieldSlice();
      }
      if (reply != null) {
        receiver.receiveTask(new SystemTask() {
          @Override
          public void run(ErlProcess p) {
            sender.send(Tuple.of(reply[0], reply[1]));
          }

          @Override
          public void exited() {
            sender.send(Tuple.of(reply[0], BADARG));
          }
        });
      }
    }

    @Override
    void receiveDead(ErlProcess receiver, Object reason) {
      if (reply != null) {
        sender.send(Tuple.of(reply[0], BADARG));
      }
    }
  }
}
