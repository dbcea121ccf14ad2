package org.jbeamjit.runtime.process;

import java.util.concurrent.ConcurrentHashMap;
import org.jbeamjit.runtime.error.ErlangException;
import org.jbeamjit.runtime.term.Atom;
import org.jbeamjit.runtime.term.Atoms;
import org.jbeamjit.runtime.term.Cons;
import org.jbeamjit.runtime.term.Nil;
import org.jbeamjit.runtime.term.Pid;
import org.jbeamjit.runtime.term.Ref;
import org.jbeamjit.runtime.term.Tuple;

/**
 * The BIF timers: {@code erlang:send_after/3,4} and {@code start_timer/3,4} send a message when
 * they expire; {@code cancel_timer} and {@code read_timer} find them by reference. Times are
 * counted on a millisecond clock, as OTP's are, so that reading a timer at once gives back the
 * whole time it was set for.
 */
public final class MessageTimers {
  private static final Atom TIMEOUT = Atom.of("timeout");
  private static final Atom ABS = Atom.of("abs");
  private static final Atom ASYNC = Atom.of("async");
  private static final Atom INFO = Atom.of("info");
  private static final Atom CANCEL_TIMER = Atom.of("cancel_timer");
  private static final Atom READ_TIMER = Atom.of("read_timer");
  /** OTP's {@code error_info} causes: a bad option list, a bad time. */
  private static final Atom BADOPT = Atom.of("badopt");
  private static final Atom TIME = Atom.of("time");

  /** About OTP's limit: a nanosecond count from now must fit 63 bits. */
  private static final long MAX_RELATIVE_MILLIS = Long.MAX_VALUE / 1_000_000L - 2_500;

  private static final ConcurrentHashMap<Ref, MessageTimer> ACTIVE = new ConcurrentHashMap<>();

  private MessageTimers() {}

  /** A timer that sends a message to a process, or to a name looked up when it expires. */
  private static final class MessageTimer extends Timer {
    final Ref ref;
    final long deadlineMillis;
    final Object dest;
    final Object message;

    MessageTimer(Ref ref, long deadlineMillis, Object dest, Object message) {
      super(MonotonicClock.systemNanosAt(deadlineMillis));
      this.ref = ref;
      this.deadlineMillis = deadlineMillis;
      this.dest = dest;
      this.message = message;
    }

    @Override
    protected void expire() {
      ACTIVE.remove(ref, this);
      if (dest instanceof ErlProcess d) {
        d.removeTimerToMe(this);
        d.send(message);
      } else {
        ErlProcess p = RegisteredNames.whereis((Atom) dest);
        if (p != null) {
          p.send(message);
        }
      }
    }

    long remaining() {
      return Math.max(0, deadlineMillis - MonotonicClock.millis());
    }
  }

  /** {@code erlang:send_after/4}. */
  public static Object sendAfter(Object time, Object dest, Object message, Object options) {
    return start(time, dest, message, options, false);
  }

  /** {@code erlang:start_timer/4}: the message is {@code {timeout, TimerRef, Msg}}. */
  public static Object startTimer(Object time, Object dest, Object message, Object options) {
    return start(time, dest, message, options, true);
  }

