package org.jbeamjit.runtime.bif;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jbeamjit.runtime.error.ErlangException;
import org.jbeamjit.runtime.term.Atom;
import org.jbeamjit.runtime.term.Atoms;
import org.jbeamjit.runtime.term.Cons;
import org.jbeamjit.runtime.term.ErlMap;
import org.jbeamjit.runtime.term.Integers;
import org.jbeamjit.runtime.term.Nil;
import org.jbeamjit.runtime.term.Tuple;

/**
 * The functions of module {@code maps} that OTP implements in C, and {@code
 * erts_internal:map_next/3}, on which {@code maps:iterator/1}, {@code next/1}, {@code to_list/1}
 * and the folds are built. A non-map raises {@code {badmap, Term}} and a missing key {@code
 * {badkey, Key}}; lists must be proper ({@code badarg}).
 */
public final class MapsModuleBifs {
  private static final Atom BADMAP = Atom.of("badmap");
  private static final Atom BADKEY = Atom.of("badkey");
  private static final Atom ITERATOR = Atom.of("iterator");
  private static final Atom NONE = Atom.of("none");
  /** OTP's first step through a large map stops after this many entries ({@code MAP_SMALL_MAP_LIMIT}). */
  private static final int FIRST_STEP = ErlMap.FLAT_LIMIT;
  /**
   * Later steps in OTP take as many entries as a quarter of the caller's remaining reductions;
   * this is that for a process early in its time slice.
   */
  private static final int LATER_STEP = 1000;

  private MapsModuleBifs() {}

  @Bif(module = "maps", name = "get")
  public static Object get(Object key, Object map) {
    Object v = map(map).get(key);
    if (v == null) {
      throw ErlangException.error(new Tuple(BADKEY, key));
    }
    return v;
  }

  @Bif(module = "maps", name = "find")
  public static Object find(Object key, Object map) {
    Object v = map(map).get(key);
    return v == null ? Atoms.ERROR : new Tuple(Atoms.OK, v);
  }

  @Bif(module = "maps", name = "is_key")
  public static Object isKey(Object key, Object map) {
    return Atoms.bool(map(map).containsKey(key));
  }

  @Bif(module = "maps", name = "put")
  public static Object put(Object key, Object value, Object map) {
    return map(map).put(key, value);
  }

  @Bif(module = "maps", name = "update")
  public static Object update(Object key, Object value, Object map) {
    ErlMap m = map(map);
    if (!m.containsKey(key)) {
      throw ErlangException.error(new Tuple(BADKEY, key));
    }
    return m.put(key, value);
  }

  @Bif(module = "maps", name = "remove")
  public static Object remove(Object key, Object map) {
    return map(map).remove(key);
  }

  /** {@code {Value, MapWithoutKey}}, or {@code error} if there is no such key. */
  @Bif(module = "maps", name = "take")
  public static Object take(Object key, Object map) {
    ErlMap m = map(map);
    Object v = m.get(key);
    return v == null ? Atoms.ERROR : new Tuple(v, m.remove(key));
  }

  @Bif(module = "maps", name = "keys")
  public static Object keys(Object map) {
    return Cons.fromList(map(map).keys());
  }

  @Bif(module = "maps", name = "values")
  public static Object values(Object map) {
    return Cons.fromList(map(map).values());
  }

  /** The keys of both; where both have a key, the second map's value. */
  @Bif(module = "maps", name = "merge")
  public static Object merge(Object map1, Object map2) {
    ErlMap a = map(map1);
    ErlMap b = map(map2);
    if (a.size() <= b.size()) {
      ErlMap out = b;
      for (Map.Entry<Object, Object> e : a.entries()) {
        if (!b.containsKey(e.getKey())) {
          out = out.put(e.getKey(), e.getValue());
        }
      }
      return out;
    }
    ErlMap out = a;
    for (Map.Entry<Object, Object> e : b.entries()) {
      out = putWithKey(out, e.getKey(), e.getValue());
    }
    return out;
  }

  /**
   * The map with the key bound, taking this key term even where an equal one is there already
   * (they differ only as 0.0 and -0.0 do, which OTP 25 holds equal): as OTP's {@code merge},
   * {@code from_list} and {@code from_keys} do, unlike {@code put} on a small map.
   */
  private static ErlMap putWithKey(ErlMap m, Object key, Object value) {
    ErlMap r = m.put(key, value);
    return r.isFlat() && m.containsKey(key) ? m.remove(key).put(key, value) : r;
  }

