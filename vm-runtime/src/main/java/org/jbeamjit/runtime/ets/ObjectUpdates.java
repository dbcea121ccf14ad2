package org.jbeamjit.runtime.ets;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.jbeamjit.runtime.error.ErlangException;
import org.jbeamjit.runtime.term.Atoms;
import org.jbeamjit.runtime.term.Cons;
import org.jbeamjit.runtime.term.Integers;
import org.jbeamjit.runtime.term.Nil;
import org.jbeamjit.runtime.term.Terms;
import org.jbeamjit.runtime.term.Tuple;

/**
 * {@code ets:update_counter/3,4} and {@code ets:update_element/3}: changes to elements of one
 * object of a set or ordered set, made atomically, all or none. As in OTP, the table's type is
 * checked first, then that the object exists (or the default object), then every operation
 * against it, before anything changes.
 */
final class ObjectUpdates {
  private ObjectUpdates() {}

  /** {@code update_counter}: the new value, or the list of them for a list of operations. */
  static Object updateCounter(EtsTable t, Object key, Object ops, Tuple dflt) {
    if (!t.type.isSet()) {
      throw EtsErrors.badarg(EtsErrors.TABLE_TYPE);
    }
    boolean listForm = !(isInteger(ops) || ops instanceof Tuple);
    Object opList = isInteger(ops) ? Cons.list(Tuple.of((long) t.keypos + 1, ops))
        : ops instanceof Tuple ? Cons.list(ops) : ops;
    Object[] result = new Object[1];
    t.writeOne(() -> {
      ((SetStore) t.store).update(key, old -> {
        Tuple obj = old != null ? old : withKey(t, dflt, key);
        Object[] es = obj.elems.clone();
        List<Object> values = new ArrayList<>();
        for (Tuple op : counterOps(t, opList, es)) {
          int pos = (int) (long) (Long) op.get(0);
          Object incr = op.get(1);
          Object now = add(es[pos - 1], incr);
          if (op.arity() == 4) {
            boolean down = Terms.compare(incr, 0L) < 0;
            int c = Terms.compare(now, op.get(2));
            if (down ? c < 0 : c > 0) {
              now = op.get(3);
            }
          }
          es[pos - 1] = now;
          values.add(now);
        }
        result[0] = listForm ? Cons.fromList(values) : values.get(0);
        return new Tuple(es);
      });
      return null;
    });
    return result[0];
  }

  /**
   * The operations, each {@code {Pos, Incr}} or {@code {Pos, Incr, Threshold, SetValue}}, checked
   * one after the other against the object's elements {@code es}, as OTP checks them.
   */
  private static List<Tuple> counterOps(EtsTable t, Object opList, Object[] es) {
    List<Tuple> ops = new ArrayList<>();
    Object l = opList;
    for (; l instanceof Cons c; l = c.tail) {
      if (!(c.head instanceof Tuple op) || (op.arity() != 2 && op.arity() != 4)) {
        throw ErlangException.badarg();
      }
      if (op.arity() == 4 && !(isInteger(op.get(2)) && isInteger(op.get(3)))) {
        throw ErlangException.badarg();
      }
      if (!(op.get(0) instanceof Long pos) || !isInteger(op.get(1))) {
        throw ErlangException.badarg();
      }
      if (pos == t.keypos) {
        throw EtsErrors.badarg(EtsErrors.KEYPOS);
      } else if (pos < 1 || pos > es.length) {
        throw EtsErrors.badarg(EtsErrors.POSITION);
      } else if (!isInteger(es[(int) (long) pos - 1])) {
        throw ErlangException.badarg();
      }
      ops.add(op);
    }
    if (l != Nil.NIL) {
      throw ErlangException.badarg();
    }
    return ops;
  }

  /** {@code update_element}: true if the object was there (and updated), false if not. */
  static Object updateElement(EtsTable t, Object key, Object spec) {
    if (!t.type.isSet()) {
      throw ErlangException.badarg(); // unlike update_counter, with no cause in OTP 25
    }
    Object list = spec instanceof Tuple ? Cons.list(spec) : spec;
    boolean[] found = new boolean[1];
    t.writeOne(() -> {
      ((SetStore) t.store).update(key, old -> {
        found[0] = old != null;
        if (old == null) {
          return null;
        }
        Object[] es = old.elems.clone();
        List<Tuple> changes = new ArrayList<>();
        Object l = list;
        for (; l instanceof Cons c; l = c.tail) {
          if (!(c.head instanceof Tuple pv) || pv.arity() != 2 || !(pv.get(0) instanceof Long pos)) {
            throw ErlangException.badarg();
          }
          if (pos == t.keypos) {
            throw EtsErrors.badarg(EtsErrors.KEYPOS);
          } else if (pos < 1 || pos > es.length) {
            throw ErlangException.badarg(); // OTP 25 gives no cause for this one
          }
          changes.add(pv);
        }
        if (l != Nil.NIL) {
          throw ErlangException.badarg();
        }
        for (Tuple pv : changes) {
          es[(int) (long) (Long) pv.get(0) - 1] = pv.get(1);
        }
        return new Tuple(es);
      });
      return null;
    });
    return Atoms.bool(found[0]);
  }

  /** The default object of update_counter/4 with its key replaced by {@code key}, as OTP inserts it. */
  private static Tuple withKey(EtsTable t, Tuple dflt, Object key) {
    if (dflt == null) {
      throw EtsErrors.badarg(EtsErrors.BADKEY);
    }
    if (dflt.arity() < t.keypos) {
      throw ErlangException.badarg();
    }
    Object[] es = dflt.elems.clone();
    es[t.keypos - 1] = key;
    return new Tuple(es);
  }

  private static boolean isInteger(Object x) {
    return x instanceof Long || x instanceof BigInteger;
  }

  /** The sum of two integers (checked to be integers). */
  private static Object add(Object a, Object b) {
    if (a instanceof Long x && b instanceof Long y) {
      long r = x + y;
      if (((x ^ r) & (y ^ r)) >= 0) {
        return r;
      }
    }
    return Integers.normalize(big(a).add(big(b)));
  }

  private static BigInteger big(Object x) {
    return x instanceof Long l ? BigInteger.valueOf(l) : (BigInteger) x;
  }
}
