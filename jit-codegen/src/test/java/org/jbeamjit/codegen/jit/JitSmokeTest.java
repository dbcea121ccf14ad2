package org.jbeamjit.codegen.jit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.jbeamjit.codegen.testing.Runs;
import org.jbeamjit.codegen.testing.TestModules;
import org.jbeamjit.runtime.bif.DisplayBifs;
import org.junit.jupiter.api.Test;

class JitSmokeTest {
  /** The term as erlang:display/1 prints it, source paths cut to the file name. */
  static String show(Object term) {
    return new String(DisplayBifs.text(term), StandardCharsets.ISO_8859_1).replaceAll("\"[^\"]*/(\\w+\\.erl)\"",
        "\"$1\"");
  }

  @Test
  void runsRecursionListsTuplesAndExceptions() {
    TestModules.load("""
        -module(jsmoke1).
        -export([fact/1, sum/1, rev/1, t/1, c/1]).
        fact(0) -> 1;
        fact(N) -> N * fact(N - 1).
        sum(L) -> sum(L, 0).
        sum([], A) -> A;
        sum([H|T], A) -> sum(T, A + H).
        rev(L) -> lists:reverse(L).
        t(X) -> {X, [X, X], #{a => X}}.
        c(X) -> catch element(X, {a}).
        """, JitEngine.INSTANCE);
    assertEquals("3628800", show(Runs.call("jsmoke1", "fact", 10L).valueOrThrow()));
    assertEquals("{7,[7,7],#{a=>7}}", show(Runs.call("jsmoke1", "t", 7L).valueOrThrow()));
    assertEquals("a", show(Runs.call("jsmoke1", "c", 1L).valueOrThrow()));
    assertEquals("{'EXIT',{badarg,[{erlang,element,[2,{a}],[{error_info,#{module=>erl_erts_errors}}]},"
        + "{jsmoke1,c,1,[{file,\"jsmoke1.erl\"},{line,10}]}]}}",
        show(Runs.call("jsmoke1", "c", 2L).valueOrThrow()));
  }
}
