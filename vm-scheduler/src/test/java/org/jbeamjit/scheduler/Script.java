package org.jbeamjit.scheduler;

import java.util.function.Predicate;
import org.jbeamjit.runtime.code.FunctionCode;
import org.jbeamjit.runtime.error.ErlangException;
import org.jbeamjit.runtime.process.ErlProcess;
import org.jbeamjit.runtime.process.Continuation;

/**
 * Process code written in Java the way compiled Erlang keeps the unwinding protocol, so the
 * scheduler can be tested before any Erlang runs: a {@link Step} is a function body; {@link #call}
 * is a tail call with the entry check; {@link #receive} is a selective receive with an
 * {@code after}.
 */
final class Script {
  private Script() {}

  /** A function body: returns a term, or {@link ErlProcess#YIELD} after unwinding. */
  interface Step {
    Object run(ErlProcess p, int depth);
  }

  /** What a receive does with the message it took. */
  interface Handler {
    Object handle(ErlProcess p, int depth, Object message);
  }

  /** A process's code that runs {@code body}. */
  static FunctionCode code(Step body) {
    return new FunctionCode() {
      @Override
      public Object invoke(ErlProcess p, int depth, Object[] args) {
        return call(p, depth, body);
      }

      @Override
      public int arity() {
        return 0;
      }
    };
  }

  /** A tail call of {@code next}: one reduction, and an unwind when they are spent or the stack is deep. */
  static Object call(ErlProcess p, int depth, Step next) {
    if (p.mustUnwind(depth)) {
      return p.suspend(new StepFrame(next));
    }
    return next.run(p, depth + 1);
  }

  /** {@code receive M when match(M) -> onMessage(M) after timeout -> onTimeout() end}. */
  static Object receive(ErlProcess p, int depth, Predicate<Object> match, long timeout, Handler onMessage,
      Step onTimeout) {
    Object m;
    while ((m = p.mailbox().peek()) != null) {
      if (match.test(m)) {
        p.mailbox().remove();
        Object taken = m;
        return call(p, depth, (q, d) -> onMessage.handle(q, d, taken));
      }
      p.mailbox().next();
    }
    if (timeout == 0) {
      p.mailbox().resetSavePointer();
      return call(p, depth, onTimeout);
    }
    return p.suspendToWait(new Waiting(match, timeout, onMessage, onTimeout), timeout);
  }

  /** {@code receive M -> onMessage(M) end}. */
  static Object receive(ErlProcess p, int depth, Handler onMessage) {
    return receive(p, depth, m -> true, ErlProcess.INFINITY, onMessage, null);
  }

  private static final class StepFrame extends Continuation {
    private final Step step;

    StepFrame(Step step) {
      this.step = step;
    }

    @Override
    public Object resume(ErlProcess p, Object ignored) {
      return step.run(p, 0);
    }

    @Override
    public Object resumeException(ErlProcess p, ErlangException e) {
      throw e;
    }
  }

  private static final class Waiting extends Continuation {
    private final Predicate<Object> match;
    private final long timeout;
    private final Handler onMessage;
    private final Step onTimeout;

    Waiting(Predicate<Object> match, long timeout, Handler onMessage, Step onTimeout) {
      this.match = match;
      this.timeout = timeout;
      this.onMessage = onMessage;
      this.onTimeout = onTimeout;
    }

    @Override
    public Object resume(ErlProcess p, Object value) {
      if (value == ErlProcess.TIMED_OUT) {
        p.mailbox().resetSavePointer();
        return call(p, 0, onTimeout);
      }
      return receive(p, 0, match, timeout, onMessage, onTimeout);
    }

    @Override
    public Object resumeException(ErlProcess p, ErlangException e) {
      throw e;
    }
  }
}
