package org.jbeamjit.codegen.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigInteger;
import java.util.List;
import org.jbeamjit.runtime.bif.BifEntry;
import org.jbeamjit.runtime.error.ErlangException;
import org.jbeamjit.runtime.term.Atom;
import org.jbeamjit.runtime.term.Cons;
import org.jbeamjit.runtime.term.ErlMap;
import org.jbeamjit.runtime.term.Nil;
import org.jbeamjit.runtime.term.Tuple;
import org.junit.jupiter.api.Test;

/** A guard call gives the BIF's own result, or null exactly where the BIF raises. */
class GuardBifsTest {
  private static final Atom ERLANG = Atom.of("erlang");
  private static final List<Object> TERMS = List.of(0L, 1L, 2L, 3L, -1L, new BigInteger("123456789012345678901234567890"),
      1.0, Atom.of("a"), Nil.NIL, Cons.list(Atom.of("x"), 2L), new Cons(1L, 2L), Tuple.EMPTY,
      Tuple.of(Atom.of("r"), 7L), ErlMap.of(1L, Atom.of("one")));

  @Test
  void oneArgumentBifsAgreeWithTheBif() {
    int failures = 0;
    for (String name : List.of("hd", "tl", "tuple_size", "length", "byte_size", "abs")) {
      BifEntry bif = Bifs.lookup(ERLANG, Atom.of(name), 1);
      for (Object a : TERMS) {
        Object expected = callOrNull(() -> Bifs.call1(bif, null, a));
        failures += expected == null ? 1 : 0;
        assertEquals(expected, GuardBifs.call1(bif, null, a), name + "(" + a + ")");
      }
    }
    assertNotNull(GuardBifs.variant(Bifs.lookup(ERLANG, Atom.of("hd"), 1)));
    assertEquals(true, failures > 20, "the cases include failures");
  }

  @Test
  void twoArgumentBifsAgreeWithTheBif() {
    for (String name : List.of("element", "map_get", "is_map_key", "+", "div")) {
      BifEntry bif = Bifs.lookup(ERLANG, Atom.of(name), 2);
      for (Object a : TERMS) {
        for (Object b : TERMS) {
          Object expected = callOrNull(() -> Bifs.call2(bif, null, a, b));
          assertEquals(expected, GuardBifs.call2(bif, null, a, b), name + "(" + a + ", " + b + ")");
        }
      }
    }
    assertNull(GuardBifs.element(4L, Tuple.of(1L, 2L, 3L)));
    assertEquals(3L, GuardBifs.element(3L, Tuple.of(1L, 2L, 3L)));
  }

  private static Object callOrNull(java.util.function.Supplier<Object> call) {
    try {
      return call.get();
    } catch (ErlangException e) {
      return null;
    }
  }
}
