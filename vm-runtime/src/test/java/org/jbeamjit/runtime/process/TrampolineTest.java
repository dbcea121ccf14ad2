package org.jbeamjit.runtime.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.jbeamjit.runtime.code.FunctionCode;
import org.jbeamjit.runtime.error.ErlangException;
import org.jbeamjit.runtime.term.Atom;
import org.jbeamjit.runtime.term.Cons;
import org.junit.jupiter.api.Test;

/**
 * The unwinding protocol with a function written by hand the way generated code keeps it:
 * {@code sum(0) -> 0; sum(N) -> N + sum(N - 1).}, or a raise at 0 when asked.
 */
class TrampolineTest {
  /** sum/1 as compiled code would be: entry check, a non-tail call, a heap frame for the call site. */
  static final class Sum implements FunctionCode {
    final boolean raiseAtZero;

    Sum(boolean raiseAtZero) {
      this.raiseAtZero = raiseAtZero;
    }

    @Override
    public int arity() {
      return 1;
    }

    @Override
    public Object invoke(ErlProcess p, int depth, Object[] args) {
      return call(p, depth, (Long) args[0]);
    }

    Object call(ErlProcess p, int depth, long n) {
      if (p.mustUnwind(depth)) {
        return p.suspend(new CallContinuation(this, new Object[] {n}));
      }
      if (n == 0) {
        if (raiseAtZero) {
          throw ErlangException.error(Atom.of("bottom"));
        }
        return 0L;
      }
      Object r = call(p, depth + 1, n - 1);
      if (r == ErlProcess.YIELD) {
        return p.pushCaller(new AfterCall(n)); // live across the call: n
      }
      return n + (Long) r;
    }

    /** The heap frame of the call site in sum/1: resumes with the inner call's value. */
    final class AfterCall extends Continuation {
      final long n;

      AfterCall(long n) {
        this.n = n;
      }

      @Override
      public Object resume(ErlProcess p, Object value) {
        return n + (Long) value;
      }

      @Override
      public Object resumeException(ErlProcess p, ErlangException e) {
        e.addFrame(Atom.of("sum"));
        throw e;
      }
    }
  }

  private static ErlProcess.SliceEnd runToEnd(ErlProcess p, int[] slices) {
    ErlProcess.SliceEnd end;
    do {
      end = p.runSlice();
      slices[0]++;
    } while (end == ErlProcess.SliceEnd.PREEMPTED);
    return end;
  }

  @Test
  void deepBodyRecursionRunsInBoundedJvmStackAndIsPreempted() {
    long n = 1_000_000;
    ErlProcess p = new ErlProcess(new Sum(false), new Object[] {n});
    int[] slices = {0};
    assertEquals(ErlProcess.SliceEnd.RETURNED, runToEnd(p, slices));
    assertEquals(n * (n + 1) / 2, p.result());
    // One reduction per call: about n / CONTEXT_REDUCTIONS slices.
    assertEquals(n / ErlProcess.CONTEXT_REDUCTIONS, slices[0], 2);
  }

  @Test
  void anExceptionPassesThroughHeapFramesOutermostLast() {
    ErlProcess p = new ErlProcess(new Sum(true), new Object[] {5000L});
    assertEquals(ErlProcess.SliceEnd.FAILED, runToEnd(p, new int[1]));
    assertSame(Atom.of("bottom"), p.failure().reason());
    // 5,000 frames passed on the way out; OTP's depth of 8 were recorded.
    assertEquals(ErlangException.BACKTRACE_DEPTH, countList(p.failure().stacktrace()));
  }

  private static int countList(Object l) {
    int n = 0;
    while (l instanceof Cons c) {
      n++;
      l = c.tail;
    }
    return n;
  }
}
