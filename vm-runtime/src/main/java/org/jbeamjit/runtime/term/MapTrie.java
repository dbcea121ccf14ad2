package org.jbeamjit.runtime.term;

import java.util.AbstractMap;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.BiConsumer;
import java.util.function.IntUnaryOperator;

/**
 * The persistent hash trie behind maps of more than 32 keys, shaped as OTP's HAMT: 16-way nodes,
 * each level consuming the next 4 bits of the key's hash, lowest bits first. A 32-bit hash lasts
 * 8 levels; the next 8 use a fresh hash of the key salted with the generation ({@link
 * MapKeyHash#hash}). Iteration visits children in slot order, which is OTP's order.
 *
 * <p>Nodes never change after construction; an update copies the path from the root to the
 * changed leaf, so it costs O(log n).
 */
final class MapTrie {
  private MapTrie() {}

  /** Levels before keys that still agree are kept in a {@link Collision} bucket. */
  private static final int MAX_LEVEL = 64;

  static final Node EMPTY = new Node(0, new Object[0]);

  /** An inner node: a 16-bit bitmap of occupied slots and the occupants, in slot order. */
  static final class Node {
    final int bitmap;
    /** Each a {@link Leaf}, {@link Node} or {@link Collision}. */
    final Object[] slots;

    Node(int bitmap, Object[] slots) {
      this.bitmap = bitmap;
      this.slots = slots;
    }
  }

  static final class Leaf {
    final Object key;
    final Object value;
    /** The key's generation-0 hash, kept to spare rehashing when a slot splits. */
    final int hash0;

    Leaf(Object key, Object value, int hash0) {
      this.key = key;
      this.value = value;
      this.hash0 = hash0;
    }
  }

  /** Keys whose hashes agree at every level (only possible for a weak hash). */
  static final class Collision {
    final Leaf[] leaves;

    Collision(Leaf[] leaves) {
      this.leaves = leaves;
    }
  }

  /** What an insertion did, for the caller's size count. */
  static final class Change {
    boolean added;
  }

  /** The 4-bit slot index of a key at a level. */
  private static int chunk(Object key, int hash0, int level) {
    int generation = level >>> 3;
    int h = generation == 0 ? hash0 : MapKeyHash.hash(key, generation);
    return (h >>> (4 * (level & 7))) & 0xF;
  }

  private static int position(int bitmap, int bit) {
    return Integer.bitCount(bitmap & (bit - 1));
  }

  static Object get(Node root, Object key) {
    int hash0 = MapKeyHash.hash(key, 0);
    Node n = root;
    for (int level = 0; ; level++) {
      int bit = 1 << chunk(key, hash0, level);
      if ((n.bitmap & bit) == 0) {
        return null;
      }
      Object s = n.slots[position(n.bitmap, bit)];
      if (s instanceof Node) {
        n = (Node) s;
      } else if (s instanceof Leaf) {
        Leaf l = (Leaf) s;
        return Terms.exactEquals(l.key, key) ? l.value : null;
      } else {
        for (Leaf l : ((Collision) s).leaves) {
          if (Terms.exactEquals(l.key, key)) {
            return l.value;
          }
        }
        return null;
      }
    }
  }

  /** {@code root} with the key bound; the same node if nothing changed. */
  static Node put(Node root, Object key, Object value, Change change) {
    return put(root, new Leaf(key, value, MapKeyHash.hash(key, 0)), 0, change);
  }

