package org.jbeamjit.runtime.bits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigInteger;
import org.jbeamjit.runtime.error.ErlangException;
import org.jbeamjit.runtime.term.Atom;
import org.jbeamjit.runtime.term.Atoms;
import org.jbeamjit.runtime.term.BitString;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The size arithmetic, at the edges the generated oracle cases rarely reach. What each case
 * expects is what OTP 25 does (erl_bits.c, the emulator's bs_add, and runs of erl).
 */
class BitSizesTest {
  private static final BigInteger HUGE = BigInteger.ONE.shiftLeft(64);

  private static void raises(Atom reason, Executable e) {
    assertSame(reason, assertThrows(ErlangException.class, e).reason());
  }

  @Test
  void segmentSizes() {
    assertEquals(24, BitSizes.bits(3L, 8));
    assertEquals(0, BitSizes.bits(0L, 256));
    raises(Atoms.BADARG, () -> BitSizes.bits(-1L, 1));
    raises(Atoms.BADARG, () -> BitSizes.bits(8.0, 1));
    raises(Atoms.BADARG, () -> BitSizes.bits(Atom.of("all"), 8));
    raises(Atoms.BADARG, () -> BitSizes.bits(HUGE.negate(), 1));
    raises(Atoms.SYSTEM_LIMIT, () -> BitSizes.bits(HUGE, 1));
    raises(Atoms.SYSTEM_LIMIT, () -> BitSizes.bits(Long.MAX_VALUE, 1));
    raises(Atoms.SYSTEM_LIMIT, () -> BitSizes.bits(Long.MAX_VALUE / 2, 256));
    raises(Atoms.SYSTEM_LIMIT, () -> BitSizes.add(BitSizes.MAX_BITS, 1));
    assertEquals(BitSizes.MAX_BITS, BitSizes.add(BitSizes.MAX_BITS - 8, 8));
    raises(Atoms.BADARG, () -> BitSizes.putBits(HUGE, 1));
    raises(Atoms.BADARG, () -> BitSizes.allBits(Atom.of("x")));
    assertEquals(13, BitSizes.allBits(BitString.wrap(new byte[2]).sub(0, 13)));
  }

  @Test
  void utfSizesNeverFailButUtf32IsChecked() {
    assertEquals(1L, BitSizes.utf8Size(0x7FL));
    assertEquals(1L, BitSizes.utf8Size(-5L));
    assertEquals(2L, BitSizes.utf8Size(0x80L));
    assertEquals(3L, BitSizes.utf8Size(0xFFFFL));
    assertEquals(4L, BitSizes.utf8Size(0x10000L));
    assertEquals(4L, BitSizes.utf8Size(Atom.of("a")));
    assertEquals(2L, BitSizes.utf16Size(0xFFFFL));
    assertEquals(4L, BitSizes.utf16Size(0x10000L));
    assertEquals(4L, BitSizes.utf16Size(1.0));
    assertEquals(32, BitSizes.utf32Bits(0x10FFFFL));
    raises(Atoms.BADARG, () -> BitSizes.utf32Bits(0xD800L));
    raises(Atoms.BADARG, () -> BitSizes.utf32Bits(0x110000L));
  }

  @Test
  void bsAdd() {
    assertEquals(3L + 4 * 8, BitSizes.bsAdd(3L, 4L, 8));
    raises(Atoms.BADARG, () -> BitSizes.bsAdd(-1L, 4L, 8));
    raises(Atoms.BADARG, () -> BitSizes.bsAdd(1L, Atom.of("a"), 8));
    raises(Atoms.BADARG, () -> BitSizes.bsAdd(HUGE.negate(), HUGE, 1));
    raises(Atoms.SYSTEM_LIMIT, () -> BitSizes.bsAdd(0L, HUGE, 1));
    raises(Atoms.SYSTEM_LIMIT, () -> BitSizes.bsAdd(Long.MAX_VALUE, 1L, 1));
    raises(Atoms.SYSTEM_LIMIT, () -> BitSizes.bsAdd(0L, Long.MAX_VALUE / 4, 8));
  }
}
