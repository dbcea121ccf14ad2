package org.jbeamjit.runtime.bif;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.jbeamjit.runtime.error.ErlangException;
import org.jbeamjit.runtime.term.Atom;
import org.jbeamjit.runtime.term.BitString;
import org.jbeamjit.runtime.term.Cons;
import org.jbeamjit.runtime.term.Terms;
import org.jbeamjit.runtime.term.Tuple;
import org.junit.jupiter.api.Test;

/**
 * Binaries that start in the middle of a byte (sub-binaries made by bit-syntax matching) never
 * reach the erl oracle, since the external format re-aligns them. Every BIF that reads binaries
 * must treat them exactly like an aligned copy of the same bits.
 */
class UnalignedBinaryTest {
  /** The same bits as {@code b}, starting {@code shift} bits into a fresh array of noise. */
  static BitString unaligned(BitString b, int shift, Random noise) {
    long bits = b.bitSize();
    byte[] data = new byte[(int) ((bits + shift + 7) / 8) + 1];
    noise.nextBytes(data);
    for (long i = 0; i < bits; i++) {
      long at = shift + i;
      int mask = 0x80 >>> (int) (at & 7);
      if (b.bit(i) == 1) {
        data[(int) (at >>> 3)] |= (byte) mask;
      } else {
        data[(int) (at >>> 3)] &= (byte) ~mask;
      }
    }
    return BitString.view(data, shift, bits);
  }

  private static BitString bin(String s) {
    return BitString.wrap(s.getBytes(StandardCharsets.UTF_8));
  }

  private static Object outcome(Function<BitString, Object> bif, BitString arg) {
    try {
      return bif.apply(arg);
    } catch (ErlangException e) {
      return new Tuple(e.kind(), e.reason());
    }
  }

  @Test
  void everyBinaryBifReadsUnalignedBitsLikeAlignedOnes() {
    List<BitString> inputs = List.of(bin(""), bin("1234"), bin("-98765432109876543210"), bin("3.25e2"), bin("Åäö"),
        bin("hello, world, hello, world"), BitString.view(new byte[] {(byte) 0xA5, (byte) 0xF0}, 0, 13),
        (BitString) ChecksumBifs.md5(bin("x")), (BitString) TermCodecBifs.termToBinary(Cons.list(1L, 2.5, Atom.of("a"))));
    List<Function<BitString, Object>> bifs = List.of(
        b -> IolistBifs.iolistToBinary(b),
        b -> IolistBifs.iolistToBinary(Cons.list(b, 33L, Cons.list(b))),
        b -> IolistBifs.iolistSize(Cons.list(b, b)),
        b -> IolistBifs.listToBitstring(Cons.list(b, 1L, b)),
        b -> IolistBifs.listToBinary(Cons.list(b)),
        b -> BinaryBifs.binaryToList(b),
        b -> BinaryBifs.bitstringToList(b),
        b -> BinaryBifs.byteSize(b),
        b -> BinaryBifs.splitBinary(b, 1L),
        b -> BinaryBifs.binaryPart(b, 1L, 2L),
        b -> BinaryBifs.binaryToList(b, 2L, 3L),
        b -> ChecksumBifs.md5(Cons.list(b, b)),
        b -> ChecksumBifs.crc32(b),
        b -> ChecksumBifs.adler32(Cons.list(7L, b)),
        b -> AtomBifs.binaryToAtom(b, Atom.of("utf8")),
        b -> AtomBifs.binaryToAtom(b, Atom.of("latin1")),
        b -> IntegerTextBifs.binaryToInteger(b),
        b -> IntegerTextBifs.binaryToInteger(b, 16L),
        b -> FloatTextBifs.binaryToFloat(b),
        b -> TermCodecBifs.binaryToTerm(b),
        b -> TermHashBifs.phash2(b),
        b -> ComparisonBifs.exactEq(b, unaligned(b, 5, new Random(1))));
    Random noise = new Random(42);
    int compared = 0;
    for (BitString in : inputs) {
      for (int f = 0; f < bifs.size(); f++) {
        Object expected = outcome(bifs.get(f), in);
        for (int shift = 1; shift < 8; shift++) {
          Object actual = outcome(bifs.get(f), unaligned(in, shift, noise));
          assertTrue(Terms.exactEquals(expected, actual), "BIF #" + f + " on " + in + " shifted " + shift + ": " + expected + " vs " + actual);
          compared++;
        }
      }
    }
    assertEquals(inputs.size() * bifs.size() * 7, compared);
  }
}
