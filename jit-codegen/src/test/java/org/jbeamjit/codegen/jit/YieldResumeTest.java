package org.jbeamjit.codegen.jit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.jbeamjit.codegen.testing.Runs;
import org.jbeamjit.codegen.testing.TestModules;
import org.jbeamjit.runtime.bif.DisplayBifs;
import org.jbeamjit.runtime.code.ExportTable;
import org.jbeamjit.runtime.code.FunctionCode;
import org.jbeamjit.runtime.process.ErlProcess;
import org.jbeamjit.runtime.term.Atom;
import org.jbeamjit.runtime.term.Tuple;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The yield/resume machinery in compiled code: functions suspended at every depth (by spent
 * reductions, by {@code erlang:yield/0} before a call, by a JVM stack deeper than
 * {@link ErlProcess#MAX_DEPTH}, by a receive that must wait) and resumed from heap frames with
 * their Y registers, their catch handlers and their receive loops intact.
 */
class YieldResumeTest {
  @BeforeAll
  static void load() {
    TestModules.load("""
        -module(jyr).
        -compile([export_all, nowarn_export_all]).

        %% Body recursion: one frame per level, N live across the call.
        sum(0) -> 0;
        sum(N) -> N + sum(N - 1).

        %% A yield before every call, at every depth: each level saves two live values.
        walk(0) -> erlang:yield(), id([]);
        walk(N) -> erlang:yield(), A = id(N), B = walk(N - 1), erlang:yield(), [{id(A), N * 2} | B].

        id(X) -> X.

        %% Self tail calls (jumps with an entry check) and mutual tail calls across functions.
        count(0, Acc) -> Acc;
        count(N, Acc) -> count(N - 1, Acc + 1).
        ping(0) -> done;
        ping(N) -> pong(N - 1).
        pong(N) -> ping(N).
        remote_loop(0) -> done;
        remote_loop(N) -> jyr:remote_loop(N - 1).

        %% An exception raised deep down, after every level has been suspended, caught by the
        %% handler of the innermost hundredth level, in a heap frame. (The clauses for negative
        %% numbers let the calls return, so the compiler keeps them body calls.)
        dive(0) -> erlang:yield(), id(0), error(bottom);
        dive(N) when N > 0, N rem 100 =:= 0 ->
          try dive(N - 1) of V -> V catch error:bottom -> erlang:yield(), {caught, id(N)} end;
        dive(N) when N > 0 -> erlang:yield(), R = dive(N - 1), {id(N), R};
        dive(_) -> none.

        %% No handler at all: the exception reaches the top through every frame.
        fall(0) -> erlang:yield(), id(0), error({deep, 0});
        fall(N) when N > 0 -> erlang:yield(), R = fall(N - 1), [N | R];
        fall(_) -> [].

        %% catch (not try) around a suspended call.
        catching(N) -> X = (catch fall(N)), {caught, element(1, X)}.

        %% Fun calls and apply, non-tail and tail, suspended inside.
        funs(N) ->
          F = fun(X) -> erlang:yield(), X + N end,
          A = F(1),
          B = apply(?MODULE, id, [A]),
          L = map(fun(X) -> erlang:yield(), id(X) * 2 end, seq(1, N)),
          {A, B, sum_list(L), tailfun(F)}.
        tailfun(F) -> F(100).
        map(F, [H | T]) -> [F(H) | map(F, T)];
        map(_, []) -> [].
        seq(A, B) when A > B -> [];
        seq(A, B) -> [A | seq(A + 1, B)].
        sum_list([H | T]) -> H + sum_list(T);
        sum_list([]) -> 0.

        %% Receive at depth: selective, with the save pointer, and in a loop.
        deep_receive(0) -> receive {go, X} -> X end;
        deep_receive(N) -> R = deep_receive(N - 1), R + 1.
        selective() ->
          A = receive {b, X} -> X end,
          B = receive {a, Y} -> Y end,
          C = receive Z -> Z after 0 -> none end,
          D = receive W -> W after 0 -> none end,
          {A, B, C, D}.
        gather(0, Acc) -> reverse(Acc, []);
        gather(N, Acc) -> receive M -> gather(N - 1, [M | Acc]) end.
        reverse([H | T], Acc) -> reverse(T, [H | Acc]);
        reverse([], Acc) -> Acc.
        """, JitEngine.INSTANCE);
  }

  static String show(Object term) {
    return new String(DisplayBifs.text(term), StandardCharsets.ISO_8859_1);
  }

  private static Runs.Outcome call(String function, Object... args) {
    return Runs.call("jyr", function, args);
  }

  @Test
  void bodyRecursionOfAMillionLevelsUnwindsAndIsPreempted() {
    for (long n : new long[] {0, 1, 511, 512, 513, 4_000, 100_000, 1_000_000}) {
      Runs.Outcome o = call("sum", n);
      assertEquals(n * (n + 1) / 2, o.valueOrThrow(), "sum(" + n + ")");
      // One reduction per call: a slice ends about every CONTEXT_REDUCTIONS calls.
      assertEquals(n / ErlProcess.CONTEXT_REDUCTIONS + 1, o.slices(), 2.0, "slices for sum(" + n + ")");
    }
  }

  @Test
  void bodyRecursionTenMillionDeep() {
    Runtime rt = Runtime.getRuntime();
    long n = 10_000_000;
    Runs.Outcome o = call("sum", n);
    assertEquals(n * (n + 1) / 2, o.valueOrThrow());
    System.out.printf("sum(10,000,000): %d slices, heap in use after %d MB%n", o.slices(),
        (rt.totalMemory() - rt.freeMemory()) >> 20);
  }

  @Test
  void framesSuspendedAtEveryDepthKeepTheirRegisters() {
    for (long n : new long[] {1, 2, 3, 10, 511, 512, 513, 1500}) {
      Runs.Outcome o = call("walk", n);
      StringBuilder expected = new StringBuilder("[");
      for (long i = n; i >= 1; i--) {
        expected.append('{').append(i).append(',').append(i * 2).append('}').append(i > 1 ? "," : "");
      }
      assertEquals(expected.append(']').toString(), show(o.valueOrThrow()));
      // Every yield before a call ends a slice: two per level, one at the bottom, and the return.
      assertEquals(2 * n + 2, o.slices(), "slices for walk(" + n + ")");
    }
  }

  @Test
  void tailCallsRunInConstantSpace() {
    assertEquals(10_000_000L, call("count", 10_000_000L, 0L).valueOrThrow());
    assertEquals("done", show(call("ping", 3_000_000L).valueOrThrow()));
    assertEquals("done", show(call("remote_loop", 3_000_000L).valueOrThrow()));
  }

  @Test
  void exceptionsReachTheHandlerOfASuspendedFrame() {
    assertEquals("{caught,100}", show(call("dive", 100L).valueOrThrow()));
    // Caught at level 100; levels 101..250 wrap the value, except 200, whose try returns it as it is.
    StringBuilder expected = new StringBuilder("{caught,100}");
    for (int level = 101; level <= 250; level++) {
      if (level != 200) {
        expected.insert(0, "{" + level + ",").append('}');
      }
    }
    assertEquals(expected.toString(), show(call("dive", 250L).valueOrThrow()));
  }

  @Test
  void anUncaughtExceptionPassesEveryHeapFrame() {
    Runs.Outcome o = call("fall", 2000L);
    assertEquals("{deep,0}", show(o.failure().reason()));
    String trace = show(o.failure().stacktrace());
    // The raise, then the call site the exception passed on its way out.
    assertTrue(trace.matches("\\[\\{jyr,fall,1,\\[\\{file,\"[^\"]*jyr.erl\"},\\{line,33}]},"
        + "\\{jyr,fall,1,\\[\\{file,\"[^\"]*jyr.erl\"},\\{line,34}]}.*"), trace);
    assertEquals("{caught,'EXIT'}", show(call("catching", 700L).valueOrThrow()));
  }

  @Test
  void funAndApplyCallsResume() {
    assertEquals("{11,11,110,110}", show(call("funs", 10L).valueOrThrow()));
  }

  @Test
  void aReceiveDeepInTheStackWaitsAndResumes() {
    FunctionCode code = ExportTable.entry(Atom.of("jyr"), Atom.of("deep_receive"), 1).code();
    ErlProcess p = new ErlProcess(code, new Object[] {3000L});
    assertEquals(ErlProcess.SliceEnd.WAITING, runUntilNotPreempted(p));
    p.mailbox().send(Tuple.of(Atom.of("other"), 1L));
    assertEquals(ErlProcess.SliceEnd.WAITING, runUntilNotPreempted(p));
    p.mailbox().send(Tuple.of(Atom.of("go"), 39L));
    assertEquals(ErlProcess.SliceEnd.RETURNED, runUntilNotPreempted(p));
    assertEquals(3039L, p.result());
  }

  @Test
  void selectiveReceiveKeepsTheMessagesItSkips() {
    FunctionCode code = ExportTable.entry(Atom.of("jyr"), Atom.of("selective"), 0).code();
    ErlProcess p = new ErlProcess(code, new Object[0]);
    p.mailbox().send(Tuple.of(Atom.of("a"), 1L));
    p.mailbox().send(Atom.of("x"));
    assertEquals(ErlProcess.SliceEnd.WAITING, runUntilNotPreempted(p));
    p.mailbox().send(Tuple.of(Atom.of("b"), 2L));
    assertEquals(ErlProcess.SliceEnd.RETURNED, runUntilNotPreempted(p));
    assertEquals("{2,1,x,none}", show(p.result()));

    FunctionCode gather = ExportTable.entry(Atom.of("jyr"), Atom.of("gather"), 2).code();
    ErlProcess q = new ErlProcess(gather, new Object[] {5L, org.jbeamjit.runtime.term.Nil.NIL});
    for (long i = 1; i <= 5; i++) {
      assertEquals(ErlProcess.SliceEnd.WAITING, runUntilNotPreempted(q));
      q.mailbox().send(i);
    }
    assertEquals(ErlProcess.SliceEnd.RETURNED, runUntilNotPreempted(q));
    assertEquals("[1,2,3,4,5]", show(q.result()));
  }

  private static ErlProcess.SliceEnd runUntilNotPreempted(ErlProcess p) {
    ErlProcess.SliceEnd end;
    do {
      end = p.runSlice();
    } while (end == ErlProcess.SliceEnd.PREEMPTED);
    if (end == ErlProcess.SliceEnd.FAILED) {
      throw p.failure();
    }
    return end;
  }
}
