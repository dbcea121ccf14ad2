package org.jbeamjit.runtime.ets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jbeamjit.runtime.term.Atom;
import org.jbeamjit.runtime.term.Cons;
import org.jbeamjit.runtime.term.Tuple;
import org.junit.jupiter.api.Test;

/**
 * The hash tables' map against a sorted reference map: the same contents and the same hash order
 * after random inserts, replacements and removals that make it grow and shrink many times; and
 * traversals that stay ordered while other threads change the map.
 */
class HashKeyMapTest {
  private static Object randomKey(Random r) {
    return switch (r.nextInt(4)) {
      case 0 -> (long) r.nextInt(5_000);
      case 1 -> Atom.of("k" + r.nextInt(500));
      case 2 -> Tuple.of((long) r.nextInt(100), (double) r.nextInt(10));
      default -> Cons.list((long) r.nextInt(50), (long) r.nextInt(50));
    };
  }

  private static List<Map.Entry<Object, Object>> all(Iterator<Map.Entry<Object, Object>> it) {
    List<Map.Entry<Object, Object>> out = new ArrayList<>();
    it.forEachRemaining(out::add);
    return out;
  }

  @Test
  void behavesAsASortedMapThroughGrowingAndShrinking() {
    Random r = new Random(42);
    HashKeyMap m = new HashKeyMap(KeyOrder.HASH);
    TreeMap<Object, Object> ref = new TreeMap<>(KeyOrder.HASH.comparator());
    for (int round = 0; round < 4; round++) {
      for (int i = 0; i < 15_000; i++) {
        Object mk = KeyOrder.HASH.mapKey(randomKey(r));
        switch (r.nextInt(round % 2 == 0 ? 4 : 6)) {
          case 0, 1 -> assertEquals(ref.put(mk, (long) i), m.put(mk, (long) i));
          case 2 -> assertEquals(ref.putIfAbsent(mk, (long) i), m.putIfAbsent(mk, (long) i));
          default -> assertEquals(ref.remove(mk), m.remove(mk));
        }
      }
      assertEquals(ref.size(), m.keyCount());
      List<Map.Entry<Object, Object>> got = all(m.entries(false, null, false));
      assertEquals(new ArrayList<>(ref.entrySet()), got.stream().map(e -> Map.entry(e.getKey(), e.getValue())).toList());
      for (Object k : ref.keySet()) {
        assertEquals(ref.get(k), m.get(k));
        assertEquals(ref.higherKey(k), key(m.higherEntry(k)));
        assertEquals(ref.lowerKey(k), key(m.lowerEntry(k)));
      }
      assertEquals(ref.isEmpty() ? null : ref.firstKey(), key(m.firstEntry()));
      assertEquals(ref.isEmpty() ? null : ref.lastKey(), key(m.lastEntry()));
      List<Object> backwards = all(m.entries(true, null, false)).stream().map(Map.Entry::getKey).toList();
      assertEquals(new ArrayList<>(ref.descendingKeySet()), backwards);
    }
    for (Object k : new ArrayList<>(ref.keySet())) {
      m.remove(k);
    }
    assertEquals(0, m.keyCount());
    assertNull(m.firstEntry());
  }

  /** A queue's pattern: take the first key, delete it, again. Each first/0 must not rescan the emptied buckets. */
  @Test
  void deletingFromTheFrontStaysCheap() {
    HashKeyMap m = new HashKeyMap(KeyOrder.HASH);
    int n = 200_000;
    for (long k = 0; k < n; k++) {
      m.put(KeyOrder.HASH.mapKey(k), k);
    }
    int taken = 0;
    for (Map.Entry<Object, Object> e = m.firstEntry(); e != null; e = m.firstEntry()) {
      m.remove(e.getKey());
      taken++;
    }
    assertEquals(n, taken);
    assertEquals(0, m.keyCount());
  }

  private static Object key(Map.Entry<Object, Object> e) {
    return e == null ? null : e.getKey();
  }

  @Test
  void traversalStaysInOrderWhileOthersWrite() throws InterruptedException {
    HashKeyMap m = new HashKeyMap(KeyOrder.HASH);
    for (long k = 0; k < 20_000; k++) {
      m.put(KeyOrder.HASH.mapKey(k), k);
    }
    AtomicBoolean stop = new AtomicBoolean();
    ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
    List<Thread> writers = new ArrayList<>();
    for (int w = 0; w < 3; w++) {
      long base = 100_000L * (w + 1);
      writers.add(new Thread(() -> {
        Random r = new Random(base);
        while (!stop.get()) {
          // Grow to many keys and back, so that traversals see resizes both ways.
          for (long k = 0; k < 15_000; k++) {
            m.put(KeyOrder.HASH.mapKey(base + k), k);
          }
          for (long k = 0; k < 15_000; k++) {
            m.remove(KeyOrder.HASH.mapKey(base + k));
          }
          m.remove(KeyOrder.HASH.mapKey((long) r.nextInt(20_000)));
        }
      }));
    }
    writers.forEach(Thread::start);
    try {
      for (int pass = 0; pass < 4; pass++) {
        Object last = null;
        int stable = 0;
        for (Iterator<Map.Entry<Object, Object>> it = m.entries(false, null, false); it.hasNext(); ) {
          Object k = it.next().getKey();
          if (last != null) {
            assertTrue(KeyOrder.HASH.comparator().compare(last, k) < 0, "out of order: " + last + " then " + k);
          }
          last = k;
          if (((KeyOrder.Hashed) k).key() instanceof Long l && l < 20_000) {
            stable++;
          }
        }
        assertTrue(stable <= 20_000);
      }
    } catch (Throwable e) {
      failures.add(e);
    } finally {
      stop.set(true);
      for (Thread t : writers) {
        t.join();
      }
    }
    if (!failures.isEmpty()) {
      throw new AssertionError(failures.peek());
    }
  }
}
