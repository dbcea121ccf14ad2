package org.jbeamjit.runtime.bif;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigInteger;
import org.jbeamjit.runtime.error.ErlangException;
import org.jbeamjit.runtime.term.Atoms;
import org.jbeamjit.runtime.term.BitString;
import org.jbeamjit.runtime.term.Cons;
import org.jbeamjit.runtime.term.Nil;
import org.junit.jupiter.api.Test;

/**
 * What the erl oracle cannot cheaply show: results at OTP's bignum size limit (megabytes of
 * digits) and inputs nested far deeper than any JVM stack.
 */
class BifLimitsTest {
  /** Found with erl: {@code 1 bsl 33554367} is the largest power of two OTP 25 can make. */
  private static final long LARGEST_SHIFT = 33_554_367L;

  @Test
  void bignumsStopAtOtpsSizeLimit() {
    BigInteger max = (BigInteger) BitwiseBifs.bsl(1L, LARGEST_SHIFT);
    assertEquals(LARGEST_SHIFT + 1, max.bitLength());
    assertSystemLimit(() -> BitwiseBifs.bsl(1L, LARGEST_SHIFT + 1));
    assertSystemLimit(() -> BitwiseBifs.bsl(-1L, LARGEST_SHIFT + 1));
    assertSystemLimit(() -> ArithmeticBifs.plus(max, max));
    assertSystemLimit(() -> ArithmeticBifs.times(max, 2L));
    assertSystemLimit(() -> ArithmeticBifs.minus(ArithmeticBifs.negate(max), max));
    BigInteger allOnes = (BigInteger) ArithmeticBifs.plus(max, ArithmeticBifs.minus(max, 1L));
    assertEquals(LARGEST_SHIFT + 1, allOnes.bitLength());
    assertEquals(BigInteger.ONE.shiftLeft(100), BitwiseBifs.bsr(max, LARGEST_SHIFT - 100));
    assertEquals(0L, BitwiseBifs.bsl(0L, 1L << 40));
    assertSystemLimit(() -> BitwiseBifs.bsl(1L, 1L << 40));
  }

  @Test
  void deepIolistsNeedNoStack() {
    int depth = 1_000_000;
    Object headNested = BitString.wrap(new byte[] {7});
    Object tailNested = Nil.NIL;
    for (int i = 0; i < depth; i++) {
      headNested = new Cons(headNested, Nil.NIL);
      tailNested = new Cons(new Cons((long) (i & 0xFF), Nil.NIL), tailNested);
    }
    Object rightNested = Nil.NIL;
    for (int i = 0; i < depth; i++) {
      rightNested = Cons.list(rightNested, 1L);
    }
    assertEquals(1L, IolistBifs.iolistSize(Cons.list(headNested)));
    assertEquals((long) depth, IolistBifs.iolistSize(tailNested));
    assertEquals((long) depth, IolistBifs.iolistSize(rightNested));
    assertEquals(depth, ((BitString) IolistBifs.iolistToBinary(rightNested)).byteSize());
    assertEquals(depth * 8L, ((BitString) IolistBifs.listToBitstring(tailNested)).bitSize());
    assertEquals(ChecksumBifs.crc32(BitString.wrap(new byte[] {7})), ChecksumBifs.crc32(headNested));
  }

  @Test
  void longListsNeedNoStack() {
    Object l = Nil.NIL;
    for (int i = 0; i < 2_000_000; i++) {
      l = new Cons((long) '7', l);
    }
    assertEquals(2_000_000L, ListBifs.length(l));
    assertEquals(2_000_000L, ((BitString) IolistBifs.listToBinary(l)).byteSize());
    assertSame(Atoms.TRUE, ComparisonBifs.exactEq(l, l));
    Object digits = Nil.NIL;
    for (int i = 0; i < 100_000; i++) {
      digits = new Cons((long) '7', digits);
    }
    assertEquals(100_000, ((BigInteger) IntegerTextBifs.listToInteger(digits)).toString().length());
  }

  private static void assertSystemLimit(org.junit.jupiter.api.function.Executable e) {
    ErlangException x = assertThrows(ErlangException.class, e);
    assertSame(Atoms.SYSTEM_LIMIT, x.reason());
  }
}
