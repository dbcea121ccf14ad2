package org.jbeamjit.runtime.ets;

import java.util.AbstractMap;
import java.util.Comparator;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BiFunction;
import org.jbeamjit.runtime.ets.KeyOrder.Hashed;

/**
 * The map of a hash table ({@code set}, {@code bag}, {@code duplicate_bag}): keys in buckets by
 * their hash, with OTP's constant-time operations, and traversal in the hash order of
 * {@link KeyOrder#HASH}.
 *
 * <p>A key's bucket is the top bits of its reversed hash, so the buckets in array order, each
 * chain sorted, are the keys in hash order; doubling the table splits a bucket into two
 * neighbours and halving merges them, so that order never changes. Chains are immutable lists,
 * replaced whole in their bucket's slot: readers take no lock and see a bucket before or after a
 * change, never half of one. Writers lock one of {@link #STRIPES} locks, chosen by the top bits of
 * the reversed hash (the same lock whatever the table's size); resizing takes them all. A bitmap
 * of the non-empty buckets, with a summary bitmap over it, lets traversal skip empty buckets.
 */
final class HashKeyMap extends KeyMap {
  private static final int STRIPE_BITS = 6;
  private static final int STRIPES = 1 << STRIPE_BITS;
  /** The fewest bucket bits: at least one bucket per stripe. */
  private static final int MIN_BITS = STRIPE_BITS;
  private static final int MAX_BITS = 28;

  /** One key in a chain: immutable, so a chain can be shared by the versions of its bucket. */
  private record Node(Hashed key, Object value, Node next) {}

  /** The buckets, by the top {@code bits} bits of the reversed hash. */
  private static final class Table {
    final int bits;
    final AtomicReferenceArray<Node> buckets;
    /** Bit i set: bucket i is not empty. */
    final AtomicLongArray occupied;
    /** Bit w set: word w of {@link #occupied} may be non-zero (a scan that finds it zero clears it). */
    final AtomicLongArray summary;

    Table(int bits) {
      this.bits = bits;
      int n = 1 << bits;
      this.buckets = new AtomicReferenceArray<>(n);
      int words = Math.max(1, n >>> 6);
      this.occupied = new AtomicLongArray(words);
      this.summary = new AtomicLongArray(Math.max(1, words >>> 6));
    }

    int bucket(Hashed key) {
      return key.reversedHash() >>> (32 - bits);
    }

    int size() {
      return buckets.length();
    }

    void markOccupied(int i) {
      long bit = 1L << (i & 63);
      int w = i >>> 6;
      occupied.getAndUpdate(w, x -> x | bit);
      long sbit = 1L << (w & 63);
      summary.getAndUpdate(w >>> 6, x -> x | sbit);
    }

    void markEmpty(int i) {
      long bit = 1L << (i & 63);
      occupied.getAndUpdate(i >>> 6, x -> x & ~bit);
    }

    /** The first bucket from {@code i} on that may not be empty, or -1. */
    int nextOccupied(int i) {
      int n = size();
      if (i >= n) {
        return -1;
      }
      int w = i >>> 6;
      long bitsHere = occupied.get(w) & (-1L << (i & 63));
      if (bitsHere != 0) {
        return (w << 6) + Long.numberOfTrailingZeros(bitsHere);
      }
      int words = occupied.length();
      for (int nw = w + 1; nw < words; ) {
        int sw = nw >>> 6;
        long s = summary.get(sw) & (-1L << (nw & 63));
        while (s != 0) {
          int cw = (sw << 6) + Long.numberOfTrailingZeros(s);
          long b = occupied.get(cw);
          if (b == 0) {
            // An empty word: drop its summary bit, so that scans (ets:first/1 after deleting
            // from the front, say) stop visiting it. A writer sets the word's bit before the
            // summary's, so reading the word again after clearing tells whether one raced us.
            long sbit = 1L << (cw & 63);
            summary.getAndUpdate(sw, x -> x & ~sbit);
            b = occupied.get(cw);
            if (b != 0) {
              summary.getAndUpdate(sw, x -> x | sbit);
            }
          }
          if (b != 0) {
            return (cw << 6) + Long.numberOfTrailingZeros(b);
          }
          s &= s - 1;
        }
        nw = (sw + 1) << 6;
      }
      return -1;
    }

    /** The last bucket up to {@code i} that may not be empty, or -1. */
    int prevOccupied(int i) {
      for (int w = i >>> 6; w >= 0; w--) {
        long b = occupied.get(w);
        if (w == i >>> 6) {
          b &= (i & 63) == 63 ? -1L : (1L << ((i & 63) + 1)) - 1;
        }
        if (b != 0) {
          return (w << 6) + 63 - Long.numberOfLeadingZeros(b);
        }
      }
      return -1;
    }
  }

  private final Comparator<Object> order;
  private final ReentrantLock[] locks = new ReentrantLock[STRIPES];
  private final AtomicLong keys = new AtomicLong();
  private volatile Table table = new Table(MIN_BITS);

