package org.jbeamjit.runtime.etf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.time.Duration;
import java.util.Arrays;
import org.jbeamjit.runtime.error.ErlangException;
import org.jbeamjit.runtime.term.Atom;
import org.jbeamjit.runtime.term.Atoms;
import org.jbeamjit.runtime.term.BitString;
import org.jbeamjit.runtime.term.Cons;
import org.jbeamjit.runtime.term.ErlMap;
import org.jbeamjit.runtime.term.ExportFun;
import org.jbeamjit.runtime.term.LocalFun;
import org.jbeamjit.runtime.term.Nil;
import org.jbeamjit.runtime.term.Pid;
import org.jbeamjit.runtime.term.Terms;
import org.jbeamjit.runtime.term.Tuple;
import org.junit.jupiter.api.Test;

/**
 * The external term format's API and its defences, without erl: the expected bytes here were
 * taken from erl once. {@link EtfOracleTest} compares with erl on large corpora.
 */
class ExternalTermFormatTest {
  private static byte[] bytes(int... b) {
    byte[] out = new byte[b.length];
    for (int i = 0; i < b.length; i++) {
      out[i] = (byte) b[i];
    }
    return out;
  }

  private static void assertBadarg(byte[] input) {
    ErlangException e = assertThrows(ErlangException.class, () -> ExternalTermFormat.decode(input));
    assertSame(Atoms.BADARG, e.reason());
  }

  @Test
  void encodesAsErlDoes() {
    // term_to_binary([{a,1.5},-1,1 bsl 70,<<1,2:3>>,"ab",#{k => v}])
    Object t = Cons.list(Tuple.of(Atom.of("a"), 1.5), -1L, BigInteger.ONE.shiftLeft(70),
        BitString.view(bytes(1, 0x40), 0, 11), Cons.list(97L, 98L), ErlMap.of(Atom.of("k"), Atom.of("v")));
    assertArrayEquals(bytes(131, 108, 0, 0, 0, 6, 104, 2, 100, 0, 1, 97, 70, 63, 248, 0, 0, 0, 0, 0, 0, 98, 255, 255,
        255, 255, 110, 9, 0, 0, 0, 0, 0, 0, 0, 0, 0, 64, 77, 0, 0, 0, 2, 3, 1, 64, 107, 0, 2, 97, 98, 116, 0, 0, 0, 1,
        100, 0, 1, 107, 100, 0, 1, 118, 106), ExternalTermFormat.encode(t));
    assertTrue(Terms.exactEquals(t, ExternalTermFormat.decode(ExternalTermFormat.encode(t))));
  }

  @Test
  void minorVersionsChooseAtomAndFloatTags() {
    Atom abc = Atom.of("abc");
    assertArrayEquals(bytes(131, 100, 0, 3, 97, 98, 99), ExternalTermFormat.encode(abc));
    assertArrayEquals(bytes(131, 119, 3, 97, 98, 99), ExternalTermFormat.encode(abc, new EncodeOptions(0, 2, false)));
    assertArrayEquals(bytes(131, 119, 2, 196, 172), ExternalTermFormat.encode(Atom.of("\u012C")));
    // term_to_binary(fun lists:map/2, [{minor_version, 2}])
    assertArrayEquals(bytes(131, 113, 119, 5, 108, 105, 115, 116, 115, 119, 3, 109, 97, 112, 97, 2),
        ExternalTermFormat.encode(new ExportFun(Atom.of("lists"), Atom.of("map"), 2), new EncodeOptions(0, 2, false)));
    // term_to_binary(0.1, [{minor_version, 0}]): the exact digits, as C's "%.20e" prints them.
    byte[] text = ExternalTermFormat.encode(0.1, new EncodeOptions(0, 0, false));
    assertEquals("1.00000000000000005551e-01", new String(text, 2, 26, java.nio.charset.StandardCharsets.US_ASCII));
    assertEquals(33, text.length);
    assertEquals(0.1, ExternalTermFormat.decode(text));
  }

