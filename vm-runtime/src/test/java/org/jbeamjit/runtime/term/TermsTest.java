package org.jbeamjit.runtime.term;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Term order and equality against erl: every pair of a generated corpus. */
class TermsTest {
  private static final int CORPUS = 500;

  @Test
  void everyPairOrdersAsInErl() {
    List<String> lines = TermOracle.run("order", "424242", Integer.toString(CORPUS));
    assertEquals(2 * CORPUS, lines.size());
    List<Object> terms = new ArrayList<>();
    for (int i = 0; i < CORPUS; i++) {
      terms.add(ErlText.parse(lines.get(i)));
    }
    List<String> failures = new ArrayList<>();
    for (int i = 0; i < CORPUS; i++) {
      String row = lines.get(CORPUS + i);
      for (int j = 0; j < CORPUS; j++) {
        char want = row.charAt(j);
        char got = relation(terms.get(i), terms.get(j));
        if (got != want && failures.size() < 10) {
          failures.add(want + " expected, got " + got + ":\n  " + lines.get(i) + "\n  " + lines.get(j));
        }
      }
    }
    assertTrue(failures.isEmpty(), String.join("\n", failures));
  }

  private static char relation(Object a, Object b) {
    if (Terms.exactEquals(a, b)) {
      assertEquals(Terms.hash(a), Terms.hash(b), "hash must agree with =:=");
      return 'x';
    }
    if (Terms.arithEquals(a, b)) {
      return 'e';
    }
    int c = Terms.compare(a, b);
    assertEquals(-Integer.signum(c), Integer.signum(Terms.compare(b, a)), "compare must be antisymmetric");
    return c < 0 ? 'l' : 'g';
  }

  @Test
  void numbersCompareExactlyAcrossRepresentations() {
    long big = (1L << 53) + 1;
    assertTrue(Terms.compare(big, (double) (1L << 53)) > 0); // no rounding of the long
    assertTrue(Terms.compare(Long.MAX_VALUE, 0x1p63) < 0);
    assertEquals(0, Terms.compare(Long.MIN_VALUE, -0x1p63));
    BigInteger twoTo64 = BigInteger.ONE.shiftLeft(64);
    assertEquals(0, Terms.compare(twoTo64, 0x1p64));
    assertTrue(Terms.compare(twoTo64.add(BigInteger.ONE), 0x1p64) > 0);
    assertTrue(Terms.compare(-0.5, 0L) < 0);
    assertTrue(Terms.compare(-1L, -0.5) < 0);
    assertTrue(Terms.arithEquals(1L, 1.0));
    assertFalse(Terms.exactEquals(1L, 1.0));
    assertTrue(Terms.exactEquals(0.0, -0.0));
    assertEquals(Terms.hash(0.0), Terms.hash(-0.0));
    assertTrue(Terms.compareMapKeys(2L, 0.5) < 0);
  }

  @Test
  void refWordsCompareUnsigned() {
    // erl: list_to_ref("#Ref<0.4000000000.2.3>") > list_to_ref("#Ref<0.1.2.3>")
    Ref high = new Ref(Atoms.NONODE_NOHOST, 0, new int[] {3, 2, (int) 4000000000L});
    Ref low = new Ref(Atoms.NONODE_NOHOST, 0, new int[] {3, 2, 1});
    assertTrue(Terms.compare(high, low) > 0);
    assertTrue(Terms.exactEquals(low, new Ref(Atoms.NONODE_NOHOST, 0, new int[] {3, 2, 1, 0, 0})));
    assertTrue(Terms.compare(low, new Ref(Atoms.NONODE_NOHOST, 0, new int[] {3, 2, 1, 0, 1})) < 0);
  }

  @Test
  void atomsOrderByUtf8Bytes() {
    // U+FFFD is after U+1F600 in UTF-16 order but before it in UTF-8 (code point) order.
    assertTrue(Terms.compare(Atom.of("\uFFFD"), Atom.of(new String(Character.toChars(0x1F600)))) < 0);
    assertTrue(Terms.compare(Atom.of("ab"), Atom.of("abc")) < 0);
  }

  @Test
  void deepAndLongTermsDoNotOverflowTheStack() {
    Object a = Nil.NIL;
    Object b = Nil.NIL;
    for (int i = 0; i < 1_000_000; i++) {
      a = new Cons((long) i, a);
      b = new Cons((long) i, b);
    }
    assertTrue(Terms.exactEquals(a, b));
    Terms.hash(a);
    Object x = Atom.of("leaf");
    Object y = Atom.of("leaf");
    for (int i = 0; i < 100_000; i++) {
      x = Tuple.of(x, (long) i);
      y = Tuple.of(y, (long) i);
    }
    assertTrue(Terms.exactEquals(x, y));
    assertEquals(Terms.hash(x), Terms.hash(y));
    Object z = Atom.of("leag");
    for (int i = 0; i < 100_000; i++) {
      z = Tuple.of(z, (long) i);
    }
    assertTrue(Terms.compare(x, z) < 0);
    Object deepList = Nil.NIL;
    Object deepList2 = Nil.NIL;
    for (int i = 0; i < 100_000; i++) {
      deepList = Cons.list(deepList);
      deepList2 = Cons.list(deepList2);
    }
    assertEquals(0, Terms.compare(deepList, deepList2));
    Phash2.hash(deepList);
    Phash2.hash(x);
  }
}
