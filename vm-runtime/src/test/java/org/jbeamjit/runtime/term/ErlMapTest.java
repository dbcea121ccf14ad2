package org.jbeamjit.runtime.term;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** ErlMap against a java.util.HashMap model, through both the flat and the trie forms. */
class ErlMapTest {
  @Test
  void smallMapsIterateInMapKeyOrder() {
    ErlMap m = ErlMap.of(2L, Atom.of("a"), 1.0, Atom.of("b"), 1L, Atom.of("c"), 0.5, Atom.of("d"));
    assertEquals(List.of(1L, 2L, 0.5, 1.0), m.keys());
    assertTrue(m.isFlat());
    assertEquals(Atom.of("c"), m.get(1L));
    assertEquals(Atom.of("b"), m.get(1.0));
  }

  @Test
  void keysAreExactlyEqual() {
    ErlMap m = ErlMap.of(0.0, Atom.of("a"), -0.0, Atom.of("b"));
    assertEquals(1, m.size()); // 0.0 =:= -0.0 in OTP 25
    assertEquals(Atom.of("b"), m.get(0.0));
    assertNull(m.get(0L));
    ErlMap n = ErlMap.of(Tuple.of(1L), 1L, Tuple.of(1.0), 2L);
    assertEquals(2, n.size());
  }

  @Test
  void randomOperationsAgreeWithAModel() {
    Random r = new Random(42);
    for (int round = 0; round < 20; round++) {
      Map<Object, Object> model = new HashMap<>();
      ErlMap m = ErlMap.EMPTY;
      List<ErlMap> history = new ArrayList<>();
      List<Map<Object, Object>> models = new ArrayList<>();
      int range = 10 + r.nextInt(3000);
      for (int op = 0; op < 3000; op++) {
        Object k = randomKey(r, range);
        if (r.nextInt(3) == 0) {
          m = m.remove(k);
          model.remove(k);
        } else {
          Object v = (long) r.nextInt(5);
          m = m.put(k, v);
          model.put(k, v);
        }
        assertEquals(model.size(), m.size());
        assertEquals(model.size() <= ErlMap.FLAT_LIMIT, m.isFlat());
        if (op % 97 == 0) {
          history.add(m);
          models.add(new HashMap<>(model));
        }
      }
      for (Map.Entry<Object, Object> e : model.entrySet()) {
        assertEquals(e.getValue(), m.get(e.getKey()));
      }
      int n = 0;
      for (Map.Entry<Object, Object> e : m.entries()) {
        assertEquals(model.get(e.getKey()), e.getValue());
        n++;
      }
      assertEquals(model.size(), n);
      // Older versions are untouched by later updates.
      for (int i = 0; i < history.size(); i++) {
        ErlMap h = history.get(i);
        assertEquals(models.get(i).size(), h.size());
        for (Map.Entry<Object, Object> e : models.get(i).entrySet()) {
          assertEquals(e.getValue(), h.get(e.getKey()));
        }
      }
    }
  }

  @Test
  void equalMapsBuiltInDifferentOrdersAreEqual() {
    List<Object> keys = new ArrayList<>();
    for (long i = 0; i < 500; i++) {
      keys.add(i % 3 == 0 ? (Object) i : i % 3 == 1 ? Tuple.of(i, Atom.of("k")) : (double) i);
    }
    ErlMap a = ErlMap.EMPTY;
    for (Object k : keys) {
      a = a.put(k, k);
    }
    java.util.Collections.shuffle(keys, new Random(7));
    ErlMap b = ErlMap.EMPTY;
    for (Object k : keys) {
      b = b.put(k, k);
    }
    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
    assertEquals(a.keys(), b.keys());
    assertEquals(0, Terms.compare(a, b));
    assertFalse(Terms.exactEquals(a, b.put(1L, 2L)));
    assertSame(a, a.put(3L, a.get(3L)));
    assertSame(a, a.remove(Atom.of("absent")));
  }

  private static Object randomKey(Random r, int range) {
    int x = r.nextInt(range);
    switch (r.nextInt(4)) {
      case 0:
        return (long) x;
      case 1:
        return (double) x;
      case 2:
        return Atom.of("k" + x);
      default:
        return Tuple.of((long) x, Cons.list((long) (x % 7)));
    }
  }
}
