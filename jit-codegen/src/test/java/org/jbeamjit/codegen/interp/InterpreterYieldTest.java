package org.jbeamjit.codegen.interp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReference;
import org.jbeamjit.codegen.testing.Runs;
import org.jbeamjit.codegen.testing.TestModules;
import org.jbeamjit.runtime.bif.DisplayBifs;
import org.jbeamjit.runtime.code.ExportTable;
import org.jbeamjit.runtime.process.ErlProcess;
import org.jbeamjit.runtime.term.Atom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The interpreter keeps the execution contract: preemption every CONTEXT_REDUCTIONS function
 * entries, unwinding into heap frames at MAX_DEPTH and resuming them with the live y registers
 * intact, exceptions passing heap frames to the active try or catch, receives that wait and
 * resume, and tail calls (local or across modules) in constant JVM stack and heap.
 */
class InterpreterYieldTest {
  @BeforeAll
  static void load() {
    TestModules.load("""
        -module(yield_a).
        -export([sum/1, live/1, try_deep/1, catch_deep/1, raise_deep/1, ping/1, loop/2, wait_msg/0,
                 wait_after/1, deep_in_try_twice/1, nested_tries/1, deep_fail/2]).
        sum(0) -> 0;
        sum(N) -> N + sum(N - 1).
        %% Values live across a call that is unwound (several times) must come back intact.
        live(N) ->
            A = N * 2, B = {N, [N, a]}, C = sum(N), D = sum(N div 2),
            {A, B, C, D, A + C}.
        try_deep(N) -> try raise_deep(N) catch error:{bottom, K} -> {caught, K} end.
        catch_deep(N) -> catch raise_deep(N).
        raise_deep(0) -> error({bottom, 0});
        raise_deep(N) -> [N | raise_deep(N - 1)].
        %% Returns in its base case for some X, so the compiler keeps the recursive call a body call.
        deep_fail(0, X) -> 1 + X;
        deep_fail(N, X) -> [N | deep_fail(N - 1, X)].
        deep_in_try_twice(N) ->
            R1 = try_deep(N), R2 = try sum(N) catch _:_ -> no end, {R1, R2}.
        nested_tries(N) ->
            try
                try raise_deep(N)
                catch error:{bottom, _} = E -> error({again, E})
                end
            catch error:{again, E2} -> {outer, E2, sum(N)}
            end.
        ping(N) -> yield_b:pong(N).
        %% A tail-recursive loop across two modules: constant space.
        loop(0, Acc) -> Acc;
        loop(N, Acc) -> yield_b:loop(N - 1, Acc + 1).
        wait_msg() -> receive {msg, X} -> {got, X, sum(1000)} end.
        wait_after(T) -> receive {msg, X} -> {got, X} after T -> timeout end.
        """, InterpreterEngine.INSTANCE);
    TestModules.load("""
        -module(yield_b).
        -export([pong/1, loop/2]).
        pong(0) -> pong;
        pong(N) -> yield_a:ping(N - 1).
        loop(N, Acc) -> yield_a:loop(N, Acc).
        """, InterpreterEngine.INSTANCE);
  }

  private static String show(Object term) {
    return new String(DisplayBifs.text(term), StandardCharsets.ISO_8859_1);
  }

  @Test
  void bodyRecursionAtEveryDepthAroundTheUnwindBound() {
    int d = ErlProcess.MAX_DEPTH;
    long[] depths = {0, 1, d - 2, d - 1, d, d + 1, 2 * d - 1, 2 * d, 2 * d + 1, 10 * d + 7, 100_000};
    for (long n : depths) {
      assertEquals(n * (n + 1) / 2, Runs.call("yield_a", "sum", n).valueOrThrow(), "sum(" + n + ")");
    }
  }

  @Test
  void aMillionDeepIsPreemptedOncePerTimeSlice() {
    long n = 1_000_000;
    Runs.Outcome o = Runs.call("yield_a", "sum", n);
    assertEquals(n * (n + 1) / 2, o.valueOrThrow());
    // one reduction per call (and one per resumed unwind bound is not charged): ~ n / 4000 slices
    assertEquals(n / ErlProcess.CONTEXT_REDUCTIONS, o.slices(), 3);
  }

