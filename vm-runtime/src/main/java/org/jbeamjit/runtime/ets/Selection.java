package org.jbeamjit.runtime.ets;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.jbeamjit.runtime.error.ErlangException;
import org.jbeamjit.runtime.ets.matchspec.MatchSpec;
import org.jbeamjit.runtime.process.ErlProcess;
import org.jbeamjit.runtime.term.Atoms;
import org.jbeamjit.runtime.term.Cons;
import org.jbeamjit.runtime.term.Nil;
import org.jbeamjit.runtime.term.Ref;
import org.jbeamjit.runtime.term.Terms;
import org.jbeamjit.runtime.term.Tuple;

/**
 * Running a match specification over a table: {@code select} (whole, or in chunks with a
 * continuation), {@code select_count}, {@code select_delete} and {@code select_replace}, which
 * {@code match}, {@code match_object}, {@code match_delete} and {@code tab2list} come down to.
 *
 * <p>Only the objects that can match are visited: when every clause gives the key in full, the
 * keys' objects (a hash table) or the range between the least and greatest key (an
 * {@code ordered_set}); in an {@code ordered_set}, when one clause's key is a tuple pattern, the
 * tuples of its arity and leading elements ({@link TupleRange}); otherwise the whole table, in its
 * order ({@code ordered_set}: term order, or reversed for the {@code _reverse} functions; hash
 * tables: their hash order either way).
 *
 * <p>A continuation is a tuple of the shape {@code ets:repair_continuation/2} expects: for an
 * {@code ordered_set} {@code {Tid, LastKey, [], Chunk, MSRef, [], Reverse, 0}}, for a hash table
 * {@code {Tid, Index, Chunk, MSRef, [LastKey], 0}}, where {@code Index} is the position of the
 * last object visited among its key's objects.
 */
final class Selection {
  private Selection() {}

  /** Where a traversal is: an entry of the map and an object of it. */
  private record Position(Object mapKey, int index) {}

  /** What to do with each object the specification matches; false stops the traversal. */
  private interface Visitor {
    boolean visit(Object mapKey, Tuple object, Object result);
  }

  // ---- select ----

  /** {@code select/2}, {@code select_reverse/2}: every result, in traversal order. */
  static Object select(EtsTable t, MatchSpec ms, ErlProcess self, boolean reverse) {
    List<Object> out = new ArrayList<>();
    traverse(t, ms, self, reverse, null, (mk, o, r) -> {
      out.add(r);
      return true;
    });
    return Cons.fromList(out);
  }

  /**
   * {@code select/3}, {@code select_reverse/3}: the first {@code chunk} results with a
   * continuation; fewer with {@code '$end_of_table'} when the table ends; {@code '$end_of_table'}
   * alone when nothing matched.
   */
  static Object selectChunk(EtsTable t, MatchSpec ms, Ref msRef, int chunk, boolean reverse, ErlProcess self) {
    return chunk(t, t.tid(), ms, msRef, chunk, reverse, null, self);
  }

  /** {@code select/1} and its kin: the next chunk of a continuation. */
  static Object resume(Object continuation, ErlProcess self) {
    if (continuation == EtsErrors.END_OF_TABLE) {
      return EtsErrors.END_OF_TABLE;
    }
    if (!(continuation instanceof Tuple c) || c.arity() < 1) {
      throw ErlangException.badarg();
    }
    EtsTable t = TableRegistry.table(c.get(0)).readableBy(self);
    boolean ordered = t.type == TableType.ORDERED_SET;
    if (ordered && c.arity() == 8 && c.get(3) instanceof Long chunk && chunk > 0 && chunk <= Integer.MAX_VALUE
        && c.get(6) instanceof Long rev) {
      MatchSpec ms = CompiledMatchSpecs.get(c.get(4));
      if (ms != null) {
        Position from = new Position(t.store.order.mapKey(c.get(1)), 0);
        return chunk(t, c.get(0), ms, (Ref) c.get(4), (int) (long) chunk, rev != 0, from, self);
      }
    } else if (!ordered && c.arity() == 6 && c.get(1) instanceof Long index && index >= 0
        && c.get(2) instanceof Long chunk && chunk > 0 && chunk <= Integer.MAX_VALUE
        && c.get(4) instanceof Cons last && last.tail == Nil.NIL) {
      MatchSpec ms = CompiledMatchSpecs.get(c.get(3));
      if (ms != null) {
        Position from = new Position(t.store.order.mapKey(last.head), (int) Math.min(index, Integer.MAX_VALUE));
        return chunk(t, c.get(0), ms, (Ref) c.get(3), (int) (long) chunk, false, from, self);
      }
    }
    throw ErlangException.badarg();
  }

  private static Object chunk(EtsTable t, Object tid, MatchSpec ms, Ref msRef, int chunk, boolean reverse,
      Position from, ErlProcess self) {
    List<Object> out = new ArrayList<>();
    Position[] last = new Position[1];
    boolean stopped = !traverse(t, ms, self, reverse, from, new Visitor() {
      @Override
      public boolean visit(Object mapKey, Tuple object, Object result) {
        out.add(result);
        return out.size() < chunk;
      }
    }, last);
    if (!stopped) {
      return out.isEmpty() ? EtsErrors.END_OF_TABLE : Tuple.of(Cons.fromList(out), EtsErrors.END_OF_TABLE);
    }
    Object lastKey = last[0].mapKey() instanceof KeyOrder.Hashed h ? h.key() : last[0].mapKey();
    Object cont = t.type == TableType.ORDERED_SET
        ? Tuple.of(tid, lastKey, Nil.NIL, (long) chunk, msRef, Nil.NIL, reverse ? 1L : 0L, 0L)
        : Tuple.of(tid, (long) last[0].index(), (long) chunk, msRef, Cons.list(lastKey), 0L);
    return Tuple.of(Cons.fromList(out), cont);
  }

