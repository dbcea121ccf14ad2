package org.jbeamjit.runtime.ets;

import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.jbeamjit.runtime.term.Tuple;

/**
 * The objects of a table: a {@link KeyMap} from keys (in the table's {@link KeyOrder}) to what is
 * stored under each key. Every operation on one key is atomic (the map's per-key compute), which
 * gives OTP's per-object atomicity; operations on several keys are made isolated by the table's
 * lock ({@link EtsTable}), not here.
 */
abstract class TableStore {
  final KeyOrder order;
  /** The key's position in an object, from 0. */
  final int keyIndex;
  final KeyMap map;
  private final AtomicLong size = new AtomicLong();

  TableStore(KeyOrder order, int keyIndex) {
    this.order = order;
    this.keyIndex = keyIndex;
    this.map = order.newMap();
  }

  Object keyOf(Tuple object) {
    return object.elems[keyIndex];
  }

  /** The number of objects. */
  long size() {
    return size.get();
  }

  void addSize(long delta) {
    if (delta != 0) {
      size.addAndGet(delta);
    }
  }

  /** The objects stored under one key, as the map holds them (never empty). */
  abstract Tuple[] objects(Object stored);

  /** The objects with this key, in the table's order for them. */
  final Tuple[] lookup(Object key) {
    Object stored = map.get(order.mapKey(key));
    return stored == null ? NONE : objects(stored);
  }

  final boolean member(Object key) {
    return map.containsKey(order.mapKey(key));
  }

  abstract void insert(Tuple object);

  /** Inserts the object unless its key is there; whether it did. */
  abstract boolean insertNew(Tuple object);

  /** Removes every object with this key. */
  final void delete(Object key) {
    Object stored = map.remove(order.mapKey(key));
    if (stored != null) {
      addSize(-objects(stored).length);
    }
  }

  /** Removes the objects with this key and returns them. */
  final Tuple[] take(Object key) {
    Object stored = map.remove(order.mapKey(key));
    if (stored == null) {
      return NONE;
    }
    Tuple[] taken = objects(stored);
    addSize(-taken.length);
    return taken;
  }

  /** Removes every object exactly equal to {@code object}. */
  abstract void deleteObject(Tuple object);

  /**
   * Removes this very object (the instance a traversal found), if it is still there: for
   * {@code select_delete}, which must not remove an object that replaced it meanwhile.
   */
  abstract boolean deleteFound(Object mapKey, Tuple found);

  /**
   * Replaces this very object (the instance a traversal found) by {@code replacement}, which has
   * the same key, if it is still there; whether it did.
   */
  abstract boolean replaceFound(Object mapKey, Tuple found, Tuple replacement);

  /** Removes every object. The caller holds the table exclusively. */
  final void clear() {
    map.clear();
    size.set(0);
  }

  /** The first object stored under a map entry's key (whose key is the entry's key term). */
  final Object keyOfEntry(Map.Entry<Object, Object> e) {
    return keyOf(objects(e.getValue())[0]);
  }

  /** Every stored value, in the map's order. */
  final Iterable<Object> storedValues() {
    return () -> {
      Iterator<Map.Entry<Object, Object>> it = map.entries(false, null, false);
      return new Iterator<>() {
        @Override
        public boolean hasNext() {
          return it.hasNext();
        }

        @Override
        public Object next() {
          return it.next().getValue();
        }
      };
    };
  }

  static final Tuple[] NONE = new Tuple[0];
}