  @Test
  void liveValuesSurviveUnwindsAndPreemption() {
    for (long n : new long[] {10, 600, 5000, 300_000}) {
      long c = n * (n + 1) / 2;
      long h = (n / 2) * (n / 2 + 1) / 2;
      assertEquals("{" + 2 * n + ",{" + n + ",[" + n + ",a]}," + c + "," + h + "," + (2 * n + c) + "}",
          show(Runs.call("yield_a", "live", n).valueOrThrow()), "live(" + n + ")");
    }
  }

  @Test
  void exceptionsPassHeapFramesToTheActiveTryOrCatch() {
    for (long n : new long[] {0, 3, 511, 512, 513, 5000, 200_000}) {
      assertEquals("{caught,0}", show(Runs.call("yield_a", "try_deep", n).valueOrThrow()));
      String c = show(Runs.call("yield_a", "catch_deep", n).valueOrThrow());
      assertTrue(c.startsWith("{'EXIT',{{bottom,0},[{yield_a,raise_deep,1,"), c);
    }
    assertEquals("{{caught,0}," + 100_000L * 100_001 / 2 + "}",
        show(Runs.call("yield_a", "deep_in_try_twice", 100_000L).valueOrThrow()));
    String nested = show(Runs.call("yield_a", "nested_tries", 3000L).valueOrThrow());
    assertEquals("{outer,{bottom,0},4501500}", nested);
  }

  @Test
  void anUncaughtExceptionThroughHeapFramesKeepsOtpsTraceDepth() {
    Runs.Outcome o = Runs.call("yield_a", "deep_fail", 100_000L, Atom.of("a"));
    assertEquals("badarith", show(o.failure().reason()));
    // the raising function (OTP inlines X + 1: no BIF frame), then the recursive call site once
    // (a return address repeated on the stack collapses), as erl shows it
    String trace = show(o.failure().stacktrace()).replaceAll("\\{file,\"[^\"]*\"\\},", "");
    assertEquals("[{yield_a,deep_fail,2,[{line,15}]},{yield_a,deep_fail,2,[{line,16}]}]", trace);
  }

  @Test
  void tailCallsAcrossModulesRunInBoundedStack() throws Exception {
    // on a thread with a small JVM stack: neither tail calls nor deep recursion may grow it
    AtomicReference<Object> result = new AtomicReference<>();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Thread t = new Thread(null, () -> {
      try {
        result.set(Runs.call("yield_a", "loop", 3_000_000L, 0L).valueOrThrow() + " "
            + Runs.call("yield_a", "ping", 1_000_001L).valueOrThrow() + " "
            + Runs.call("yield_a", "sum", 2_000_000L).valueOrThrow());
      } catch (Throwable e) {
        failure.set(e);
      }
    }, "small-stack", 1 << 20);
    t.start();
    t.join();
    assertNull(failure.get());
    assertEquals("3000000 pong 2000001000000", result.get());
  }

  @Test
  void aReceiveWaitsAndResumesWithItsLiveValues() {
    ErlProcess p = new ErlProcess(ExportTable.entry(Atom.of("yield_a"), Atom.of("wait_msg"), 0).code(),
        new Object[0]);
    assertEquals(ErlProcess.SliceEnd.WAITING, p.runSlice());
    p.mailbox().send(Atom.of("other"));
    assertEquals(ErlProcess.SliceEnd.WAITING, p.runSlice()); // not the message it waits for
    p.mailbox().send(org.jbeamjit.runtime.term.Tuple.of(Atom.of("msg"), 7L));
    assertEquals(ErlProcess.SliceEnd.RETURNED, p.runSlice());
    assertEquals("{got,7,500500}", show(p.result()));
    assertEquals(1, p.mailbox().size()); // 'other' is still there
  }

  @Test
  void aReceiveWithAfterZeroTimesOutAtOnce() {
    ErlProcess p = new ErlProcess(ExportTable.entry(Atom.of("yield_a"), Atom.of("wait_after"), 1).code(),
        new Object[] {0L});
    assertEquals(ErlProcess.SliceEnd.RETURNED, p.runSlice());
    assertEquals("timeout", show(p.result()));
  }
}
