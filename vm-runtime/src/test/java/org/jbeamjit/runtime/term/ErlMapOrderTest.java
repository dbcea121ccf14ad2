package org.jbeamjit.runtime.term;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Large maps (33 to 2000 keys) list their keys in the same order as erl's {@code maps:keys/1},
 * whatever order they were built in. Keys holding atoms are the known exception: OTP hashes an
 * atom by its index in its own atom table, so only the key set is compared for those. One map
 * holds pairs of keys whose 32-bit hashes collide, which OTP tells apart by rehashing.
 */
class ErlMapOrderTest {
  @Test
  void largeMapsListKeysInOtpOrder() {
    List<String> lines = TermOracle.run("mapkeys", "31337");
    assertTrue(lines.size() >= 200, "too few maps: " + lines.size());
    Random shuffler = new Random(1);
    List<String> failures = new ArrayList<>();
    int exact = 0;
    for (String line : lines) {
      String[] parts = line.split(" ", 3);
      String kind = parts[0];
      int size = Integer.parseInt(parts[1]);
      List<Object> want = new ArrayList<>();
      for (Object l = ErlText.parse(parts[2]); l instanceof Cons; l = ((Cons) l).tail) {
        want.add(((Cons) l).head);
      }
      assertEquals(size, want.size());
      List<Object> insertion = new ArrayList<>(want);
      Collections.shuffle(insertion, shuffler);
      ErlMap m = ErlMap.EMPTY;
      for (Object k : insertion) {
        m = m.put(k, Atom.of("v"));
      }
      List<Object> got = m.keys();
      if (kind.equals("atom")) {
        assertEquals(new HashSet<>(want), new HashSet<>(got));
      } else if (!got.equals(want)) {
        failures.add(kind + " " + size + ": first keys " + want.subList(0, 3) + " but got " + got.subList(0, 3));
      } else {
        exact++;
      }
    }
    assertTrue(failures.isEmpty(), failures.size() + " maps differ:\n" + String.join("\n", failures));
    assertTrue(exact >= 150, "only " + exact + " maps compared exactly");
    assertTrue(lines.get(lines.size() - 1).startsWith("collide "));
  }

  /** The keys of the oracle's "collide" map really do collide in pairs (so that map tests rehashing). */
  @Test
  void collidingKeysCollide() {
    long[] colliding = {40660, 59671, 22575, 119693, 121236, 167527, 169647, 178740, 29879, 217607, 204923, 232672};
    for (int i = 0; i < colliding.length; i += 2) {
      assertEquals(MapKeyHash.hash(colliding[i], 0), MapKeyHash.hash(colliding[i + 1], 0));
      assertTrue(MapKeyHash.hash(colliding[i], 1) != MapKeyHash.hash(colliding[i + 1], 1));
    }
  }
}