  HashKeyMap(KeyOrder order) {
    this.order = order.comparator();
    for (int i = 0; i < STRIPES; i++) {
      locks[i] = new ReentrantLock();
    }
  }

  // ---- one key ----

  @Override
  Object get(Object key) {
    Hashed h = (Hashed) key;
    Table t = table;
    for (Node n = t.buckets.get(t.bucket(h)); n != null; n = n.next) {
      if (n.key.equals(h)) {
        return n.value;
      }
    }
    return null;
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

  /** Runs {@code f} once, under the key's stripe lock. */
  @Override
  Object compute(Object key, BiFunction<Object, Object, Object> f) {
    Hashed h = (Hashed) key;
    ReentrantLock lock = locks[h.reversedHash() >>> (32 - STRIPE_BITS)];
    Object now;
    long delta;
    lock.lock();
    try {
      Table t = table;
      int b = t.bucket(h);
      Node head = t.buckets.get(b);
      Node found = null;
      for (Node n = head; n != null; n = n.next) {
        if (n.key.equals(h)) {
          found = n;
          break;
        }
      }
      Object old = found == null ? null : found.value;
      now = f.apply(found == null ? h : found.key, old);
      if (now == old) {
        return now;
      }
      Node newHead;
      if (found != null) {
        newHead = now == null ? without(head, found) : replaced(head, found, now);
        delta = now == null ? -1 : 0;
      } else {
        newHead = inserted(head, new Node(h, now, null));
        delta = 1;
      }
      t.buckets.set(b, newHead);
      if (head == null && newHead != null) {
        t.markOccupied(b);
      } else if (head != null && newHead == null) {
        t.markEmpty(b);
      }
    } finally {
      lock.unlock();
    }
    if (delta != 0) {
      long n = keys.addAndGet(delta);
      Table t = table;
      if (n > 2L * t.size() && t.bits < MAX_BITS) {
        resize(t.bits + 1);
      } else if (n < t.size() / 8 && t.bits > MIN_BITS) {
        resize(t.bits - 1);
      }
    }
    return now;
  }

  /** The chain with {@code node} in its sorted place; the part after it is shared. */
  private Node inserted(Node head, Node node) {
    Node stop = head;
    while (stop != null && order.compare(stop.key, node.key) < 0) {
      stop = stop.next;
    }
    return copyUntil(head, stop, new Node(node.key, node.value, stop));
  }

  private static Node without(Node head, Node gone) {
    return copyUntil(head, gone, gone.next);
  }

  private static Node replaced(Node head, Node old, Object value) {
    return copyUntil(head, old, new Node(old.key, value, old.next));
  }

  /**
   * A copy of the chain's nodes from {@code head} up to {@code stop} (not included), followed by
   * {@code rest}. A loop, not a recursion: a chain of many colliding keys must not deepen the stack.
   */
  private static Node copyUntil(Node head, Node stop, Node rest) {
    int k = 0;
    for (Node n = head; n != stop; n = n.next) {
      k++;
    }
    Node[] prefix = new Node[k];
    int i = 0;
    for (Node n = head; n != stop; n = n.next) {
      prefix[i++] = n;
    }
    Node r = rest;
    for (i = k - 1; i >= 0; i--) {
      r = new Node(prefix[i].key, prefix[i].value, r);
    }
    return r;
  }

  // ---- the whole table ----

  /** Doubles or halves the buckets, unless another thread did meanwhile. */
  private void resize(int bits) {
    lockAll();
    try {
      Table old = table;
      long n = keys.get();
      boolean still = bits > old.bits ? n > 2L * old.size() : n < old.size() / 8;
      if (Math.abs(bits - old.bits) != 1 || !still) {
        return;
      }
      Table t = new Table(bits);
      if (bits > old.bits) {
        for (int i = 0; i < old.size(); i++) {
          // The keys whose next hash bit is 0 sort first: the chain splits in two, in order.
          Node head = old.buckets.get(i);
          Node high = head;
          while (high != null && t.bucket(high.key) == 2 * i) {
            high = high.next;
          }
          place(t, 2 * i, copyUntil(head, high, null));
          place(t, 2 * i + 1, high);
        }
      } else {
        for (int i = 0; i < t.size(); i++) {
          place(t, i, copyUntil(old.buckets.get(2 * i), null, old.buckets.get(2 * i + 1)));
        }
      }
      table = t;
    } finally {
      unlockAll();
    }
  }

  private static void place(Table t, int i, Node chain) {
    if (chain != null) {
      t.buckets.set(i, chain);
      t.markOccupied(i);
    }
  }

  private void lockAll() {
    for (ReentrantLock l : locks) {
      l.lock();
    }
  }

  private void unlockAll() {
    for (int i = STRIPES - 1; i >= 0; i--) {
      locks[i].unlock();
    }
  }

  @Override
  void clear() {
    lockAll();
    try {
      table = new Table(MIN_BITS);
      keys.set(0);
    } finally {
      unlockAll();
    }
  }

  @Override
  int keyCount() {
    return (int) Math.min(Integer.MAX_VALUE, keys.get());
  }

  // ---- order ----

  @Override
  Map.Entry<Object, Object> firstEntry() {
    Iterator<Map.Entry<Object, Object>> it = entries(false, null, false);
    return it.hasNext() ? it.next() : null;
  }

  @Override
  Map.Entry<Object, Object> higherEntry(Object key) {
    Iterator<Map.Entry<Object, Object>> it = entries(false, key, false);
    return it.hasNext() ? it.next() : null;
  }

  @Override
  Map.Entry<Object, Object> lastEntry() {
    Table t = table;
    for (int b = t.prevOccupied(t.size() - 1); b >= 0; b = t.prevOccupied(b - 1)) {
      Node last = null;
      for (Node n = t.buckets.get(b); n != null; n = n.next) {
        last = n;
      }
      if (last != null) {
        return entry(last);
      }
      if (b == 0) {
        break;
      }
    }
    return null;
  }

  @Override
  Map.Entry<Object, Object> lowerEntry(Object key) {
    Hashed h = (Hashed) key;
    Table t = table;
    int b = t.bucket(h);
    Node best = null;
    for (Node n = t.buckets.get(b); n != null && order.compare(n.key, h) < 0; n = n.next) {
      best = n;
    }
    if (best != null) {
      return entry(best);
    }
    for (int p = b == 0 ? -1 : t.prevOccupied(b - 1); p >= 0; p = p == 0 ? -1 : t.prevOccupied(p - 1)) {
      Node last = null;
      for (Node n = t.buckets.get(p); n != null; n = n.next) {
        last = n;
      }
      if (last != null) {
        return entry(last);
      }
    }
    return null;
  }

  @Override
  Iterator<Map.Entry<Object, Object>> entries(boolean reverse, Object from, boolean inclusive) {
    if (reverse) {
      return descending(from, inclusive, null);
    }
    return new Ascending(from, inclusive, null);
  }

  @Override
  Iterator<Map.Entry<Object, Object>> range(Object lo, Object hi, boolean reverse, Object from) {
    if (reverse) {
      return descending(from == null ? hi : from, from == null, lo);
    }
    return from == null ? new Ascending(lo, true, hi) : new Ascending(from, false, hi);
  }

  private static Map.Entry<Object, Object> entry(Node n) {
    return new AbstractMap.SimpleImmutableEntry<>(n.key, n.value);
  }

  /**
   * The entries in hash order after a key. It follows the live table: after a resize it finds
   * its place again in the new one, by the last key it returned.
   */
  private final class Ascending implements Iterator<Map.Entry<Object, Object>> {
    private final Object hi;
    private Object after;
    private boolean inclusive;
    private Node next;

    Ascending(Object from, boolean inclusive, Object hi) {
      this.after = from;
      this.inclusive = inclusive;
      this.hi = hi;
      this.next = find();
    }

    /** The first node after {@link #after} (or at it, if inclusive), in the current table. */
    private Node find() {
      Table t = table;
      int b = 0;
      if (after != null) {
        b = t.bucket((Hashed) after);
        for (Node n = t.buckets.get(b); n != null; n = n.next) {
          int c = order.compare(n.key, after);
          if (c > 0 || (c == 0 && inclusive)) {
            return within(n);
          }
        }
        b++;
      }
      for (b = t.nextOccupied(b); b >= 0; b = t.nextOccupied(b + 1)) {
        Node n = t.buckets.get(b);
        if (n != null) {
          return within(n);
        }
      }
      return null;
    }

    private Node within(Node n) {
      return hi != null && order.compare(n.key, hi) > 0 ? null : n;
    }

    @Override
    public boolean hasNext() {
      return next != null;
    }

    @Override
    public Map.Entry<Object, Object> next() {
      Node n = next;
      if (n == null) {
        throw new NoSuchElementException();
      }
      after = n.key;
      inclusive = false;
      next = n.next != null ? within(n.next) : find();
      return entry(n);
    }
  }

  /** Entries in reverse hash order, from {@code from} down to {@code lo}: one lookup per step (hash tables are rarely walked backwards). */
  private Iterator<Map.Entry<Object, Object>> descending(Object from, boolean inclusive, Object lo) {
    return new Iterator<>() {
      private Map.Entry<Object, Object> next = first();

      private Map.Entry<Object, Object> first() {
        if (from == null) {
          return bounded(lastEntry());
        }
        if (inclusive) {
          Object v = get(from);
          if (v != null) {
            return bounded(new AbstractMap.SimpleImmutableEntry<>(from, v));
          }
        }
        return bounded(lowerEntry(from));
      }

      private Map.Entry<Object, Object> bounded(Map.Entry<Object, Object> e) {
        return e == null || (lo != null && order.compare(e.getKey(), lo) < 0) ? null : e;
      }

      @Override
      public boolean hasNext() {
        return next != null;
      }

      @Override
      public Map.Entry<Object, Object> next() {
        Map.Entry<Object, Object> e = next;
        if (e == null) {
          throw new NoSuchElementException();
        }
        next = bounded(lowerEntry(e.getKey()));
        return e;
      }
    };
  }
}
