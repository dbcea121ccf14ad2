package org.jbeamjit.runtime.bif;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.jbeamjit.runtime.error.ErlangException;
import org.jbeamjit.runtime.process.LocalNode;
import org.jbeamjit.runtime.term.Atom;
import org.jbeamjit.runtime.term.BitString;
import org.jbeamjit.runtime.term.Cons;
import org.jbeamjit.runtime.term.Nil;
import org.jbeamjit.runtime.term.Terms;
import org.jbeamjit.runtime.term.Tuple;
import org.junit.jupiter.api.Test;

/**
 * Compiled patterns, which the oracle cases cannot carry (erl's compiled pattern is a reference
 * to state inside that VM): a pattern compiled here searches exactly as the plain pattern does.
 */
class BinaryModuleBifsTest {
  private static BitString bin(String s) {
    return BitString.wrap(s.getBytes(StandardCharsets.ISO_8859_1));
  }

  @Test
  void compiledPatternsAreBmForOneBinaryAndAcForSeveral() {
    assertEquals(Atom.of("bm"), ((Tuple) BinaryModuleBifs.compilePattern(bin("a"))).get(0));
    assertEquals(Atom.of("bm"), ((Tuple) BinaryModuleBifs.compilePattern(Cons.list(bin("a")))).get(0));
    assertEquals(Atom.of("ac"), ((Tuple) BinaryModuleBifs.compilePattern(Cons.list(bin("a"), bin("a")))).get(0));
  }

  @Test
  void compiledPatternsSearchLikeTheirSource() {
    BitString subject = bin("the cat sat on the mat, that cat");
    Object[] patterns = {bin("at"), Cons.list(bin("at"), bin("the"), bin("t")), Cons.list(bin("cat"), bin("ca")), bin("zz")};
    Object scope = Cons.list(Tuple.of(Atom.of("scope"), Tuple.of(20L, -12L)));
    for (Object p : patterns) {
      Object compiled = BinaryModuleBifs.compilePattern(p);
      same(BinaryModuleBifs.match(subject, p), BinaryModuleBifs.match(subject, compiled));
      same(BinaryModuleBifs.match(subject, p, scope), BinaryModuleBifs.match(subject, compiled, scope));
      same(BinaryModuleBifs.matches(subject, p), BinaryModuleBifs.matches(subject, compiled));
      same(BinaryModuleBifs.matches(subject, p, scope), BinaryModuleBifs.matches(subject, compiled, scope));
      Object global = Cons.list(Atom.of("global"));
      same(BinaryModuleBifs.split(subject, p, global), BinaryModuleBifs.split(subject, compiled, global));
    }
    assertEquals(Cons.list(Tuple.of(4L, 3L), Tuple.of(29L, 3L)),
        BinaryModuleBifs.matches(subject, BinaryModuleBifs.compilePattern(Cons.list(bin("cat"), bin("ca")))));
  }

  @Test
  void aReferenceNotFromCompilePatternOrOfTheOtherKindIsBadarg() {
    Tuple bm = (Tuple) BinaryModuleBifs.compilePattern(bin("a"));
    Tuple ac = (Tuple) BinaryModuleBifs.compilePattern(Cons.list(bin("a"), bin("b")));
    assertThrows(ErlangException.class, () -> BinaryModuleBifs.match(bin("abc"), Tuple.of(Atom.of("bm"), LocalNode.makeRef())));
    assertThrows(ErlangException.class, () -> BinaryModuleBifs.match(bin("abc"), Tuple.of(Atom.of("ac"), bm.get(1))));
    assertThrows(ErlangException.class, () -> BinaryModuleBifs.match(bin("abc"), Tuple.of(Atom.of("bm"), ac.get(1))));
    assertThrows(ErlangException.class, () -> BinaryModuleBifs.compilePattern(bm));
    assertTrue(Terms.exactEquals(Tuple.of(0L, 1L), BinaryModuleBifs.match(bin("abc"), ac, Nil.NIL)));
  }

  private static void same(Object expected, Object actual) {
    assertTrue(Terms.exactEquals(expected, actual), expected + " vs " + actual);
  }
}
