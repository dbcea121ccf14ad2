package org.jbeamjit.runtime.ets;

import java.util.function.UnaryOperator;
import org.jbeamjit.runtime.term.Tuple;

/**
 * The store of a {@code set} or an {@code ordered_set}: one object per key, the map's value being
 * the object itself. A new object with a key already there replaces the old one.
 */
final class SetStore extends TableStore {
  SetStore(KeyOrder order, int keyIndex) {
    super(order, keyIndex);
  }

  @Override
  Tuple[] objects(Object stored) {
    return new Tuple[] {(Tuple) stored};
  }

  /** The object with this key, or {@code null}. */
  Tuple get(Object key) {
    return (Tuple) map.get(order.mapKey(key));
  }

  @Override
  void insert(Tuple object) {
    if (map.put(order.mapKey(keyOf(object)), object) == null) {
      addSize(1);
    }
  }

  @Override
  boolean insertNew(Tuple object) {
    if (map.putIfAbsent(order.mapKey(keyOf(object)), object) == null) {
      addSize(1);
      return true;
    }
    return false;
  }

  @Override
  void deleteObject(Tuple object) {
    // The map compares the value exactly (Tuple.equals is =:=), as OTP compares the whole object.
    if (map.remove(order.mapKey(keyOf(object)), object)) {
      addSize(-1);
    }
  }

  @Override
  boolean deleteFound(Object mapKey, Tuple found) {
    if (map.remove(mapKey, found)) {
      addSize(-1);
      return true;
    }
    return false;
  }

  /**
   * Replaces the object with key {@code key} by {@code update} applied to it ({@code null} when
   * there is none), atomically: {@code update} may run more than once, and the last run is the
   * one that took effect. It returns the new object, or {@code null} to leave the table as it was;
   * an exception it throws leaves the table as it was too.
   */
  void update(Object key, UnaryOperator<Tuple> update) {
    boolean[] added = new boolean[1];
    map.compute(order.mapKey(key), (k, old) -> {
      Tuple now = update.apply((Tuple) old);
      added[0] = old == null && now != null;
      return now == null ? old : now;
    });
    if (added[0]) {
      addSize(1);
    }
  }

  @Override
  boolean replaceFound(Object mapKey, Tuple found, Tuple replacement) {
    return map.replace(mapKey, found, replacement);
  }
}