  private static Object start(Object time, Object dest, Object message, Object options, boolean wrap) {
    boolean abs = false;
    Object l = options;
    while (l instanceof Cons c) {
      if (c.head instanceof Tuple t && t.arity() == 2 && t.get(0) == ABS
          && (t.get(1) == Atoms.TRUE || t.get(1) == Atoms.FALSE)) {
        abs = t.get(1) == Atoms.TRUE;
      } else {
        throw ErlangException.badarg(BADOPT);
      }
      l = c.tail;
    }
    if (l != Nil.NIL) {
      throw ErlangException.badarg(BADOPT);
    }
    if (!(time instanceof Long t)) {
      throw ErlangException.badarg(TIME);
    }
    long now = MonotonicClock.millis();
    // As OTP: a relative time is non-negative, an absolute one not before the node started, and
    // the deadline must fit a nanosecond clock.
    if (abs ? t - now > MAX_RELATIVE_MILLIS || t < MonotonicClock.START_MILLIS : t < 0 || t > MAX_RELATIVE_MILLIS) {
      throw ErlangException.badarg(TIME);
    }
    long deadline = abs ? Math.max(t, now) : now + t;
    Object target;
    if (dest instanceof Pid pid && LocalNode.isLocal(pid)) {
      target = ProcessTable.get().lookup(pid);
    } else if (dest instanceof Atom) {
      target = dest;
    } else {
      throw ErlangException.badarg();
    }
    Ref ref = LocalNode.makeRef();
    if (target == null) {
      return ref; // to a process that is gone: nothing will ever be sent
    }
    MessageTimer timer = new MessageTimer(ref, deadline, target, wrap ? Tuple.of(TIMEOUT, ref, message) : message);
    if (target instanceof ErlProcess p && !p.addTimerToMe(timer)) {
      return ref; // the process exited meanwhile: as for a process that is gone
    }
    ACTIVE.put(ref, timer);
    Scheduling.get().startTimer(timer);
    return ref;
  }

  /** {@code erlang:cancel_timer/2}: the milliseconds that were left, or {@code false}. */
  public static Object cancel(ErlProcess self, Object ref, Object options) {
    boolean[] flags = readOptions(ref, options);
    MessageTimer t = ACTIVE.remove(ref);
    Object result = t != null && t.cancel() ? (Object) t.remaining() : Atoms.FALSE;
    if (t != null && t.dest instanceof ErlProcess d) {
      d.removeTimerToMe(t);
    }
    return answer(self, CANCEL_TIMER, (Ref) ref, result, flags);
  }

  /** Cancels the timers that would send to a process that has exited, as OTP does. */
  static void cancelAll(java.util.Collection<Timer> timers) {
    for (Timer t : timers) {
      MessageTimer m = (MessageTimer) t;
      ACTIVE.remove(m.ref, m);
      m.cancel();
    }
  }

  /** {@code erlang:read_timer/2}: the milliseconds left, or {@code false}. */
  public static Object read(ErlProcess self, Object ref, Object options) {
    boolean[] flags = readOptions(ref, options);
    MessageTimer t = ACTIVE.get(ref);
    Object result = t != null && t.isPending() ? (Object) t.remaining() : Atoms.FALSE;
    return answer(self, READ_TIMER, (Ref) ref, result, flags);
  }

  /** {@code {async, Bool}} and {@code {info, Bool}} (defaults false and true). */
  private static boolean[] readOptions(Object ref, Object options) {
    if (!(ref instanceof Ref)) {
      throw ErlangException.badarg();
    }
    boolean async = false;
    boolean info = true;
    Object l = options;
    while (l instanceof Cons c) {
      if (!(c.head instanceof Tuple t) || t.arity() != 2 || (t.get(1) != Atoms.TRUE && t.get(1) != Atoms.FALSE)) {
        throw ErlangException.badarg();
      }
      if (t.get(0) == ASYNC) {
        async = t.get(1) == Atoms.TRUE;
      } else if (t.get(0) == INFO) {
        info = t.get(1) == Atoms.TRUE;
      } else {
        throw ErlangException.badarg();
      }
      l = c.tail;
    }
    if (l != Nil.NIL) {
      throw ErlangException.badarg();
    }
    return new boolean[] {async, info};
  }

  private static Object answer(ErlProcess self, Atom tag, Ref ref, Object result, boolean[] flags) {
    boolean async = flags[0];
    boolean info = flags[1];
    if (async) {
      if (info) {
        self.send(Tuple.of(tag, ref, result));
      }
      return Atoms.OK;
    }
    return info ? result : Atoms.OK;
  }
}
