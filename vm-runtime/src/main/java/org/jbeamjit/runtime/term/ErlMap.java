package org.jbeamjit.runtime.term;

import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.IntUnaryOperator;

/**
 * An Erlang map: persistent (every update returns a new map, sharing structure). Keys are equal
 * when {@code =:=}.
 *
 * <p>The layout follows OTP's, because it decides the order in which {@code maps:to_list/1},
 * {@code maps:fold/3} and the printer see the entries. A map of up to {@value #FLAT_LIMIT} keys is
 * flat: its keys are kept sorted in map key order ({@link Terms#compareMapKeys}). A larger map is a
 * hash trie ({@link MapTrie}) iterated in the order of its keys' hashes ({@link MapKeyHash}).
 */
public final class ErlMap extends TermObject {
  /** OTP's {@code MAP_SMALL_MAP_LIMIT}: the most keys a flat map holds. */
  public static final int FLAT_LIMIT = 32;

  public static final ErlMap EMPTY = new ErlMap(new Object[0], new Object[0], null, 0);

  // Flat form: keys sorted in map key order, values alongside. Null in the trie form.
  private final Object[] keys;
  private final Object[] vals;
  // Trie form: the root node. Null in the flat form.
  private final MapTrie.Node root;
  private final int size;

  private ErlMap(Object[] keys, Object[] vals, MapTrie.Node root, int size) {
    this.keys = keys;
    this.vals = vals;
    this.root = root;
    this.size = size;
  }

  /** A map of these keys and values, alternating; a later duplicate key wins. */
  public static ErlMap of(Object... keysAndValues) {
    if ((keysAndValues.length & 1) != 0) {
      throw new IllegalArgumentException("odd number of keys and values");
    }
    ErlMap m = EMPTY;
    for (int i = 0; i < keysAndValues.length; i += 2) {
      m = m.put(keysAndValues[i], keysAndValues[i + 1]);
    }
    return m;
  }

  /** A map of these entries; a later duplicate key wins, as in {@code maps:from_list/1}. */
  public static ErlMap fromEntries(Iterable<? extends Map.Entry<?, ?>> entries) {
    ErlMap m = EMPTY;
    for (Map.Entry<?, ?> e : entries) {
      m = m.put(e.getKey(), e.getValue());
    }
    return m;
  }

  public int size() {
    return size;
  }

  public boolean isEmpty() {
    return size == 0;
  }

  /** Whether this map is in OTP's flat form (up to 32 keys, sorted). */
  public boolean isFlat() {
    return root == null;
  }

  /** The value for {@code key}, or {@code null} if there is none. */
  public Object get(Object key) {
    if (root != null) {
      return MapTrie.get(root, key);
    }
    int i = flatIndex(key);
    return i >= 0 ? vals[i] : null;
  }

  public boolean containsKey(Object key) {
    return get(key) != null;
  }

  /** This map with {@code key} bound to {@code value}. */
  public ErlMap put(Object key, Object value) {
    if (key == null || value == null) {
      throw new NullPointerException("map keys and values are terms, never null");
    }
    if (root != null) {
      MapTrie.Change change = new MapTrie.Change();
      MapTrie.Node r = MapTrie.put(root, key, value, change);
      if (r == root) {
        return this;
      }
      return new ErlMap(null, null, r, change.added ? size + 1 : size);
    }
    int i = flatIndex(key);
    if (i >= 0) {
      if (vals[i] == value) {
        return this;
      }
      Object[] nv = vals.clone();
      nv[i] = value;
      return new ErlMap(keys, nv, null, size);
    }
    int at = -(i + 1);
    if (size == FLAT_LIMIT) {
      MapTrie.Node r = MapTrie.EMPTY;
      MapTrie.Change change = new MapTrie.Change();
      for (int j = 0; j < size; j++) {
        r = MapTrie.put(r, keys[j], vals[j], change);
      }
      r = MapTrie.put(r, key, value, change);
      return new ErlMap(null, null, r, size + 1);
    }
    Object[] nk = new Object[size + 1];
    Object[] nv = new Object[size + 1];
    System.arraycopy(keys, 0, nk, 0, at);
    System.arraycopy(vals, 0, nv, 0, at);
    nk[at] = key;
    nv[at] = value;
    System.arraycopy(keys, at, nk, at + 1, size - at);
    System.arraycopy(vals, at, nv, at + 1, size - at);
    return new ErlMap(nk, nv, null, size + 1);
  }

