package org.jbeamjit.runtime.ets;

import java.util.Iterator;
import java.util.Map;
import java.util.NavigableMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.function.BiFunction;

/**
 * A table's map from keys (as its {@link KeyOrder} stores them) to what it holds under each key:
 * atomic operations on one key, and traversal in the key order. Two kinds: {@link Sorted} (an
 * {@code ordered_set}) is a concurrent skip list; {@link HashKeyMap} (the hash tables) a bucket
 * hash table kept in hash order.
 */
abstract class KeyMap {
  abstract Object get(Object key);

  abstract boolean containsKey(Object key);

  /** Sets the value; returns the previous one, or {@code null}. */
  abstract Object put(Object key, Object value);

  abstract Object putIfAbsent(Object key, Object value);

  /** Removes the key; returns its value, or {@code null}. */
  abstract Object remove(Object key);

  /** Removes the key if its value {@code equals} {@code value}. */
  abstract boolean remove(Object key, Object value);

  /** Replaces the value if it {@code equals} {@code old}. */
  abstract boolean replace(Object key, Object old, Object now);

  /**
   * Sets the key's value to {@code f(key, oldOrNull)}, or removes it if that is {@code null},
   * atomically; {@code f} may run more than once. Returns the new value.
   */
  abstract Object compute(Object key, BiFunction<Object, Object, Object> f);

  abstract void clear();

  /** The number of keys. */
  abstract int keyCount();

  abstract Map.Entry<Object, Object> firstEntry();

  abstract Map.Entry<Object, Object> lastEntry();

  abstract Map.Entry<Object, Object> higherEntry(Object key);

  abstract Map.Entry<Object, Object> lowerEntry(Object key);

  /** The entries in key order, or reversed; from just after {@code from} (or at it, if {@code inclusive}) if given. */
  abstract Iterator<Map.Entry<Object, Object>> entries(boolean reverse, Object from, boolean inclusive);

  /** The entries with keys from {@code lo} to {@code hi} (both included), in key order or reversed. */
  abstract Iterator<Map.Entry<Object, Object>> range(Object lo, Object hi, boolean reverse, Object from);

  /** An {@code ordered_set}'s map. */
  static final class Sorted extends KeyMap {
    private final ConcurrentSkipListMap<Object, Object> map;

    Sorted(KeyOrder order) {
      map = new ConcurrentSkipListMap<>(order.comparator());
    }

    @Override
    Object get(Object key) {
      return map.get(key);
    }

    @Override
    boolean containsKey(Object key) {
      return map.containsKey(key);
    }

    @Override
    Object put(Object key, Object value) {
      return map.put(key, value);
    }

    @Override
    Object putIfAbsent(Object key, Object value) {
      return map.putIfAbsent(key, value);
    }

    @Override
    Object remove(Object key) {
      return map.remove(key);
    }

    @Override
    boolean remove(Object key, Object value) {
      return map.remove(key, value);
    }

    @Override
    boolean replace(Object key, Object old, Object now) {
      return map.replace(key, old, now);
    }

    @Override
    Object compute(Object key, BiFunction<Object, Object, Object> f) {
      return map.compute(key, f);
    }

    @Override
    void clear() {
      map.clear();
    }

    @Override
    int keyCount() {
      return map.size();
    }

    @Override
    Map.Entry<Object, Object> firstEntry() {
      return map.firstEntry();
    }

    @Override
    Map.Entry<Object, Object> lastEntry() {
      return map.lastEntry();
    }

    @Override
    Map.Entry<Object, Object> higherEntry(Object key) {
      return map.higherEntry(key);
    }

    @Override
    Map.Entry<Object, Object> lowerEntry(Object key) {
      return map.lowerEntry(key);
    }

    @Override
    Iterator<Map.Entry<Object, Object>> entries(boolean reverse, Object from, boolean inclusive) {
      NavigableMap<Object, Object> view = reverse ? map.descendingMap() : map;
      return (from == null ? view : view.tailMap(from, inclusive)).entrySet().iterator();
    }

    @Override
    Iterator<Map.Entry<Object, Object>> range(Object lo, Object hi, boolean reverse, Object from) {
      NavigableMap<Object, Object> view = map.subMap(lo, true, hi, true);
      if (reverse) {
        view = view.descendingMap();
      }
      return (from == null ? view : view.tailMap(from, false)).entrySet().iterator();
    }
  }
}
