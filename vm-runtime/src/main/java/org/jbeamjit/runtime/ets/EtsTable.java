package org.jbeamjit.runtime.ets;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.locks.StampedLock;
import java.util.function.Supplier;
import org.jbeamjit.runtime.error.ErlangException;
import org.jbeamjit.runtime.process.ErlProcess;
import org.jbeamjit.runtime.process.MonotonicClock;
import org.jbeamjit.runtime.term.Atom;
import org.jbeamjit.runtime.term.Atoms;
import org.jbeamjit.runtime.term.Cons;
import org.jbeamjit.runtime.term.Pid;
import org.jbeamjit.runtime.term.Ref;
import org.jbeamjit.runtime.term.Tuple;

/**
 * One ETS table: what it is ({@link TableType}, key position, name), who may use it (owner,
 * {@link Protection}, heir) and its objects ({@link TableStore}).
 *
 * <p>Concurrency: every operation on one key is atomic by itself (the store's map). The
 * operations OTP makes atomic and isolated over several keys (inserting a list, deleting all
 * objects) take {@link #lock} exclusively; single-key writers take it shared, and single-key
 * readers read optimistically, again under the lock only if an exclusive writer ran meanwhile. So
 * no reader sees half of a list inserted, and writers to different keys never wait on each
 * other. Traversals ({@code select}, {@code match}, {@code next}) take no lock: like OTP's, they
 * see each object at most once but are not isolated.
 */
final class EtsTable {
  final Ref id;
  final long serial;
  final TableType type;
  /** The key position, from 1 as in Erlang. */
  final int keypos;
  final boolean named;
  final TableStore store;
  final boolean compressed;
  final Object writeConcurrency;
  final boolean readConcurrency;
  final boolean decentralizedCounters;

  private volatile Atom name;
  private volatile Pid owner;
  private volatile Protection protection;
  /** The heir's pid, or {@code null}. */
  private volatile Pid heir;
  private volatile Object heirData;
  private volatile boolean alive = true;

  private final StampedLock lock = new StampedLock();

  // safe_fixtable: who fixed the table and how many times; guarded by this.
  private final Map<Pid, Integer> fixations = new LinkedHashMap<>();
  private long fixedAtMonotonicNanos;
  private long fixedAtMillis;
  /** Map keys deleted while the table was fixed: next/2 may still start from them. */
  private final ConcurrentSkipListSet<Object> deletedWhileFixed;
  private volatile boolean fixed;

  EtsTable(Ref id, long serial, Atom name, Pid owner, TableOptions o) {
    this.id = id;
    this.serial = serial;
    this.name = name;
    this.owner = owner;
    this.type = o.type;
    this.keypos = o.keypos;
    this.named = o.named;
    this.protection = o.protection;
    this.heir = o.heir;
    this.heirData = o.heirData;
    this.compressed = o.compressed;
    this.writeConcurrency = o.writeConcurrency;
    this.readConcurrency = o.readConcurrency;
    this.decentralizedCounters = o.decentralizedCounters;
    this.store = o.type.newStore(o.keypos - 1);
    this.deletedWhileFixed = new ConcurrentSkipListSet<>(store.order.comparator());
  }

  // ---- identity and access ----

  Atom name() {
    return name;
  }

  void rename(Atom newName) {
    this.name = newName;
  }

  /** What the table is known by in messages and {@code ets:all/0}: its name if named, else its reference. */
  Object tid() {
    return named ? name : id;
  }

  Pid owner() {
    return owner;
  }

  void setOwner(Pid p) {
    this.owner = p;
  }

  Protection protection() {
    return protection;
  }

  void setProtection(Protection p) {
    this.protection = p;
  }

  /** The heir's pid, or {@code null}. */
  Pid heir() {
    return heir;
  }

  Object heirData() {
    return heirData;
  }

  void setHeir(Pid p, Object data) {
    this.heir = p;
    this.heirData = data;
  }

  boolean isAlive() {
    return alive;
  }

  /** Marks the table deleted and drops its objects; false if it already was. */
  synchronized boolean kill() {
    if (!alive) {
      return false;
    }
    alive = false;
    fixations.clear();
    fixed = false;
    deletedWhileFixed.clear();
    long stamp = lock.writeLock();
    try {
      store.clear();
    } finally {
      lock.unlockWrite(stamp);
    }
    return true;
  }

  /** This table, if {@code p} may read it; else {@code badarg} with OTP's cause. */
  EtsTable readableBy(ErlProcess p) {
    if (!alive) {
      throw EtsErrors.badarg(EtsErrors.ID);
    }
    if (!protection.othersMayRead() && !p.pid().equals(owner)) {
      throw EtsErrors.badarg(EtsErrors.ACCESS);
    }
    return this;
  }

  /** This table, if {@code p} may write it; else {@code badarg} with OTP's cause. */
  EtsTable writableBy(ErlProcess p) {
    if (!alive) {
      throw EtsErrors.badarg(EtsErrors.ID);
    }
    if (!protection.othersMayWrite() && !p.pid().equals(owner)) {
      throw EtsErrors.badarg(EtsErrors.ACCESS);
    }
    return this;
  }

  // ---- locking ----