  private static Node put(Node n, Leaf leaf, int level, Change change) {
    int bit = 1 << chunk(leaf.key, leaf.hash0, level);
    int pos = position(n.bitmap, bit);
    if ((n.bitmap & bit) == 0) {
      change.added = true;
      Object[] slots = new Object[n.slots.length + 1];
      System.arraycopy(n.slots, 0, slots, 0, pos);
      slots[pos] = leaf;
      System.arraycopy(n.slots, pos, slots, pos + 1, n.slots.length - pos);
      return new Node(n.bitmap | bit, slots);
    }
    Object s = n.slots[pos];
    Object replacement;
    if (s instanceof Node) {
      Node child = put((Node) s, leaf, level + 1, change);
      if (child == s) {
        return n;
      }
      replacement = child;
    } else if (s instanceof Leaf) {
      Leaf old = (Leaf) s;
      if (Terms.exactEquals(old.key, leaf.key)) {
        if (old.value == leaf.value && old.key == leaf.key) {
          return n;
        }
        // OTP's hash maps take the new key too (it differs from the old one only as 0.0 and
        // -0.0 do, which OTP 25 holds equal); its flat maps keep the old key.
        replacement = leaf;
      } else {
        change.added = true;
        replacement = split(old, leaf, level + 1);
      }
    } else {
      replacement = putInCollision((Collision) s, leaf, change);
      if (replacement == s) {
        return n;
      }
    }
    Object[] slots = n.slots.clone();
    slots[pos] = replacement;
    return new Node(n.bitmap, slots);
  }

  /** The subtree at {@code level} holding two leaves whose keys differ. */
  private static Object split(Leaf a, Leaf b, int level) {
    if (level >= MAX_LEVEL) {
      return new Collision(new Leaf[] {a, b});
    }
    int ia = chunk(a.key, a.hash0, level);
    int ib = chunk(b.key, b.hash0, level);
    if (ia == ib) {
      return new Node(1 << ia, new Object[] {split(a, b, level + 1)});
    }
    Object[] slots = ia < ib ? new Object[] {a, b} : new Object[] {b, a};
    return new Node((1 << ia) | (1 << ib), slots);
  }

  private static Collision putInCollision(Collision c, Leaf leaf, Change change) {
    Leaf[] ls = c.leaves;
    for (int i = 0; i < ls.length; i++) {
      if (Terms.exactEquals(ls[i].key, leaf.key)) {
        if (ls[i].value == leaf.value) {
          return c;
        }
        Leaf[] copy = ls.clone();
        copy[i] = new Leaf(ls[i].key, leaf.value, ls[i].hash0);
        return new Collision(copy);
      }
    }
    change.added = true;
    Leaf[] copy = java.util.Arrays.copyOf(ls, ls.length + 1);
    copy[ls.length] = leaf;
    return new Collision(copy);
  }

  /** {@code root} without the key; the same node if it had no such key. */
  static Node remove(Node root, Object key) {
    Object r = remove(root, key, MapKeyHash.hash(key, 0), 0);
    if (r == root) {
      return root;
    }
    if (r instanceof Node) {
      return (Node) r;
    }
    // The root keeps a lone survivor in its own slot.
    Leaf l = (Leaf) r;
    return r == null ? EMPTY : new Node(1 << chunk(l.key, l.hash0, 0), new Object[] {l});
  }

  /**
   * The subtree without the key: the same object if absent, {@code null} if nothing is left, or a
   * lone leaf when a node would be left holding just that leaf (the parent takes it in directly).
   * A collision bucket is never hoisted: it belongs at the deepest level.
   */
  private static Object remove(Node n, Object key, int hash0, int level) {
    int bit = 1 << chunk(key, hash0, level);
    if ((n.bitmap & bit) == 0) {
      return n;
    }
    int pos = position(n.bitmap, bit);
    Object s = n.slots[pos];
    Object replacement;
    if (s instanceof Node) {
      replacement = remove((Node) s, key, hash0, level + 1);
      if (replacement == s) {
        return n;
      }
    } else if (s instanceof Leaf) {
      if (!Terms.exactEquals(((Leaf) s).key, key)) {
        return n;
      }
      replacement = null;
    } else {
      replacement = removeFromCollision((Collision) s, key);
      if (replacement == s) {
        return n;
      }
    }
    if (replacement == null) {
      int left = n.slots.length - 1;
      if (left == 0) {
        return null;
      }
      if (left == 1 && n.slots[1 - pos] instanceof Leaf) {
        return n.slots[1 - pos];
      }
      Object[] slots = new Object[left];
      System.arraycopy(n.slots, 0, slots, 0, pos);
      System.arraycopy(n.slots, pos + 1, slots, pos, left - pos);
      return new Node(n.bitmap & ~bit, slots);
    }
    if (n.slots.length == 1 && replacement instanceof Leaf) {
      return replacement;
    }
    Object[] slots = n.slots.clone();
    slots[pos] = replacement;
    return new Node(n.bitmap, slots);
  }

