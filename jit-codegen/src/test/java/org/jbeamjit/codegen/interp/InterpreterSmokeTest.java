package org.jbeamjit.codegen.interp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.jbeamjit.codegen.testing.Runs;
import org.jbeamjit.codegen.testing.TestModules;
import java.nio.charset.StandardCharsets;
import org.jbeamjit.runtime.bif.DisplayBifs;
import org.junit.jupiter.api.Test;

class InterpreterSmokeTest {
  static String show(Object term) {
    // erlc records the source path it was given; tests compile in a temporary directory
    return new String(DisplayBifs.text(term), StandardCharsets.ISO_8859_1).replaceAll("\"/[^\"]*/", "\"");
  }

  @Test
  void runsRecursionListsTuplesAndExceptions() {
    TestModules.load("""
        -module(smoke1).
        -export([fact/1, sum/1, rev/1, t/1, c/1]).
        fact(0) -> 1;
        fact(N) -> N * fact(N - 1).
        sum(L) -> sum(L, 0).
        sum([], A) -> A;
        sum([H|T], A) -> sum(T, A + H).
        rev(L) -> lists:reverse(L).
        t(X) -> {X, [X, X], #{a => X}}.
        c(X) -> catch element(X, {a}).
        """, InterpreterEngine.INSTANCE);
    assertEquals("3628800", show(Runs.call("smoke1", "fact", 10L).valueOrThrow()));
    assertEquals("93326215443944152681699238856266700490715968264381621468592963895217599993229915608941463976156518286253697920827223758251185210916864000000000000000000000000",
        show(Runs.call("smoke1", "fact", 100L).valueOrThrow()));
    assertEquals("{7,[7,7],#{a=>7}}", show(Runs.call("smoke1", "t", 7L).valueOrThrow()));
    assertEquals("a", show(Runs.call("smoke1", "c", 1L).valueOrThrow()));
    assertEquals("{'EXIT',{badarg,[{erlang,element,[2,{a}],[{error_info,#{module=>erl_erts_errors}}]},"
        + "{smoke1,c,1,[{file,\"smoke1.erl\"},{line,10}]}]}}",
        show(Runs.call("smoke1", "c", 2L).valueOrThrow()));
  }
}