  @Test
  void compressesOnlyWhenThatIsNoLarger() {
    // term_to_binary(lists:duplicate(N, 0), [compressed]) for N = 15 and 16: both compress,
    // the first to exactly its uncompressed size.
    assertArrayEquals(bytes(131, 80, 0, 0, 0, 18, 120, 156, 203, 102, 224, 103, 64, 5, 0, 8, 136, 0, 123),
        ExternalTermFormat.encode(Cons.fromList(java.util.Collections.nCopies(15, 0L)), new EncodeOptions(6, 1, false)));
    assertArrayEquals(bytes(131, 80, 0, 0, 0, 19, 120, 156, 203, 102, 16, 96, 64, 3, 0, 9, 20, 0, 124),
        ExternalTermFormat.encode(Cons.fromList(java.util.Collections.nCopies(16, 0L)), new EncodeOptions(6, 1, false)));
    assertArrayEquals(bytes(131, 97, 1), ExternalTermFormat.encode(1L, new EncodeOptions(9, 1, false)));
  }

  @Test
  void optionListsParseAsErlDoes() {
    Atom compressed = Atom.of("compressed");
    assertEquals(new EncodeOptions(6, 1, false), EncodeOptions.fromErlang(Cons.list(compressed)));
    assertEquals(new EncodeOptions(0, 2, true), EncodeOptions.fromErlang(Cons.list(compressed,
        Tuple.of(compressed, 0L), Atom.of("deterministic"), Tuple.of(Atom.of("minor_version"), 2L))));
    for (Object bad : new Object[] {Atom.of("compressed"), Cons.list(Atom.of("local")), new Cons(compressed, compressed),
        Cons.list(Tuple.of(compressed, 10L)), Cons.list(Tuple.of(Atom.of("minor_version"), 3L)),
        Cons.list(Tuple.of(compressed, 1.0))}) {
      assertThrows(ErlangException.class, () -> EncodeOptions.fromErlang(bad));
    }
    DecodeOptions d = DecodeOptions.fromErlang(Cons.list(Atom.of("used"), Atom.of("safe")), KnownExports.NONE);
    assertTrue(d.safe() && d.used());
    assertThrows(ErlangException.class, () -> DecodeOptions.fromErlang(Cons.list(Atom.of("unsafe")), KnownExports.NONE));
    assertThrows(ErlangException.class, () -> DecodeOptions.fromErlang(new Cons(Atom.of("safe"), Atom.of("used")), KnownExports.NONE));
  }

  @Test
  void usedCountsTheTermsBytesAndTrailingBytesAreIgnored() {
    byte[] input = bytes(131, 97, 1, 0, 0);
    assertEquals(1L, ExternalTermFormat.decode(input));
    Object r = ExternalTermFormat.decode(input, new DecodeOptions(false, true, KnownExports.NONE));
    assertTrue(Terms.exactEquals(Tuple.of(1L, 3L), r));
    Decoded d = ExternalTermFormat.decodePrefix(bytes(9, 9, 131, 106, 9), 2, 2, DecodeOptions.DEFAULT);
    assertSame(Nil.NIL, d.term());
    assertEquals(2, d.used());
  }

  @Test
  void decodesBinaryTermsAtAnyBitOffsetButNotBitstrings() {
    byte[] enc = ExternalTermFormat.encode(Tuple.of(Atoms.OK, 42L));
    byte[] shifted = new byte[enc.length + 1];
    for (int i = 0; i < enc.length; i++) {
      shifted[i] |= (byte) ((enc[i] & 0xFF) >>> 3);
      shifted[i + 1] |= (byte) (enc[i] << 5);
    }
    BitString unaligned = BitString.view(shifted, 3, enc.length * 8L);
    assertTrue(Terms.exactEquals(Tuple.of(Atoms.OK, 42L), ExternalTermFormat.decode(unaligned, DecodeOptions.DEFAULT)));
    BitString aligned = BitString.view(bytes(0, 131, 97, 7, 0), 8, 24);
    assertEquals(7L, ExternalTermFormat.decode(aligned, DecodeOptions.DEFAULT));
    assertThrows(ErlangException.class,
        () -> ExternalTermFormat.decode(BitString.view(enc, 0, enc.length * 8L - 1), DecodeOptions.DEFAULT));
  }