  /** Runs a single-key read: optimistically, or under the lock if an exclusive writer intervened. */
  <T> T read(Supplier<T> op) {
    long stamp = lock.tryOptimisticRead();
    if (stamp != 0) {
      T r = op.get();
      if (lock.validate(stamp)) {
        return r;
      }
    }
    stamp = lock.readLock();
    try {
      return op.get();
    } finally {
      lock.unlockRead(stamp);
    }
  }

  /** Runs a single-key write: shared with other single-key writers, excluded by whole-table ones. */
  <T> T writeOne(Supplier<T> op) {
    long stamp = lock.readLock();
    try {
      return op.get();
    } finally {
      lock.unlockRead(stamp);
    }
  }

  /** Runs a write over several keys, atomic and isolated. */
  <T> T writeAll(Supplier<T> op) {
    long stamp = lock.writeLock();
    try {
      return op.get();
    } finally {
      lock.unlockWrite(stamp);
    }
  }

  // ---- objects ----

  /** Element {@code keypos} of {@code object}; {@code badarg} if it is not a tuple that long. */
  Tuple checkObject(Object object) {
    if (object instanceof Tuple t && t.arity() >= keypos) {
      return t;
    }
    throw ErlangException.badarg();
  }

  Object keyOf(Tuple object) {
    return object.elems[keypos - 1];
  }

  /** Deletes every object with this key, remembering the key while the table is fixed. */
  void delete(Object key) {
    writeOne(() -> {
      noteDeleted(key);
      store.delete(key);
      return null;
    });
  }

  /** Remembers that {@code key} was deleted, if the table is fixed (for {@link #nextKey}). */
  void noteDeleted(Object key) {
    if (fixed && type != TableType.ORDERED_SET) {
      deletedWhileFixed.add(store.order.mapKey(key));
    }
  }

  // ---- traversal by key ----

  Object firstKey() {
    Map.Entry<Object, Object> e = store.map.firstEntry();
    return e == null ? EtsErrors.END_OF_TABLE : store.keyOfEntry(e);
  }

  Object lastKey() {
    if (type != TableType.ORDERED_SET) {
      return firstKey(); // OTP: last/1 is first/1 for the hash tables
    }
    Map.Entry<Object, Object> e = store.map.lastEntry();
    return e == null ? EtsErrors.END_OF_TABLE : store.keyOfEntry(e);
  }

  /**
   * The key after {@code key}: in term order for an {@code ordered_set} (any term will do); in
   * the hash order otherwise, where {@code key} must be in the table, or have been deleted while
   * the table was fixed ({@code badarg} otherwise).
   */
  Object nextKey(Object key) {
    Object mk = store.order.mapKey(key);
    if (type != TableType.ORDERED_SET && !store.map.containsKey(mk)
        && !(fixed && deletedWhileFixed.contains(mk))) {
      throw ErlangException.badarg();
    }
    Map.Entry<Object, Object> e = store.map.higherEntry(mk);
    return e == null ? EtsErrors.END_OF_TABLE : store.keyOfEntry(e);
  }

  Object prevKey(Object key) {
    if (type != TableType.ORDERED_SET) {
      return nextKey(key); // OTP: prev/2 is next/2 for the hash tables
    }
    Map.Entry<Object, Object> e = store.map.lowerEntry(store.order.mapKey(key));
    return e == null ? EtsErrors.END_OF_TABLE : store.keyOfEntry(e);
  }

  // ---- fixation ----

  synchronized void fix(Pid p) {
    if (fixations.isEmpty()) {
      fixedAtMonotonicNanos = MonotonicClock.nanos();
      fixedAtMillis = System.currentTimeMillis();
    }
    fixations.merge(p, 1, Integer::sum);
    fixed = true;
  }

  /** Releases one fixation by {@code p}; whether {@code p} has none left. */
  synchronized boolean unfix(Pid p) {
    Integer n = fixations.get(p);
    if (n == null) {
      return true;
    }
    if (n > 1) {
      fixations.put(p, n - 1);
      return false;
    }
    release(p);
    return true;
  }

  /** Releases every fixation by {@code p} (it exited). */
  synchronized void release(Pid p) {
    fixations.remove(p);
    if (fixations.isEmpty()) {
      fixed = false;
      deletedWhileFixed.clear();
    }
  }

  boolean isFixed() {
    return fixed;
  }

  /** {@code safe_fixed}: {@code {FirstFixTime, [{Pid, Count}]}}, or {@code false}. */
  synchronized Object safeFixed(boolean monotonic) {
    if (fixations.isEmpty()) {
      return Atoms.FALSE;
    }
    Object time;
    if (monotonic) {
      time = fixedAtMonotonicNanos;
    } else {
      long micros = fixedAtMillis * 1000;
      time = Tuple.of(micros / 1_000_000_000_000L, micros / 1_000_000 % 1_000_000, micros % 1_000_000);
    }
    List<Object> procs = new ArrayList<>();
    for (Map.Entry<Pid, Integer> e : fixations.entrySet()) {
      procs.add(Tuple.of(e.getKey(), (long) e.getValue()));
    }
    return Tuple.of(time, Cons.fromList(procs));
  }

  @Override
  public String toString() {
    return "ets table " + name + " " + id;
  }
}
