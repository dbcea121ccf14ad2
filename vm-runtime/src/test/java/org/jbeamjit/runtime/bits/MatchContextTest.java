package org.jbeamjit.runtime.bits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import org.jbeamjit.runtime.term.Atom;
import org.jbeamjit.runtime.term.BitString;
import org.jbeamjit.runtime.term.Terms;
import org.junit.jupiter.api.Test;

/**
 * What the oracle tests cannot reach with OTP 25: the commands of OTP 26's {@code bs_match},
 * positions, context reuse, sharing, and failures leaving the position alone.
 */
class MatchContextTest {
  private static BitString bits(int... bytes) {
    byte[] b = new byte[bytes.length];
    for (int i = 0; i < b.length; i++) {
      b[i] = (byte) bytes[i];
    }
    return BitString.wrap(b);
  }

  @Test
  void startReusesAContextAndRefusesOtherTerms() {
    MatchContext ctx = MatchContext.start(bits(1, 2));
    assertSame(ctx, MatchContext.start(ctx));
    assertNull(MatchContext.start(Atom.of("a")));
    assertNull(MatchContext.start(1L));
  }

  @Test
  void bsMatchCommands() {
    // <<A:4, B:12/little, 16#AB:8, Rest/binary>> as ensure_at_least 24 8, integer, integer, =:=, get_tail.
    MatchContext ctx = MatchContext.start(bits(0x12, 0x34, 0xAB, 0xCD, 0xEF));
    assertFalse(ctx.ensureAtLeast(48, 1));
    assertFalse(ctx.ensureAtLeast(20, 8));
    assertTrue(ctx.ensureAtLeast(24, 8));
    assertFalse(ctx.ensureExactly(24));
    assertEquals(1L, ctx.readInteger(4, 0));
    // The 12 bits 0x234 little-endian: the first byte 0x23 is the low one, then the high nibble 4.
    assertEquals(0x423L, ctx.readInteger(12, BitFlags.LITTLE));
    assertFalse(ctx.matchBits(8, 0xAC));
    assertEquals(16, ctx.position());
    assertTrue(ctx.matchBits(8, 0xAB));
    assertTrue(ctx.ensureExactly(16));
    assertTrue(Terms.exactEquals(bits(0xCD, 0xEF), ctx.tail()));
    assertEquals(24, ctx.position());
    ctx.skipBits(4);
    assertEquals(0xDL, ctx.readBits(4));
    assertTrue(Terms.exactEquals(bits(0xEF), ctx.readBinary(8)));
    assertTrue(ctx.ensureExactly(0));
  }

  @Test
  void positionsGoBackAndFailuresStayPut() {
    MatchContext ctx = MatchContext.start(bits(0xFF, 0xDC, 0x41));
    long start = ctx.position();
    assertEquals(-1L, ctx.getInteger(8L, 1, BitFlags.SIGNED));
    long afterFirst = ctx.position();
    assertNull(ctx.getInteger(17L, 1, 0));
    assertNull(ctx.getInteger(-1L, 1, 0));
    assertNull(ctx.getInteger(BigInteger.ONE.shiftLeft(70), 1, 0));
    assertNull(ctx.getFloat(32L, 1, 0));
    assertNull(ctx.getBinary(BitSizes.ALL, 3));
    assertFalse(ctx.skip(3L, 8));
    assertNull(ctx.getUtf16(0));
    assertEquals(afterFirst, ctx.position());
    assertEquals(0.0, ctx.getFloat(0L, 1, 0));
    assertEquals(afterFirst, ctx.position());
    ctx.position(start);
    assertEquals(0xFFDCL, ctx.getInteger(2L, 8, 0));
    assertEquals(0x41L, ctx.getUtf8());
    assertEquals(0, ctx.remaining());
  }

  @Test
  void segmentsShareTheMatchedBytes() {
    BitString subject = bits(1, 2, 3, 4);
    MatchContext ctx = MatchContext.start(subject.sub(3, 29));
    ctx.skipBits(5);
    BitString mid = ctx.getBinary(2L, 8);
    assertSame(subject.backing(), mid.backing());
    assertEquals(16, mid.bitSize());
    assertEquals(8, mid.bitOffset());
    assertSame(subject.backing(), ctx.tail().backing());
  }
}