  @Test
  void safeRefusesNewAtomsAndUnknownExports() {
    DecodeOptions safe = new DecodeOptions(true, false, KnownExports.NONE);
    byte[] fresh = bytes(131, 119, 12, 'n', 'e', 'v', 'e', 'r', '_', 'm', 'a', 'd', 'e', '_', '1');
    assertThrows(ErlangException.class, () -> ExternalTermFormat.decode(fresh, safe));
    assertSame(Atoms.OK, ExternalTermFormat.decode(ExternalTermFormat.encode(Atoms.OK), safe));
    // A node name is an atom too.
    byte[] pid = ExternalTermFormat.encode(new Pid(Atom.of("safe_test@host"), 1, 2, 3));
    assertTrue(ExternalTermFormat.decode(pid, safe) instanceof Pid);
    byte[] newNode = pid.clone();
    newNode[5] = (byte) 'S';
    assertThrows(ErlangException.class, () -> ExternalTermFormat.decode(newNode, safe));

    ExportFun map = new ExportFun(Atom.of("lists"), Atom.of("map"), 2);
    byte[] export = ExternalTermFormat.encode(map);
    assertThrows(ErlangException.class, () -> ExternalTermFormat.decode(export, safe));
    KnownExports lists = (m, f, a) -> m == map.module && f == map.function && a == 2;
    assertTrue(Terms.exactEquals(map, ExternalTermFormat.decode(export, new DecodeOptions(true, false, lists))));
    assertTrue(Terms.exactEquals(map, ExternalTermFormat.decode(export)));

    // Local funs are let through, as in OTP.
    LocalFun fun = new LocalFun(Atoms.OK, 0, new byte[16], 0, 1, 1, new Pid(Atoms.NONODE_NOHOST, 1, 0, 0), new Object[] {1L});
    assertTrue(Terms.exactEquals(fun, ExternalTermFormat.decode(ExternalTermFormat.encode(fun), safe)));
  }

