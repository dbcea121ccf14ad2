package org.jbeamjit.codegen.jit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jbeamjit.codegen.load.ModuleLoader;
import org.jbeamjit.codegen.testing.Runs;
import org.jbeamjit.frontend.BeamLoader;
import org.jbeamjit.runtime.term.TermPrinter;
import org.jbeamjit.testing.Erl;
import org.junit.jupiter.api.Test;

/**
 * Exceptions in compiled code against {@code erl}: the class, reason and stack trace of each case,
 * caught inside the module and shown as {@code ~w} prints it. The traces cover the frames of
 * the catching function's callers (read from the JVM stack and from heap frames), tail calls that
 * leave no frame, a call site repeated by recursion that shows once, BIF frames, the frame of
 * a raise after a yield, and catches in a loop that goes on in its resume method after yields.
 */
class StackTraceOracleTest {
  private static final String SOURCE = """
      -module(jstk).
      -export([run_all/0, id/1, remote_fail/1]).

      id(X) -> X.

      %% The traces are cut at run_all/0, below which erl and the test have different callers.
      run_all() -> {done, results()}.

      results() -> [run(Name, F) || {Name, F} <- cases()].

      cases() ->
          [{body_chain, fun() -> a(id(1)) end},
           {tail_chain, fun() -> ta(id(1)) end},
           {function_clause, fun() -> needs_atom(id(1), id("two")) end},
           {bif_in_body, fun() -> bif_body(id(1)) end},
           {bif_in_tail, fun() -> bif_tail(id(1)) end},
           {arith_literal, fun() -> plus_one(id(a)) end},
           {recursion, fun() -> rec(id(5)) end},
           {tree_recursion, fun() -> tree(id({{1, {2, x}}, 3})) end},
           {remote, fun() -> ?MODULE:remote_fail(id(2)) end},
           {in_fun, fun() -> (id(fun(X) -> X + a end))(1) end},
           {in_lc, fun() -> [1 / X || X <- id([1, 0])] end},
           {in_map, fun() -> map(fun(X) -> X div 0 end, id([1])) end},
           {deep, fun() -> deep(id(20)) end},
           {deep_tail, fun() -> deep_tail(id(20)) end},
           {error_2, fun() -> err2(id(a), id(b)) end},
           {throw, fun() -> thrower(id(t)) end},
           {exit, fun() -> exiter(id(x)) end},
           {case_clause, fun() -> case_fail(id(z)) end},
           {badmatch, fun() -> match_fail(id(z)) end},
           {nested_catch, fun() -> outer(id(0)) end},
           {after_yield, fun() -> yielding(id(3)) end},
           {catch_value, fun() -> catcher(id(0)) end},
           {catch_in_resumed_loop, fun() -> [cloop(id(3), [])] end},
           {rethrow, fun() -> rethrow(id(1)) end},
           {bad_fun, fun() -> (id(not_a_fun))(1) end},
           {bad_arity, fun() -> (id(fun(_) -> ok end))(1, 2) end},
           {undef, fun() -> (id(nomod)):nofun(1) end}].

      run(Name, F) ->
          try F() of V -> {Name, ok, V}
          catch C:E:S -> {Name, C, E, frames(S)}
          end.

      %% This module's frames, any other module's top frame, up to run_all/0.
      frames([{M, F, A, L} | Rest]) ->
          Frame = {M, F, A, proplists_line(L)},
          case {M, F, A} of
              {?MODULE, run_all, 0} -> [Frame];
              _ when M =:= ?MODULE -> [Frame | frames(Rest)];
              _ -> [{M, F, A} | frames(Rest)]
          end;
      frames([]) -> [].

      proplists_line([{line, L} | _]) -> L;
      proplists_line([_ | T]) -> proplists_line(T);
      proplists_line([]) -> none.

      map(F, [H | T]) -> [F(H) | map(F, T)];
      map(_, []) -> [].

      a(X) -> [b(X)].
      b(X) -> [c(X)].
      c(X) -> [X + id(undefined)].
      ta(X) -> tb(X).
      tb(X) -> tc(X).
      tc(X) -> X + id(undefined).
      needs_atom(A, _) when is_atom(A) -> ok.
      bif_body(X) -> Y = element(X, {}), [Y].
      bif_tail(X) -> atom_to_list(X).
      plus_one(X) -> [X + 1].
      rec(0) -> id(0), error(bottom);
      rec(N) when N > 0 -> [N | rec(N - 1)];
      rec(_) -> [].
      tree({L, R}) -> tree(L) + tree(R);
      tree(N) when is_integer(N) -> N;
      tree(X) -> error({leaf, X}).
      remote_fail(X) -> [X + id(a)].
      deep(0) -> id(0) + a;
      deep(N) -> [N | deep(N - 1)].
      deep_tail(0) -> id(0) + a;
      deep_tail(N) -> deep_tail(N - 1).
      err2(A, B) -> [erlang:error(oops, [A, B])].
      thrower(T) -> [throw(T)].
      exiter(R) -> [exit(R)].
      case_fail(X) -> [case X of a -> 1 end].
      match_fail(X) -> {a} = id({X}), ok.
      outer(X) -> [inner(X)].
      inner(X) -> try [1 / X] catch error:badarith:S -> [element(1, hd(S))] end, error({again, X}).
      yielding(0) -> erlang:yield(), id(0), error(after_yield);
      yielding(N) when N > 0 -> erlang:yield(), [N | yielding(N - 1)];
      yielding(_) -> [].
      catcher(X) -> {'EXIT', {R, S}} = (catch [1 / X]), {caught, R, frames(S)}.
      rethrow(X) -> try [1 / (X - 1)] catch throw:_ -> no end.
      %% Each iteration yields inside a body call, so the loop goes on in its resume method, and
      %% catches there and in the function it tail-calls again: callers from heap frames only.
      cloop(0, Acc) -> Acc;
      cloop(N, Acc) ->
          id(erlang:yield()),
          {'EXIT', {R, S}} = (catch [1 / (N - N)]),
          cloop(N - 1, [{R, frames(S)} | Acc]).
      """;

  @Test
  void exceptionsMatchErl() throws IOException {
    Path dir = Files.createTempDirectory("jbeamjit-stk");
    Path src = dir.resolve("jstk.erl");
    Files.writeString(src, SOURCE);
    // Compiled in its directory, so the file attribute is the bare name on both sides.
    Erl.erlc(src, dir);
    String expected = Erl.eval("code:add_patha(\"" + dir + "\"), {done, Rs} = jstk:run_all(), "
        + "[io:format(\"~w~n\", [R]) || R <- Rs]");
    ModuleLoader.load(BeamLoader.load(dir.resolve("jstk.beam")), JitEngine.INSTANCE);
    Object results = ((org.jbeamjit.runtime.term.Tuple) Runs.call("jstk", "run_all").valueOrThrow()).get(1);
    StringBuilder actual = new StringBuilder();
    for (Object t = results; t instanceof org.jbeamjit.runtime.term.Cons c; t = c.tail) {
      actual.append(TermPrinter.write(c.head)).append('\n');
    }
    String[] e = expected.split("\n");
    String[] a = actual.toString().split("\n");
    for (int i = 0; i < Math.max(e.length, a.length); i++) {
      assertEquals(i < e.length ? e[i] : "<none>", i < a.length ? a[i] : "<none>", "case " + (i + 1));
    }
  }
}