  /** This map without {@code key} (this same map if it has no such key). */
  public ErlMap remove(Object key) {
    if (root != null) {
      MapTrie.Node r = MapTrie.remove(root, key);
      if (r == root) {
        return this;
      }
      int n = size - 1;
      if (n > FLAT_LIMIT) {
        return new ErlMap(null, null, r, n);
      }
      // OTP turns a hash map that shrinks to the flat limit back into a flat map.
      return fromSortedFlat(r, n);
    }
    int i = flatIndex(key);
    if (i < 0) {
      return this;
    }
    Object[] nk = new Object[size - 1];
    Object[] nv = new Object[size - 1];
    System.arraycopy(keys, 0, nk, 0, i);
    System.arraycopy(vals, 0, nv, 0, i);
    System.arraycopy(keys, i + 1, nk, i, size - i - 1);
    System.arraycopy(vals, i + 1, nv, i, size - i - 1);
    return new ErlMap(nk, nv, null, size - 1);
  }

  private static ErlMap fromSortedFlat(MapTrie.Node r, int n) {
    List<Map.Entry<Object, Object>> es = new ArrayList<>(n);
    MapTrie.forEach(r, (k, v) -> es.add(new AbstractMap.SimpleImmutableEntry<>(k, v)));
    es.sort((x, y) -> Terms.compareMapKeys(x.getKey(), y.getKey()));
    Object[] nk = new Object[n];
    Object[] nv = new Object[n];
    for (int i = 0; i < n; i++) {
      nk[i] = es.get(i).getKey();
      nv[i] = es.get(i).getValue();
    }
    return new ErlMap(nk, nv, null, n);
  }

  /** Binary search of the flat keys: the index, or {@code -(insertion point) - 1}. */
  private int flatIndex(Object key) {
    int lo = 0;
    int hi = size - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      int c = Terms.compareMapKeys(keys[mid], key);
      if (c < 0) {
        lo = mid + 1;
      } else if (c > 0) {
        hi = mid - 1;
      } else {
        return mid;
      }
    }
    return -(lo + 1);
  }

  /**
   * Entries in the order OTP's map iterator visits them: {@code maps:iterator/1}, {@code
   * maps:next/1}, {@code maps:fold/3} and the printer. For a flat map that is map key order.
   */
  public Iterable<Map.Entry<Object, Object>> entries() {
    if (root != null) {
      return () -> MapTrie.iterator(root);
    }
    return () -> new Iterator<>() {
      private int i;

      @Override
      public boolean hasNext() {
        return i < size;
      }

      @Override
      public Map.Entry<Object, Object> next() {
        Map.Entry<Object, Object> e = new AbstractMap.SimpleImmutableEntry<>(keys[i], vals[i]);
        i++;
        return e;
      }
    };
  }

  /**
   * For a large map, visits up to {@code max} entries in {@link #entries()} order, starting at a
   * position given as a route: the slot taken at each level from the root, counted among the
   * node's occupied slots ({@code route} maps a level to it; 0 takes the first leaf below). OTP's
   * map iterators record their position this way ({@code erts_internal:map_next/3}). Returns the
   * route to the next entry not visited, or null if none is left.
   *
   * @throws IllegalArgumentException if this map is flat or the route leads to no slot
   */
  public int[] visitFrom(IntUnaryOperator route, int max, BiConsumer<Object, Object> action) {
    if (root == null) {
      throw new IllegalArgumentException("a flat map has no trie");
    }
    return MapTrie.visitFrom(root, route, max, action);
  }

  /**
   * Entries in the order of {@code maps:to_list/1}. OTP builds that list from the iterator's last
   * entry back, so for a large map it is the reverse of {@link #entries()}; for a flat map it is
   * the same.
   */
  public List<Map.Entry<Object, Object>> toList() {
    if (root != null) {
      return trieInListOrder(AbstractMap.SimpleImmutableEntry::new);
    }
    List<Map.Entry<Object, Object>> out = new ArrayList<>(size);
    for (Map.Entry<Object, Object> e : entries()) {
      out.add(e);
    }
    return out;
  }

  /** The keys in the order of {@code maps:keys/1} (that of {@link #toList()}). */
  public List<Object> keys() {
    return root == null ? List.of(keys) : trieInListOrder((k, v) -> k);
  }

  /** The values in the order of {@code maps:values/1} (that of {@link #toList()}). */
  public List<Object> values() {
    return root == null ? List.of(vals) : trieInListOrder((k, v) -> v);
  }

  /** For a large map, one item per entry, made by {@code item}, in the order of {@link #toList()}. */
  private <T> List<T> trieInListOrder(BiFunction<Object, Object, T> item) {
    List<T> out = new ArrayList<>(size);
    MapTrie.forEach(root, (k, v) -> out.add(item.apply(k, v)));
    Collections.reverse(out);
    return out;
  }

  /** The keys sorted in map key order, the order in which term comparison visits them. */
  Object[] sortedKeys() {
    if (root == null) {
      return keys;
    }
    Object[] ks = keys().toArray();
    Arrays.sort(ks, Terms::compareMapKeys);
    return ks;
  }
}