  // ---- count, delete, replace ----

  /** {@code select_count/2}: how many objects the specification returns {@code true} for. */
  static long count(EtsTable t, MatchSpec ms, ErlProcess self) {
    long[] n = new long[1];
    traverse(t, ms, self, false, null, (mk, o, r) -> {
      if (r == Atoms.TRUE) {
        n[0]++;
      }
      return true;
    });
    return n[0];
  }

  /** {@code select_delete/2}: deletes the objects the specification returns {@code true} for; how many. */
  static long delete(EtsTable t, MatchSpec ms, ErlProcess self) {
    long[] n = new long[1];
    traverse(t, ms, self, false, null, (mk, o, r) -> {
      if (r == Atoms.TRUE && t.writeOne(() -> {
        t.noteDeleted(t.keyOf(o));
        return t.store.deleteFound(mk, o);
      })) {
        n[0]++;
      }
      return true;
    });
    return n[0];
  }

  /**
   * {@code select_replace/2}: replaces each object by the specification's result when that is an
   * object with the same key; how many it replaced.
   */
  static long replace(EtsTable t, MatchSpec ms, ErlProcess self) {
    TableStore store = t.store;
    long[] n = new long[1];
    traverse(t, ms, self, false, null, (mk, o, r) -> {
      if (r instanceof Tuple nt && nt.arity() >= t.keypos && Terms.exactEquals(t.keyOf(nt), t.keyOf(o))
          && t.writeOne(() -> store.replaceFound(mk, o, nt))) {
        n[0]++;
      }
      return true;
    });
    return n[0];
  }

  // ---- traversal ----

  private static boolean traverse(EtsTable t, MatchSpec ms, ErlProcess self, boolean reverse, Position from,
      Visitor v) {
    return traverse(t, ms, self, reverse, from, v, new Position[1]);
  }

  /**
   * Runs {@code ms} on the objects that may match, after {@code from} if given, handing the
   * matches to {@code v}; {@code last[0]} is the position of the last object visited. Returns
   * false if {@code v} stopped it.
   */
  private static boolean traverse(EtsTable t, MatchSpec ms, ErlProcess self, boolean reverse, Position from,
      Visitor v, Position[] last) {
    TableStore store = t.store;
    boolean ordered = t.type == TableType.ORDERED_SET;
    MatchSpec.Runner runner = ms.runner(self);
    Iterator<Map.Entry<Object, Object>> entries = entries(t, ms, ordered && reverse, from);
    while (entries.hasNext()) {
      Map.Entry<Object, Object> e = entries.next();
      Tuple[] objects = store.objects(e.getValue());
      int start = from != null && store.order.comparator().compare(e.getKey(), from.mapKey()) == 0
          ? from.index() + 1 : 0;
      for (int i = start; i < objects.length; i++) {
        Object r = runner.run(objects[i]);
        if (r != null) {
          last[0] = new Position(e.getKey(), i);
          if (!v.visit(e.getKey(), objects[i], r)) {
            return false;
          }
        }
      }
    }
    return true;
  }

  /** The entries to visit: those of the keys the specification gives, or all; after {@code from}. */
  private static Iterator<Map.Entry<Object, Object>> entries(EtsTable t, MatchSpec ms, boolean reverse,
      Position from) {
    TableStore store = t.store;
    Object[] keys = ms.boundKeys(t.keypos - 1);
    if (keys != null && keys.length == 0) {
      return Collections.emptyIterator(); // no clause: nothing can match
    } else if (keys != null && t.type == TableType.ORDERED_SET) {
      Object lo = keys[0];
      Object hi = keys[0];
      for (Object k : keys) {
        lo = Terms.compare(k, lo) < 0 ? k : lo;
        hi = Terms.compare(k, hi) > 0 ? k : hi;
      }
      return store.map.range(lo, hi, reverse, from == null ? null : from.mapKey());
    } else if (t.type == TableType.ORDERED_SET && ms.keyTuplePrefix(t.keypos - 1) != null) {
      MatchSpec.TuplePrefix range = ms.keyTuplePrefix(t.keypos - 1);
      return store.map.range(new TupleRange.Bound(range, false), new TupleRange.Bound(range, true), reverse,
          from == null ? null : from.mapKey());
    } else if (keys != null) {
      TreeSet<Object> mapKeys = new TreeSet<>(store.order.comparator());
      for (Object k : keys) {
        mapKeys.add(store.order.mapKey(k));
      }
      List<Map.Entry<Object, Object>> found = new ArrayList<>();
      for (Object mk : from == null ? mapKeys : mapKeys.tailSet(from.mapKey(), true)) {
        Object stored = store.map.get(mk);
        if (stored != null) {
          found.add(Map.entry(mk, stored));
        }
      }
      return found.iterator();
    }
    // After a position, the entry of the last key visited is visited again (from the object
    // after the last one) for the multi-object stores; a set's next object is in the next entry.
    return store.map.entries(reverse, from == null ? null : from.mapKey(), store instanceof BagStore);
  }
}
