package org.jbeamjit.runtime.ets.matchspec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jbeamjit.runtime.process.ErlProcess;
import org.jbeamjit.runtime.term.Atom;
import org.jbeamjit.runtime.term.Atoms;
import org.jbeamjit.runtime.term.Cons;
import org.jbeamjit.runtime.term.Nil;
import org.jbeamjit.runtime.term.Tuple;
import org.junit.jupiter.api.Test;

/**
 * The match-spec compiler and machine on their own (the corpus programs ets_match_specs and
 * ets_select_ops compare them with erl in depth): variables, guards failing a clause, bodies
 * answering 'EXIT', the key hints and select_replace's key rule.
 */
class MatchSpecTest {
  private static final ErlProcess SELF = ErlProcess.forTests();

  private static Atom a(String s) {
    return Atom.of(s);
  }

  private static Object spec(Object head, Object guards, Object body) {
    return Cons.list(Tuple.of(head, guards, body));
  }

  @Test
  void variablesBindAndRepeatExactly() {
    MatchSpec ms = MatchSpec.compile(spec(Tuple.of(a("$1"), a("$1"), a("$2")), Nil.NIL, Cons.list(a("$$"))));
    assertEquals(Cons.list(a("x"), 3L), ms.run(Tuple.of(a("x"), a("x"), 3L), SELF));
    assertNull(ms.run(Tuple.of(a("x"), a("y"), 3L), SELF));
    assertNull(ms.run(Tuple.of(1L, 1.0, 3L), SELF), "1 and 1.0 are not the same value in a head");
  }

  @Test
  void aFailingGuardFailsItsClauseOnly() {
    Object fails = Tuple.of(a(">"), Tuple.of(a("element"), 5L, a("$_")), 0L);
    Object ms = Cons.list(Tuple.of(a("_"), Cons.list(fails), Cons.list(a("first"))),
        Tuple.of(a("_"), Nil.NIL, Cons.list(a("second"))));
    assertEquals(a("second"), MatchSpec.compile(ms).run(Tuple.of(1L), SELF));
  }

  @Test
  void aFailingBodyCallGivesExit() {
    Object body = Cons.list(Tuple.of(Tuple.of(a("ok"), Tuple.of(a("hd"), a("$1")))));
    MatchSpec ms = MatchSpec.compile(spec(Tuple.of(a("$1")), Nil.NIL, body));
    assertEquals(Tuple.of(a("ok"), a("EXIT")), ms.run(Tuple.of(a("notalist")), SELF));
  }

  @Test
  void errorsComeInOtpsOrder() {
    Object body = Cons.list(Tuple.of(a("+"), a("$3"), a("$4")));
    List<String> errors = MatchSpec.errors(spec(a("_"), Cons.list(Tuple.of(a("nope"), 1L)), body));
    assertEquals(List.of("Function nope/1 does_not_exist.", "Variable $4 is unbound.", "Variable $3 is unbound."),
        errors);
    assertNull(MatchSpec.compile(spec(a("_"), Nil.NIL, Nil.NIL)));
    assertEquals(List.of("Match programs are not in a list."), MatchSpec.errors(a("x")));
  }

  @Test
  void variableNumbersFollowOtpsRule() {
    assertEquals(0, MatchSpecCompiler.variableNumber(a("$0")));
    assertEquals(100_000_000, MatchSpecCompiler.variableNumber(a("$100000000")));
    assertEquals(-1, MatchSpecCompiler.variableNumber(a("$100000001")));
    assertEquals(-1, MatchSpecCompiler.variableNumber(a("$01")));
    assertEquals(-1, MatchSpecCompiler.variableNumber(a("$")));
    assertEquals(-1, MatchSpecCompiler.variableNumber(a("$_")));
  }

  @Test
  void boundKeysAreHintsFromEveryClause() {
    Object both = Cons.list(Tuple.of(Tuple.of(1L, a("_")), Nil.NIL, Cons.list(Atoms.TRUE)),
        Tuple.of(Tuple.of(Tuple.of(a("k"), 2L), a("$1")), Nil.NIL, Cons.list(a("$1"))));
    assertArrayEquals(new Object[] {1L, Tuple.of(a("k"), 2L)}, MatchSpec.compile(both).boundKeys(0));
    Object open = Cons.list(Tuple.of(Tuple.of(a("$1"), a("_")), Nil.NIL, Cons.list(Atoms.TRUE)));
    assertNull(MatchSpec.compile(open).boundKeys(0));
    assertNull(MatchSpec.compile(both).boundKeys(1));
  }

  @Test
  void keepsKeyAsSelectReplaceRequires() {
    Object head = Tuple.of(a("$1"), a("$2"));
    assertTrue(MatchSpec.compile(spec(head, Nil.NIL, Cons.list(a("$_")))).keepsKey(0));
    assertTrue(MatchSpec.compile(spec(head, Nil.NIL, Cons.list(Tuple.of(Tuple.of(a("$1"), 5L))))).keepsKey(0));
    Object elementKey = Tuple.of(Tuple.of(Tuple.of(a("element"), 1L, a("$_")), 5L));
    assertTrue(MatchSpec.compile(spec(head, Nil.NIL, Cons.list(elementKey))).keepsKey(0));
    assertFalse(MatchSpec.compile(spec(head, Nil.NIL, Cons.list(Tuple.of(Tuple.of(a("$2"), a("$1")))))).keepsKey(0));
    assertFalse(MatchSpec.compile(spec(head, Nil.NIL, Cons.list(a("$_"), a("$_")))).keepsKey(0));
    Object constKey = spec(Tuple.of(a("k"), a("_")), Nil.NIL, Cons.list(Tuple.of(a("const"), Tuple.of(a("k"), 1L))));
    assertTrue(MatchSpec.compile(constKey).keepsKey(0));
  }

  @Test
  void termsAreWrittenAsTheEmulatorWritesThem() {
    assertEquals("{and,'B',\"str\",[1|2],<<\"ab\">>,<<1,2:3>>,#{a=>1},'a@b'}",
        ErtsTermText.of(Tuple.of(a("and"), a("B"), Cons.list(115L, 116L, 114L), new Cons(1L, 2L),
            org.jbeamjit.runtime.term.BitString.wrap(new byte[] {'a', 'b'}),
            org.jbeamjit.runtime.term.BitString.view(new byte[] {1, 0x40}, 0, 11),
            org.jbeamjit.runtime.term.ErlMap.of(a("a"), 1L), a("a@b"))));
  }
}
