package org.jbeamjit.runtime.bits;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jbeamjit.runtime.error.ErlangException;
import org.jbeamjit.runtime.term.Atom;
import org.jbeamjit.runtime.term.Atoms;
import org.jbeamjit.runtime.term.BitString;
import org.jbeamjit.runtime.term.Terms;
import org.junit.jupiter.api.Test;

/**
 * Appending in place: {@code <<Acc/binary, X:8>>} in a loop is linear, and a bitstring that is
 * already visible never changes, whoever appends to it, from however many threads.
 */
class AppendTest {
  private static BitString append(BitString acc, long v, int bits) {
    BitStringBuilder b = BitStringBuilder.appending(acc, 1, bits);
    b.putInteger(v, bits, 0);
    return b.build();
  }

  @Test
  void aMillionSingleByteAppendsAreLinear() {
    long t0 = System.nanoTime();
    BitString acc = BitString.EMPTY;
    Set<byte[]> buffers = Collections.newSetFromMap(new IdentityHashMap<>());
    int n = 1_000_000;
    for (int i = 0; i < n; i++) {
      BitStringBuilder b = BitStringBuilder.appending(acc, 8, 8);
      b.putInteger((long) (i & 0xFF), 8, 0);
      acc = b.build();
      buffers.add(acc.backing());
    }
    long millis = (System.nanoTime() - t0) / 1_000_000;
    assertEquals(n * 8L, acc.bitSize());
    for (int i = 0; i < n; i += 997) {
      assertEquals(i & 0xFF, acc.byteAt(i));
    }
    // Doubling from 256 bytes to 1 MB takes a dozen buffers; copying on every append would take a million.
    assertTrue(buffers.size() <= 16, buffers.size() + " buffers");
    assertTrue(millis < 5_000, "took " + millis + " ms");
  }

  @Test
  void visibleBitstringsNeverChange() {
    // bins(<<H,T/binary>>, Acc) -> [Acc | bins(T, <<Acc/binary,H>>)]: every intermediate stays.
    List<BitString> seen = new ArrayList<>();
    BitString acc = BitString.EMPTY;
    for (int i = 0; i < 600; i++) {
      seen.add(acc);
      acc = append(acc, i, 8);
    }
    for (int i = 0; i < seen.size(); i++) {
      assertEquals(i * 8L, seen.get(i).bitSize());
      for (int j = 0; j < i; j++) {
        assertEquals(j & 0xFF, seen.get(i).byteAt(j));
      }
    }
    // Two appends to the same bitstring: the second copies, and neither sees the other.
    BitString base = append(append(BitString.EMPTY, 1, 8), 2, 8);
    BitString left = append(base, 0xAA, 8);
    BitString right = append(base, 0xBB, 8);
    assertSame(base.backing(), left.backing());
    assertNotSame(base.backing(), right.backing());
    assertArrayEquals(new byte[] {1, 2}, base.toByteArray());
    assertArrayEquals(new byte[] {1, 2, (byte) 0xAA}, left.toByteArray());
    assertArrayEquals(new byte[] {1, 2, (byte) 0xBB}, right.toByteArray());
  }

  @Test
  void appendsOfOddSizesAtOddOffsetsMatchAPlainBuild() {
    Random random = new Random(3);
    for (int iter = 0; iter < 300; iter++) {
      BitString acc = BitString.EMPTY;
      BitStringBuilder model = BitStringBuilder.withBits(0);
      List<BitString> history = new ArrayList<>();
      List<BitString> modelHistory = new ArrayList<>();
      for (int step = 0; step < 40; step++) {
        int bits = random.nextInt(70);
        long v = random.nextLong();
        if (random.nextInt(5) == 0 && acc.bitSize() > 3) {
          // Continue from a suffix view, as a match's tail would be.
          long cut = random.nextInt((int) Math.min(acc.bitSize(), 40));
          acc = acc.sub(cut, acc.bitSize() - cut);
          BitStringBuilder m = BitStringBuilder.withBits(0);
          m.putBinaryAll(model.build().sub(cut, model.bitSize() - cut), 1);
          model = m;
        }
        acc = append(acc, v, bits);
        model.putInteger(v, bits, 0);
        history.add(acc);
        modelHistory.add(model.build());
      }
      for (int i = 0; i < history.size(); i++) {
        assertTrue(Terms.exactEquals(modelHistory.get(i), history.get(i)), "step " + i);
      }
    }
  }

  @Test
  void concurrentAppendsToOneBitstringStayApart() throws Exception {
    int threads = 4;
    int rounds = 2_000;
    BitString[] bases = new BitString[rounds];
    for (int r = 0; r < rounds; r++) {
      // Each base ends where its buffer's free room starts, so every round is a race for that room.
      bases[r] = append(append(BitString.EMPTY, r, 8), 3, 5);
    }
    CyclicBarrier start = new CyclicBarrier(threads);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<Integer>> results = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int tag = t;
        results.add(pool.submit(() -> {
          int inPlace = 0;
          for (int r = 0; r < rounds; r++) {
            start.await();
            BitString mine = append(append(bases[r], tag, 8), r, 16);
            BitStringBuilder expected = BitStringBuilder.withBits(37);
            expected.putInteger((long) r, 8, 0);
            expected.putInteger(3L, 5, 0);
            expected.putInteger((long) tag, 8, 0);
            expected.putInteger((long) r, 16, 0);
            if (!Terms.exactEquals(expected.build(), mine)) {
              return -1;
            }
            inPlace += mine.backing() == bases[r].backing() ? 1 : 0;
          }
          return inPlace;
        }));
      }
      int inPlace = 0;
      for (Future<Integer> f : results) {
        int n = f.get();
        assertTrue(n >= 0, "a thread saw another's bits");
        inPlace += n;
      }
      assertEquals(rounds, inPlace, "exactly one appender per round extends in place");
    } finally {
      pool.shutdownNow();
    }
    for (int r = 0; r < rounds; r++) {
      assertEquals(13, bases[r].bitSize());
      assertEquals(r & 0xFF, bases[r].byteAt(0));
      assertEquals(3 << 3, bases[r].byteAt(1));
    }
  }

  @Test
  void appendChecksItsOperand() {
    ErlangException e = assertThrows(ErlangException.class, () -> BitStringBuilder.appending(Atom.of("a"), 8, 8));
    assertSame(Atoms.BADARG, e.reason());
    BitString odd = append(BitString.EMPTY, 1, 3);
    e = assertThrows(ErlangException.class, () -> BitStringBuilder.appending(odd, 8, 8));
    assertSame(Atoms.BADARG, e.reason());
    e = assertThrows(ErlangException.class, () -> BitStringBuilder.appending(odd, 1, BitSizes.MAX_BITS));
    assertSame(Atoms.SYSTEM_LIMIT, e.reason());
  }
}
