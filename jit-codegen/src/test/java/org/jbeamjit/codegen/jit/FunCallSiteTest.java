package org.jbeamjit.codegen.jit;

import static org.jbeamjit.codegen.jit.JitSmokeTest.show;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jbeamjit.codegen.testing.Runs;
import org.jbeamjit.codegen.testing.TestModules;
import org.junit.jupiter.api.Test;

/**
 * The inline cache of compiled {@code call_fun} sites ({@link FunCallSite}): one fun, a few, then
 * more than the cache keeps (the site turns generic), with and without free variables, funs that
 * suspend the process inside (deep recursion, reductions) and funs that are not compiled code's
 * or not funs at all.
 */
class FunCallSiteTest {
  @Test
  void oneSiteCallsManyFunsCorrectly() {
    TestModules.load("""
        -module(jfunsite).
        -export([mono/1, poly/1, deep/1, bad/1, bad_arity/0, ext/0, plus/2]).
        fold(_, A, []) -> A;
        fold(F, A, [H | T]) -> fold(F, F(H, A), T).
        seq(0) -> [];
        seq(N) -> [N | seq(N - 1)].
        %% one fun over and over, with a free variable
        mono(K) -> fold(fun(X, A) -> X * K + A end, 0, seq(1000)).
        %% twelve funs (more than the cache keeps) through the same site, each with its own free variables
        funs() ->
            [fun(X, A) -> X + A end, fun(X, A) -> X * 2 + A end, fun(_, A) -> A + 1 end]
            ++ [fun(X, A) -> X * I + A end || I <- [3, 4, 5, 6, 7, 8]]
            ++ [fun(X, A) -> X + A + I + J end || {I, J} <- [{1, 2}, {3, 4}, {5, 6}]].
        poly(N) -> [fold(F, 0, seq(N)) || F <- funs()].
        %% a fun whose call recurses deep enough to unwind the JVM stack into heap frames, many times
        deep(N) -> fold(fun(X, A) -> A + sum(X) end, 0, seq(N)).
        sum(0) -> 0;
        sum(X) -> X + sum(X - 1).
        %% what the cache must not take: a bad fun, a fun of the wrong arity
        bad(F) -> catch fold(F, 0, [1]).
        bad_arity() -> catch fold(fun(X) -> X end, 0, [1]).
        %% a fun of an export entry
        ext() -> fold(fun jfunsite:plus/2, 0, [3, 9, 4]).
        plus(X, A) -> X + A.
        """, JitEngine.INSTANCE);
    assertEquals("1501500", show(Runs.call("jfunsite", "mono", 3L).valueOrThrow()));
    assertEquals("[55,110,10,165,220,275,330,385,440,85,125,165]",
        show(Runs.call("jfunsite", "poly", 10L).valueOrThrow()));
    // Twice: the second run finds the site generic.
    assertEquals("[55,110,10,165,220,275,330,385,440,85,125,165]",
        show(Runs.call("jfunsite", "poly", 10L).valueOrThrow()));
    Runs.Outcome deep = Runs.call("jfunsite", "deep", 2000L);
    assertEquals("1335334000", show(deep.valueOrThrow()));
    assertTrue(deep.slices() > 100, "yielded inside the funs: " + deep.slices() + " slices");
    assertEquals("16", show(Runs.call("jfunsite", "ext").valueOrThrow()));
    // As erl shows them (the call site's frame twice: where the call failed, and the call).
    String fold = "{jfunsite,fold,3,[{file,\"jfunsite.erl\"},{line,4}]}";
    assertEquals("{'EXIT',{{badfun,7},[" + fold + "," + fold + ",{jfunsite,bad,1,[{file,\"jfunsite.erl\"},{line,20}]}]}}",
        show(Runs.call("jfunsite", "bad", 7L).valueOrThrow()));
    String badArity = show(Runs.call("jfunsite", "bad_arity").valueOrThrow());
    assertTrue(badArity.startsWith("{'EXIT',{{badarity,{#Fun<jfunsite."), badArity);
    assertTrue(badArity.endsWith(">,[1,0]}},[" + fold + "," + fold
        + ",{jfunsite,bad_arity,0,[{file,\"jfunsite.erl\"},{line,21}]}]}}"), badArity);
  }
}
