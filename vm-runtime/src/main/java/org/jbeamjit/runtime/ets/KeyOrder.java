package org.jbeamjit.runtime.ets;

import java.util.Comparator;
import org.jbeamjit.runtime.term.Terms;

/**
 * How a table orders and identifies its keys. An {@code ordered_set} keeps them in term order, where
 * {@code 1} and {@code 1.0} are the same key ({@code ==}). The hash tables ({@code set},
 * {@code bag}, {@code duplicate_bag}) tell keys apart exactly ({@code =:=}, under which OTP 25 has
 * {@code 0.0} equal to {@code -0.0}) and keep them in the order of their hash: read with its bits
 * reversed, so that the keys of a hash slot modulo any power of two are neighbours (which is what
 * {@code ets:slot/2} walks), then exactly.
 */
abstract class KeyOrder {
  /** The key under which the map stores {@code key}. */
  abstract Object mapKey(Object key);

  /** The comparator of map keys. */
  abstract Comparator<Object> comparator();

  /** A new, empty map for a table of this order. */
  abstract KeyMap newMap();

  static final KeyOrder TERM = new KeyOrder() {
    @Override
    Object mapKey(Object key) {
      return key;
    }

    @Override
    Comparator<Object> comparator() {
      return (a, b) -> {
        if (a instanceof TupleRange.Bound x) {
          return x.compareTo(b);
        } else if (b instanceof TupleRange.Bound y) {
          return -y.compareTo(a);
        }
        return Terms.compare(a, b);
      };
    }

    @Override
    KeyMap newMap() {
      return new KeyMap.Sorted(this);
    }
  };

  static final KeyOrder HASH = new KeyOrder() {
    @Override
    Object mapKey(Object key) {
      return new Hashed(Integer.reverse(Terms.hash(key)), key);
    }

    @Override
    Comparator<Object> comparator() {
      return (a, b) -> {
        Hashed x = (Hashed) a;
        Hashed y = (Hashed) b;
        int c = Integer.compareUnsigned(x.reversedHash, y.reversedHash);
        if (c != 0) {
          return c;
        } else if (x.key == BEFORE_ALL_KEYS || y.key == BEFORE_ALL_KEYS) {
          return x.key == y.key ? 0 : x.key == BEFORE_ALL_KEYS ? -1 : 1;
        }
        return Terms.compareMapKeys(x.key, y.key);
      };
    }

    @Override
    KeyMap newMap() {
      return new HashKeyMap(this);
    }
  };

  /** A key that sorts before every key of its hash: where a range of hashes starts. */
  static final Object BEFORE_ALL_KEYS = new Object();

  /**
   * A hash table's map key: the key with its hash, bits reversed; equal when the keys are
   * exactly equal (for the hash map that finds keys).
   */
  record Hashed(int reversedHash, Object key) {
    @Override
    public boolean equals(Object o) {
      return o instanceof Hashed h && h.reversedHash == reversedHash && Terms.exactEquals(h.key, key);
    }

    @Override
    public int hashCode() {
      return Integer.reverse(reversedHash);
    }
  }
}