  /** A map of {@code {Key, Value}} pairs; a later pair wins over an earlier one of the same key. */
  @Bif(module = "maps", name = "from_list")
  public static Object fromList(Object list) {
    ErlMap m = ErlMap.EMPTY;
    for (Object pair : Args.listToArray(list)) {
      if (!(pair instanceof Tuple t && t.arity() == 2)) {
        throw ErlangException.badarg();
      }
      m = putWithKey(m, t.get(0), t.get(1));
    }
    return m;
  }

  @Bif(module = "maps", name = "from_keys")
  public static Object fromKeys(Object keys, Object value) {
    ErlMap m = ErlMap.EMPTY;
    for (Object k : Args.listToArray(keys)) {
      m = putWithKey(m, k, value);
    }
    return m;
  }

  /**
   * One step through a map, from position {@code path}: with {@code iterator}, the entries as
   * {@code {K1, V1, {K2, V2, ... Next}}}, Next being {@code none} or {@code [Path | Map]}; with a
   * list, the entries as {@code {K, V}} pairs pushed onto it, in front of {@code Path, Map} if
   * entries remain. A flat map is done in one step; a large one's path addresses a slot of OTP's
   * hash trie, 4 bits per level, lowest first. How many entries a step takes is OTP's for a process
   * with a full time slice, the case the oracle tests run.
   */
  @Bif(module = "erts_internal", name = "map_next")
  public static Object mapNext(Object path, Object map, Object mode) {
    if (!(map instanceof ErlMap m)) {
      throw ErlangException.badarg();
    }
    boolean iterator = mode == ITERATOR;
    if (!iterator && !(mode instanceof Cons || mode == Nil.NIL)) {
      throw ErlangException.badarg();
    }
    BigInteger position = pathValue(path);
    List<Object> flat = new ArrayList<>();
    int[] next = null;
    if (m.isFlat()) {
      if (!Integers.isSmall(path) || position.compareTo(BigInteger.valueOf(m.size())) > 0) {
        throw ErlangException.badarg();
      }
      for (Map.Entry<Object, Object> e : m.entries()) {
        flat.add(e.getKey());
        flat.add(e.getValue());
      }
    } else {
      int max = position.signum() == 0 ? FIRST_STEP : LATER_STEP;
      try {
        next = m.visitFrom(level -> position.shiftRight(4 * level).intValue() & 0xF, max, (k, v) -> {
          flat.add(k);
          flat.add(v);
        });
      } catch (IllegalArgumentException e) {
        throw ErlangException.badarg();
      }
    }
    if (iterator) {
      Object out = next == null ? NONE : new Cons(pathOf(next), m);
      for (int i = flat.size() - 2; i >= 0; i -= 2) {
        out = new Tuple(flat.get(i), flat.get(i + 1), out);
      }
      return out;
    }
    // A flat map's pairs go onto the list in order; a large map's one by one as visited, so reversed.
    Object out = mode;
    if (m.isFlat()) {
      for (int i = flat.size() - 2; i >= 0; i -= 2) {
        out = new Cons(new Tuple(flat.get(i), flat.get(i + 1)), out);
      }
      return out;
    }
    for (int i = 0; i < flat.size(); i += 2) {
      out = new Cons(new Tuple(flat.get(i), flat.get(i + 1)), out);
    }
    return next == null ? out : new Cons(pathOf(next), new Cons(m, out));
  }

  /**
   * A path as OTP reads it: a bignum must not be negative; a small integer is taken as the
   * unsigned 60-bit word it is stored in.
   */
  private static BigInteger pathValue(Object path) {
    if (Integers.isSmall(path)) {
      return BigInteger.valueOf((Long) path & ((1L << Integers.SMALL_BITS) - 1));
    } else if (Integers.isInteger(path) && Integers.toBig(path).signum() >= 0) {
      return Integers.toBig(path);
    }
    throw ErlangException.badarg();
  }

  private static Object pathOf(int[] route) {
    BigInteger p = BigInteger.ZERO;
    for (int i = route.length - 1; i >= 0; i--) {
      p = p.shiftLeft(4).or(BigInteger.valueOf(route[i]));
    }
    return Integers.normalize(p);
  }

  private static ErlMap map(Object t) {
    if (t instanceof ErlMap m) {
      return m;
    }
    throw ErlangException.error(new Tuple(BADMAP, t));
  }
}
