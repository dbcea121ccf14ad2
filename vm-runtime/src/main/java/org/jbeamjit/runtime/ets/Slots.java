package org.jbeamjit.runtime.ets;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.jbeamjit.runtime.error.ErlangException;
import org.jbeamjit.runtime.term.Cons;
import org.jbeamjit.runtime.term.Tuple;

/**
 * {@code ets:slot/2}. An {@code ordered_set}'s slot I is its I-th object. A hash table has a
 * number of slots that grows with it, a power of two from OTP's 256, and slot I holds the
 * objects whose key hashes to I modulo that number (this table's hash, not OTP's, so which
 * objects share a slot differs from erl; every object is in exactly one slot all the same).
 * The slot just past the last is {@code '$end_of_table'}; beyond it, {@code badarg}.
 */
final class Slots {
  private static final int MIN_SLOTS = 256;

  private Slots() {}

  static Object slot(EtsTable t, long i) {
    TableStore store = t.store;
    if (t.type == TableType.ORDERED_SET) {
      long size = store.size();
      if (i > size) {
        throw ErlangException.badarg();
      }
      long n = 0;
      for (Object o : store.storedValues()) {
        if (n++ == i) {
          return Cons.list(o);
        }
      }
      return EtsErrors.END_OF_TABLE;
    }
    int bits = slotBits(store.size());
    long slots = 1L << bits;
    if (i > slots) {
      throw ErlangException.badarg();
    } else if (i == slots) {
      return EtsErrors.END_OF_TABLE;
    }
    // The keys of a slot are neighbours in the map: their reversed hashes share the top bits.
    int top = Integer.reverse((int) i) >>> (32 - bits);
    int from = top << (32 - bits);
    List<Object> out = new ArrayList<>();
    Object start = new KeyOrder.Hashed(from, KeyOrder.BEFORE_ALL_KEYS);
    for (Iterator<Map.Entry<Object, Object>> it = store.map.entries(false, start, true); it.hasNext(); ) {
      Map.Entry<Object, Object> e = it.next();
      if (((KeyOrder.Hashed) e.getKey()).reversedHash() >>> (32 - bits) != top) {
        break;
      }
      for (Tuple o : store.objects(e.getValue())) {
        out.add(o);
      }
    }
    return Cons.fromList(out);
  }

  /** log2 of the number of slots of a hash table of {@code size} objects: about two per slot at most. */
  static int slotBits(long size) {
    int bits = Integer.numberOfTrailingZeros(MIN_SLOTS);
    while (bits < 30 && (1L << bits) * 2 < size) {
      bits++;
    }
    return bits;
  }
}
