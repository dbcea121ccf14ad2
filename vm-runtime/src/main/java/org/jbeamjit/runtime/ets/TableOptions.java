package org.jbeamjit.runtime.ets;

import org.jbeamjit.runtime.error.ErlangException;
import org.jbeamjit.runtime.term.Atom;
import org.jbeamjit.runtime.term.Atoms;
import org.jbeamjit.runtime.term.Cons;
import org.jbeamjit.runtime.term.Nil;
import org.jbeamjit.runtime.term.Pid;
import org.jbeamjit.runtime.term.Tuple;

/**
 * The options of {@code ets:new/2}, read as OTP 25 reads them: later options win, except that
 * {@code set} and {@code protected} are no-ops (so {@code [bag, set]} is a bag and
 * {@code [private, protected]} is private); the concurrency options are accepted and reported by
 * {@code ets:info/2} as OTP derives them, though every table here is concurrent anyway.
 */
final class TableOptions {
  private static final Atom BAG = Atom.of("bag");
  private static final Atom DUPLICATE_BAG = Atom.of("duplicate_bag");
  private static final Atom ORDERED_SET = Atom.of("ordered_set");
  private static final Atom SET = Atom.of("set");
  private static final Atom NAMED_TABLE = Atom.of("named_table");
  private static final Atom COMPRESSED = Atom.of("compressed");
  private static final Atom KEYPOS = Atom.of("keypos");
  private static final Atom WRITE_CONCURRENCY = Atom.of("write_concurrency");
  private static final Atom READ_CONCURRENCY = Atom.of("read_concurrency");
  private static final Atom DECENTRALIZED_COUNTERS = Atom.of("decentralized_counters");
  private static final Atom HEIR = Atom.of("heir");
  private static final Atom NONE = Atom.of("none");
  private static final Atom AUTO = Atom.of("auto");
  static final Atom DEBUG_LOCKS = Atom.of("debug_hash_fixed_number_of_locks");

  TableType type = TableType.SET;
  Protection protection = Protection.PROTECTED;
  int keypos = 1;
  boolean named;
  boolean compressed;
  /** The heir's pid, or {@code null} for none. */
  Pid heir;
  Object heirData = Atoms.UNDEFINED;
  /** What {@code ets:info(T, write_concurrency)} answers: true, false, auto or {debug_hash_fixed_number_of_locks, N}. */
  Object writeConcurrency = Atoms.FALSE;
  boolean readConcurrency;
  boolean decentralizedCounters;

  private TableOptions() {}

  /** The options of {@code ets:new(Name, Options)}; {@code badarg} if they are not valid. */
  static TableOptions parse(Object list) {
    TableOptions o = new TableOptions();
    boolean fineLocked = false;
    boolean writeAuto = false;
    int explicitLocks = -1;
    boolean frequentRead = false;
    boolean decentralized = false;
    int decentralizedOption = -1;
    Object l = list;
    for (; l instanceof Cons c; l = c.tail) {
      Object v = c.head;
      if (v == BAG) {
        o.type = TableType.BAG;
      } else if (v == DUPLICATE_BAG) {
        o.type = TableType.DUPLICATE_BAG;
      } else if (v == ORDERED_SET) {
        o.type = TableType.ORDERED_SET;
        decentralized = true;
      } else if (v == Protection.PUBLIC.atom) {
        o.protection = Protection.PUBLIC;
      } else if (v == Protection.PRIVATE.atom) {
        o.protection = Protection.PRIVATE;
      } else if (v == NAMED_TABLE) {
        o.named = true;
      } else if (v == COMPRESSED) {
        o.compressed = true;
      } else if (v == SET || v == Protection.PROTECTED.atom) {
        continue;
      } else if (v instanceof Tuple t && t.arity() == 2) {
        Object k = t.get(0);
        Object x = t.get(1);
        if (k == KEYPOS && x instanceof Long n && n > 0 && n <= Integer.MAX_VALUE) {
          o.keypos = (int) (long) n;
        } else if (k == WRITE_CONCURRENCY) {
          if (x == AUTO) {
            decentralized = true;
            writeAuto = true;
            fineLocked = true;
            explicitLocks = -1;
          } else if (x == Atoms.TRUE) {
            if (o.type != TableType.ORDERED_SET) {
              decentralized = false;
            }
            fineLocked = true;
            writeAuto = false;
            explicitLocks = -1;
          } else if (x == Atoms.FALSE) {
            fineLocked = false;
            writeAuto = false;
            explicitLocks = -1;
          } else if (x instanceof Tuple d && d.arity() == 2 && d.get(0) == DEBUG_LOCKS
              && d.get(1) instanceof Long n && n >= 1 && n <= 32768) {
            decentralized = true;
            fineLocked = true;
            writeAuto = false;
            explicitLocks = (int) (long) n;
          } else {
            break;
          }
        } else if (k == READ_CONCURRENCY && (x == Atoms.TRUE || x == Atoms.FALSE)) {
          frequentRead = x == Atoms.TRUE;
        } else if (k == HEIR && x == NONE) {
          o.heir = null;
          o.heirData = Atoms.UNDEFINED;
        } else if (k == DECENTRALIZED_COUNTERS && (x == Atoms.TRUE || x == Atoms.FALSE)) {
          decentralizedOption = x == Atoms.TRUE ? 1 : 0;
        } else {
          break;
        }
      } else if (v instanceof Tuple t && t.arity() == 3 && t.get(0) == HEIR && t.get(1) instanceof Pid p) {
        o.heir = p;
        o.heirData = t.get(2);
      } else {
        break;
      }
    }
    if (l != Nil.NIL) {
      throw ErlangException.badarg();
    }
    if (decentralizedOption != -1) {
      decentralized = decentralizedOption == 1;
    }
    boolean isPrivate = o.protection == Protection.PRIVATE;
    if (explicitLocks > 0 && o.type == TableType.ORDERED_SET) {
      throw ErlangException.badarg(); // OTP refuses its hidden lock-count option for ordered sets
    }
    boolean fine = fineLocked && !isPrivate;
    if (fine && explicitLocks > 0 && o.type != TableType.ORDERED_SET) {
      o.writeConcurrency = Tuple.of(DEBUG_LOCKS, (long) Math.max(64, Integer.highestOneBit(explicitLocks * 2 - 1)));
    } else if (fine && writeAuto) {
      o.writeConcurrency = AUTO;
    } else {
      o.writeConcurrency = Atoms.bool(fine);
    }
    o.readConcurrency = frequentRead && !isPrivate;
    o.decentralizedCounters = fine && decentralized;
    return o;
  }
}
