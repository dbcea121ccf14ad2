package org.jbeamjit.runtime.ets;

import java.util.AbstractMap;
import java.util.Iterator;
import java.util.Map;
import java.util.NavigableMap;
import java.util.NoSuchElementException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.function.BiFunction;

/**
 * A table's map from keys (as its {@link KeyOrder} stores them) to what it holds under each key:
 * atomic operations on one key, and traversal in the key order. Two kinds:
 * {@link Sorted} (an {@code ordered_set}) is one concurrent skip list; {@link Hashed} (the hash
 * tables) finds a key in a concurrent hash map in constant time and keeps the hash order in a
 * skip list beside it, both pointing at the same cell, so that updating an object touches only
 * the hash map.
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

  /** A hash table's map: a hash map to find keys, a skip list of the same cells for their order. */
  static final class Hashed extends KeyMap {
    /** What both maps hold for a key; {@code value} is null once the key is removed. */
    private static final class Cell {
      volatile Object value;

      Cell(Object value) {
        this.value = value;
      }
    }

    private final ConcurrentHashMap<Object, Cell> byKey = new ConcurrentHashMap<>();
    private final ConcurrentSkipListMap<Object, Cell> inOrder;

    Hashed(KeyOrder order) {
      inOrder = new ConcurrentSkipListMap<>(order.comparator());
    }

    @Override
    Object get(Object key) {
      Cell c = byKey.get(key);
      return c == null ? null : c.value;
    }

    @Override
    boolean containsKey(Object key) {
      return get(key) != null;
    }

    @Override
    Object put(Object key, Object value) {
      Object[] old = new Object[1];
      compute(key, (k, v) -> {
        old[0] = v;
        return value;
      });
      return old[0];
    }

    @Override
    Object putIfAbsent(Object key, Object value) {
      Object[] old = new Object[1];
      compute(key, (k, v) -> {
        old[0] = v;
        return v == null ? value : v;
      });
      return old[0];
    }

    @Override
    Object remove(Object key) {
      Object[] old = new Object[1];
      compute(key, (k, v) -> {
        old[0] = v;
        return null;
      });
      return old[0];
    }

    @Override
    boolean remove(Object key, Object value) {
      boolean[] done = new boolean[1];
      compute(key, (k, v) -> {
        done[0] = v != null && v.equals(value);
        return done[0] ? null : v;
      });
      return done[0];
    }

    @Override
    boolean replace(Object key, Object old, Object now) {
      boolean[] done = new boolean[1];
      compute(key, (k, v) -> {
        done[0] = v != null && v.equals(old);
        return done[0] ? now : v;
      });
      return done[0];
    }

    /** Runs under the hash map's lock for the key, which keeps the order skip list in step. */
    @Override
    Object compute(Object key, BiFunction<Object, Object, Object> f) {
      Object[] result = new Object[1];
      byKey.compute(key, (k, cell) -> {
        Object old = cell == null ? null : cell.value;
        Object now = f.apply(k, old);
        result[0] = now;
        if (now == null) {
          if (cell != null) {
            cell.value = null;
            inOrder.remove(k, cell);
          }
          return null;
        }
        if (cell == null) {
          Cell c = new Cell(now);
          inOrder.put(k, c);
          return c;
        }
        cell.value = now;
        return cell;
      });
      return result[0];
    }

    @Override
    void clear() {
      for (Cell c : byKey.values()) {
        c.value = null;
      }
      byKey.clear();
      inOrder.clear();
    }

    @Override
    int keyCount() {
      return byKey.size();
    }

    @Override
    Map.Entry<Object, Object> firstEntry() {
      return live(inOrder.entrySet().iterator());
    }

    @Override
    Map.Entry<Object, Object> lastEntry() {
      return live(inOrder.descendingMap().entrySet().iterator());
    }

    @Override
    Map.Entry<Object, Object> higherEntry(Object key) {
      return live(inOrder.tailMap(key, false).entrySet().iterator());
    }

    @Override
    Map.Entry<Object, Object> lowerEntry(Object key) {
      return live(inOrder.headMap(key, false).descendingMap().entrySet().iterator());
    }

    @Override
    Iterator<Map.Entry<Object, Object>> entries(boolean reverse, Object from, boolean inclusive) {
      NavigableMap<Object, Cell> view = reverse ? inOrder.descendingMap() : inOrder;
      return unwrapped((from == null ? view : view.tailMap(from, inclusive)).entrySet().iterator());
    }

    @Override
    Iterator<Map.Entry<Object, Object>> range(Object lo, Object hi, boolean reverse, Object from) {
      NavigableMap<Object, Cell> view = inOrder.subMap(lo, true, hi, true);
      if (reverse) {
        view = view.descendingMap();
      }
      return unwrapped((from == null ? view : view.tailMap(from, false)).entrySet().iterator());
    }

    /** The first entry whose cell is still live. */
    private static Map.Entry<Object, Object> live(Iterator<Map.Entry<Object, Cell>> it) {
      Iterator<Map.Entry<Object, Object>> u = unwrapped(it);
      return u.hasNext() ? u.next() : null;
    }

    /** The entries as key to value, skipping cells removed meanwhile. */
    private static Iterator<Map.Entry<Object, Object>> unwrapped(Iterator<Map.Entry<Object, Cell>> it) {
      return new Iterator<>() {
        private Map.Entry<Object, Object> next = advance();

        private Map.Entry<Object, Object> advance() {
          while (it.hasNext()) {
            Map.Entry<Object, Cell> e = it.next();
            Object v = e.getValue().value;
            if (v != null) {
              return new AbstractMap.SimpleImmutableEntry<>(e.getKey(), v);
            }
          }
          return null;
        }

        @Override
        public boolean hasNext() {
          return next != null;
        }

        @Override
        public Map.Entry<Object, Object> next() {
          if (next == null) {
            throw new NoSuchElementException();
          }
          Map.Entry<Object, Object> e = next;
          next = advance();
          return e;
        }
      };
    }
  }
}
