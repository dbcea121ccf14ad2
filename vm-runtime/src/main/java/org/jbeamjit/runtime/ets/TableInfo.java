package org.jbeamjit.runtime.ets;

import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.jbeamjit.runtime.process.LocalNode;
import org.jbeamjit.runtime.term.Atom;
import org.jbeamjit.runtime.term.Atoms;
import org.jbeamjit.runtime.term.Tuple;

/** The items of {@code ets:info/1,2}. */
final class TableInfo {
  private static final Atom ID = Atom.of("id");
  private static final Atom DECENTRALIZED_COUNTERS = Atom.of("decentralized_counters");
  private static final Atom READ_CONCURRENCY = Atom.of("read_concurrency");
  private static final Atom WRITE_CONCURRENCY = Atom.of("write_concurrency");
  private static final Atom COMPRESSED = Atom.of("compressed");
  private static final Atom MEMORY = Atom.of("memory");
  private static final Atom OWNER = Atom.of("owner");
  private static final Atom HEIR = Atom.of("heir");
  private static final Atom NAME = Atom.of("name");
  private static final Atom SIZE = Atom.of("size");
  private static final Atom NODE = Atom.of("node");
  private static final Atom NAMED_TABLE = Atom.of("named_table");
  private static final Atom TYPE = Atom.of("type");
  private static final Atom KEYPOS = Atom.of("keypos");
  private static final Atom PROTECTION = Atom.of("protection");
  private static final Atom FIXED = Atom.of("fixed");
  private static final Atom SAFE_FIXED = Atom.of("safe_fixed");
  private static final Atom SAFE_FIXED_MONOTONIC_TIME = Atom.of("safe_fixed_monotonic_time");
  private static final Atom STATS = Atom.of("stats");
  private static final Atom NONE = Atom.of("none");

  /** What {@code ets:info/1} lists, in OTP's order. */
  static final List<Atom> ALL = List.of(ID, DECENTRALIZED_COUNTERS, READ_CONCURRENCY, WRITE_CONCURRENCY,
      COMPRESSED, MEMORY, OWNER, HEIR, NAME, SIZE, NODE, NAMED_TABLE, TYPE, KEYPOS, PROTECTION);

  /** Words OTP 25 reports for an empty hash table and an empty ordered set. */
  private static final long EMPTY_HASH_WORDS = 305;
  private static final long EMPTY_TREE_WORDS = 139;
  /** Words of bookkeeping per object: a hash chain link, a tree node. */
  private static final long HASH_OBJECT_WORDS = 4;
  private static final long TREE_OBJECT_WORDS = 5;

  private TableInfo() {}

  /** The value of {@code item}, or {@code null} if it is no item of ets:info/2. */
  static Object item(EtsTable t, Atom item) {
    if (item == ID) {
      return t.id;
    } else if (item == DECENTRALIZED_COUNTERS) {
      return Atoms.bool(t.decentralizedCounters);
    } else if (item == READ_CONCURRENCY) {
      return Atoms.bool(t.readConcurrency);
    } else if (item == WRITE_CONCURRENCY) {
      return t.writeConcurrency;
    } else if (item == COMPRESSED) {
      return Atoms.bool(t.compressed);
    } else if (item == MEMORY) {
      return memory(t);
    } else if (item == OWNER) {
      return t.owner();
    } else if (item == HEIR) {
      return t.heir() == null ? NONE : t.heir();
    } else if (item == NAME) {
      return t.name();
    } else if (item == SIZE) {
      return t.store.size();
    } else if (item == NODE) {
      return LocalNode.NAME;
    } else if (item == NAMED_TABLE) {
      return Atoms.bool(t.named);
    } else if (item == TYPE) {
      return t.type.atom;
    } else if (item == KEYPOS) {
      return (long) t.keypos;
    } else if (item == PROTECTION) {
      return t.protection().atom;
    } else if (item == FIXED) {
      return Atoms.bool(t.isFixed());
    } else if (item == SAFE_FIXED) {
      return t.safeFixed(false);
    } else if (item == SAFE_FIXED_MONOTONIC_TIME) {
      return t.safeFixed(true);
    } else if (item == STATS) {
      return stats(t);
    }
    return null;
  }

  /** The table's size in words, estimated as OTP would count it (see {@link TermWords}). */
  static long memory(EtsTable t) {
    boolean tree = t.type == TableType.ORDERED_SET;
    long words = tree ? EMPTY_TREE_WORDS : EMPTY_HASH_WORDS;
    long perObject = tree ? TREE_OBJECT_WORDS : HASH_OBJECT_WORDS;
    for (Object stored : t.store.storedValues()) {
      for (Tuple o : t.store.objects(stored)) {
        words += perObject + TermWords.of(o);
      }
    }
    return words;
  }

  /**
   * {@code stats}: for a hash table OTP's {@code {Buckets, AvgChain, StdDevChain, ExpectedStdDev,
   * MinChain, MaxChain, KeptItems, Locks}}, measured over the slots of {@link Slots}; for an
   * ordered set, {@code false}.
   */
  private static Object stats(EtsTable t) {
    if (t.type == TableType.ORDERED_SET) {
      return Atoms.FALSE;
    }
    int bits = Slots.slotBits(t.store.size());
    int buckets = 1 << bits;
    int[] chains = new int[buckets];
    for (Iterator<Map.Entry<Object, Object>> it = t.store.map.entries(false, null, false); it.hasNext(); ) {
      chains[((KeyOrder.Hashed) it.next().getKey()).reversedHash() >>> (32 - bits)]++;
    }
    long keys = 0;
    long min = Long.MAX_VALUE;
    long max = 0;
    for (int c : chains) {
      keys += c;
      min = Math.min(min, c);
      max = Math.max(max, c);
    }
    double avg = (double) keys / buckets;
    double var = 0;
    for (int c : chains) {
      var += (c - avg) * (c - avg);
    }
    double stdDev = Math.sqrt(var / buckets);
    double expected = Math.sqrt(avg * (1 - 1.0 / buckets));
    Object locks = t.writeConcurrency instanceof Tuple d ? d.get(1) : t.writeConcurrency == Atoms.FALSE ? 1L : 64L;
    return Tuple.of((long) buckets, avg, stdDev, expected, min, max, 0L, locks);
  }
}