  /** Lengths that claim more than the input holds are refused before anything that size is allocated. */
  @Test
  void hugeLengthsAreRefusedWithoutAllocating() {
    assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
      int[][] cases = {
          {131, 105, 255, 255, 255, 255, 97, 1}, // tuple of 2^32-1
          {131, 108, 255, 255, 255, 255, 106}, // list
          {131, 109, 255, 255, 255, 255, 1}, // binary
          {131, 77, 255, 255, 255, 255, 3, 1}, // bitstring
          {131, 107, 255, 255, 1}, // string
          {131, 111, 255, 255, 255, 255, 0, 1}, // bignum
          {131, 116, 128, 0, 0, 0, 97, 1, 97, 1}, // map of 2^31 pairs
          {131, 104, 2, 105, 127, 255, 255, 255, 108, 127, 255, 255, 255}, // nested claims
          {131, 80, 255, 255, 255, 255, 120, 156, 3, 0}, // 4 GB, says the compressed header
          {131, 80, 0, 0, 1, 0, 120, 156, 3, 0}, // more than the stream can hold
      };
      for (int[] c : cases) {
        assertBadarg(bytes(c));
      }
    });
  }

  @Test
  void compressedInputMustInflateToItsStatedSize() {
    byte[] ok = ExternalTermFormat.encode(Cons.fromList(java.util.Collections.nCopies(100, Atoms.OK)), new EncodeOptions(6, 1, false));
    assertEquals(Tag.COMPRESSED, ok[1]);
    assertEquals(100, ((java.util.List<?>) toJavaList(ExternalTermFormat.decode(ok))).size());
    for (int delta : new int[] {-1, 1}) {
      byte[] wrongSize = ok.clone();
      wrongSize[5] += delta;
      assertBadarg(wrongSize);
    }
    assertBadarg(Arrays.copyOf(ok, ok.length - 1)); // adler checksum cut off
    byte[] corrupt = ok.clone();
    corrupt[corrupt.length - 1] ^= 1;
    assertBadarg(corrupt);
  }

  private static java.util.List<Object> toJavaList(Object l) {
    java.util.List<Object> out = new java.util.ArrayList<>();
    for (; l instanceof Cons c; l = c.tail) {
      out.add(c.head);
    }
    return out;
  }

  /** erl decodes a million-deep list or tuple; so must we, without the Java stack. */
  @Test
  void millionDeepNestingDecodesAndEncodes() {
    int depth = 1_000_000;
    byte[] lists = new byte[1 + 5 * depth + 1 + depth];
    lists[0] = (byte) 131;
    for (int i = 0; i < depth; i++) {
      System.arraycopy(bytes(108, 0, 0, 0, 1), 0, lists, 1 + 5 * i, 5);
    }
    Arrays.fill(lists, 1 + 5 * depth, lists.length, (byte) Tag.NIL_EXT);
    Object t = ExternalTermFormat.decode(lists);
    assertArrayEquals(lists, ExternalTermFormat.encode(t));

    byte[] tuples = new byte[1 + 2 * depth + 1];
    tuples[0] = (byte) 131;
    for (int i = 0; i < depth; i++) {
      tuples[1 + 2 * i] = (byte) Tag.SMALL_TUPLE_EXT;
      tuples[2 + 2 * i] = 1;
    }
    tuples[tuples.length - 1] = (byte) Tag.NIL_EXT;
    assertArrayEquals(tuples, ExternalTermFormat.encode(ExternalTermFormat.decode(tuples)));

    Object deepMaps = Nil.NIL;
    for (int i = 0; i < 100_000; i++) {
      deepMaps = ErlMap.of((long) i, deepMaps);
    }
    byte[] enc = ExternalTermFormat.encode(deepMaps, new EncodeOptions(0, 1, true));
    assertArrayEquals(enc, ExternalTermFormat.encode(ExternalTermFormat.decode(enc), new EncodeOptions(0, 1, true)));
  }

  /**
   * OTP 25 crashes (segfault) on a NEW_FUN_EXT whose pid field holds something else; we refuse
   * it. So no erl verdict checks these.
   */
  @Test
  void funWithoutAPidIsRefused() {
    LocalFun fun = new LocalFun(Atoms.OK, 0, new byte[16], 0, 1, 1, new Pid(Atoms.NONODE_NOHOST, 1, 0, 0), new Object[] {7L});
    byte[] enc = ExternalTermFormat.encode(fun);
    byte[] pid = Arrays.copyOfRange(ExternalTermFormat.encode(fun.pid), 1, ExternalTermFormat.encode(fun.pid).length);
    int at = indexOf(enc, pid);
    for (byte[] notPid : new byte[][] {bytes(97, 1), bytes(106), ExternalTermFormat.encode(Atoms.OK)}) {
      byte[] bad = new byte[enc.length - pid.length + notPid.length];
      System.arraycopy(enc, 0, bad, 0, at);
      System.arraycopy(notPid, 0, bad, at, notPid.length);
      System.arraycopy(enc, at + pid.length, bad, at + notPid.length, enc.length - at - pid.length);
      assertBadarg(bad);
    }
  }

  private static int indexOf(byte[] hay, byte[] needle) {
    for (int i = 0; i + needle.length <= hay.length; i++) {
      if (Arrays.equals(hay, i, i + needle.length, needle, 0, needle.length)) {
        return i;
      }
    }
    throw new AssertionError("not found");
  }

  @Test
  void nonTermsAreAProgrammingError() {
    assertThrows(IllegalArgumentException.class, () -> ExternalTermFormat.encode("a Java string"));
    assertThrows(IllegalArgumentException.class, () -> ExternalTermFormat.encode(Double.NaN));
    assertThrows(IllegalArgumentException.class, () -> ExternalTermFormat.encode(Cons.list(1, 2)));
  }
}