  private static Object removeFromCollision(Collision c, Object key) {
    Leaf[] ls = c.leaves;
    for (int i = 0; i < ls.length; i++) {
      if (Terms.exactEquals(ls[i].key, key)) {
        if (ls.length == 2) {
          return ls[1 - i];
        }
        Leaf[] copy = new Leaf[ls.length - 1];
        System.arraycopy(ls, 0, copy, 0, i);
        System.arraycopy(ls, i + 1, copy, i, ls.length - i - 1);
        return new Collision(copy);
      }
    }
    return c;
  }

  static void forEach(Node n, BiConsumer<Object, Object> action) {
    for (Object s : n.slots) {
      if (s instanceof Leaf) {
        action.accept(((Leaf) s).key, ((Leaf) s).value);
      } else if (s instanceof Node) {
        forEach((Node) s, action);
      } else {
        for (Leaf l : ((Collision) s).leaves) {
          action.accept(l.key, l.value);
        }
      }
    }
  }

  /**
   * Visits up to {@code max} entries in iteration order from the slot {@code route} leads to (see
   * {@link ErlMap#visitFrom}); returns the route to the next unvisited slot, or null if none is left.
   */
  static int[] visitFrom(Node root, IntUnaryOperator route, int max, BiConsumer<Object, Object> action) {
    Object[][] stack = new Object[MAX_LEVEL + 2][];
    int[] index = new int[MAX_LEVEL + 2];
    Object[] slots = root.slots;
    int depth = 0;
    for (;; depth++) {
      int i = route.applyAsInt(depth);
      if (depth > MAX_LEVEL || i < 0 || i >= slots.length) {
        throw new IllegalArgumentException("no slot " + i + " at level " + depth);
      }
      stack[depth] = slots;
      index[depth] = i;
      if (slots[i] instanceof Node n) {
        slots = n.slots;
      } else if (slots[i] instanceof Collision c) {
        slots = c.leaves;
      } else {
        break;
      }
    }
    int visited = 0;
    while (depth >= 0) {
      if (index[depth] == stack[depth].length) {
        depth--;
        if (depth >= 0) {
          index[depth]++;
        }
        continue;
      }
      if (visited == max) {
        return java.util.Arrays.copyOf(index, depth + 1);
      }
      Object s = stack[depth][index[depth]];
      if (s instanceof Leaf l) {
        action.accept(l.key, l.value);
        visited++;
        index[depth]++;
      } else {
        depth++;
        stack[depth] = s instanceof Node n ? n.slots : ((Collision) s).leaves;
        index[depth] = 0;
      }
    }
    return null;
  }

  /** Entries in slot order, depth first. */
  static Iterator<Map.Entry<Object, Object>> iterator(Node root) {
    return new Iterator<>() {
      private final Object[][] stack = new Object[MAX_LEVEL + 2][];
      private final int[] index = new int[MAX_LEVEL + 2];
      private int depth;
      private Leaf[] bucket;
      private int bucketIndex;
      private Leaf next;

      {
        stack[0] = root.slots;
        advance();
      }

      private void advance() {
        next = null;
        if (bucket != null) {
          if (bucketIndex < bucket.length) {
            next = bucket[bucketIndex++];
            return;
          }
          bucket = null;
        }
        while (depth >= 0) {
          Object[] slots = stack[depth];
          if (index[depth] == slots.length) {
            depth--;
            continue;
          }
          Object s = slots[index[depth]++];
          if (s instanceof Leaf) {
            next = (Leaf) s;
            return;
          } else if (s instanceof Node) {
            depth++;
            stack[depth] = ((Node) s).slots;
            index[depth] = 0;
          } else {
            bucket = ((Collision) s).leaves;
            bucketIndex = 1;
            next = bucket[0];
            return;
          }
        }
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
        Leaf l = next;
        advance();
        return new AbstractMap.SimpleImmutableEntry<>(l.key, l.value);
      }
    };
  }
}
