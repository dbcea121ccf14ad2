package org.jbeamjit.runtime.ets;

import java.util.ArrayList;
import java.util.List;
import org.jbeamjit.runtime.bif.Bif;
import org.jbeamjit.runtime.error.ErlangException;
import org.jbeamjit.runtime.process.ErlProcess;
import org.jbeamjit.runtime.process.LocalNode;
import org.jbeamjit.runtime.process.Scheduling;
import org.jbeamjit.runtime.process.Signals;
import org.jbeamjit.runtime.term.Atom;
import org.jbeamjit.runtime.term.Atoms;
import org.jbeamjit.runtime.term.Cons;
import org.jbeamjit.runtime.term.Nil;
import org.jbeamjit.runtime.term.Pid;
import org.jbeamjit.runtime.term.Ref;
import org.jbeamjit.runtime.term.Tuple;

/**
 * The {@code ets} BIFs that make, own and describe tables and read and write their objects by
 * key, with OTP 25's results and errors: a bad table argument fails first ({@code badarg} with
 * cause {@code type}, {@code id} or {@code access}), then the other arguments. The BIFs that run
 * match specifications are in {@link EtsMatchBifs}.
 */
public final class EtsBifs {
  private static final Atom HEIR = Atom.of("heir");
  private static final Atom NONE = Atom.of("none");
  private static final Atom PROTECTION = Atom.of("protection");

  private EtsBifs() {}

  // ---- tables ----

  @Bif(module = "ets", name = "new")
  public static Object newTable(ErlProcess p, Object name, Object options) {
    if (!(name instanceof Atom n) || !(options instanceof Cons || options == Nil.NIL)) {
      throw ErlangException.badarg();
    }
    EtsTable t = TableRegistry.create(p, n, TableOptions.parse(options));
    return t.tid();
  }

  @Bif(module = "ets", name = "delete")
  public static Object delete(ErlProcess p, Object tab) {
    EtsTable t = TableRegistry.table(tab).writableBy(p);
    TableRegistry.delete(t);
    return Atoms.TRUE;
  }

  @Bif(module = "ets", name = "whereis")
  public static Object whereis(Object name) {
    if (!(name instanceof Atom)) {
      throw ErlangException.badarg();
    }
    EtsTable t = TableRegistry.find(name);
    return t == null ? Atoms.UNDEFINED : t.id;
  }

  @Bif(module = "ets", name = "rename")
  public static Object rename(ErlProcess p, Object tab, Object newName) {
    EtsTable t = TableRegistry.table(tab).writableBy(p);
    if (!(newName instanceof Atom n) || !TableRegistry.rename(t, n)) {
      throw ErlangException.badarg();
    }
    return t.named ? n : tab;
  }

  @Bif(module = "ets", name = "give_away")
  public static Object giveAway(ErlProcess p, Object tab, Object pid, Object gift) {
    ErlProcess to = pid instanceof Pid target ? Signals.process(target) : null;
    EtsTable t = TableRegistry.table(tab).writableBy(p);
    if (to == null || !to.isAlive()) {
      throw ErlangException.badarg();
    }
    Pid from = t.owner();
    if (!from.equals(p.pid())) {
      throw EtsErrors.badarg(EtsErrors.NOT_OWNER);
    }
    if (to.pid().equals(from)) {
      throw EtsErrors.badarg(EtsErrors.OWNER);
    }
    TableRegistry.transfer(t, from, to, gift);
    return Atoms.TRUE;
  }

  @Bif(module = "ets", name = "setopts")
  public static Object setopts(ErlProcess p, Object tab, Object options) {
    EtsTable t = TableRegistry.table(tab).writableBy(p);
    Object heir = null;
    Object heirData = null;
    Protection protection = null;
    Object l = options instanceof Tuple ? Cons.list(options) : options;
    for (; l instanceof Cons c; l = c.tail) {
      if (!(c.head instanceof Tuple opt) || opt.arity() < 2) {
        throw ErlangException.badarg();
      }
      if (opt.get(0) == HEIR && heir == null) {
        heir = opt.get(1);
        if (opt.arity() == 2 && heir == NONE) {
          heirData = Atoms.UNDEFINED;
        } else if (opt.arity() == 3 && heir instanceof Pid) {
          heirData = opt.get(2);
        } else {
          throw ErlangException.badarg();
        }
      } else if (opt.get(0) == PROTECTION && opt.arity() == 2 && protection == null) {
        protection = Protection.of(opt.get(1));
        if (protection == null) {
          throw ErlangException.badarg();
        }
      } else {
        throw ErlangException.badarg();
      }
    }
    if (l != Nil.NIL || !t.owner().equals(p.pid())) {
      throw ErlangException.badarg();
    }
    if (heir != null) {
      Pid h = heir instanceof Pid hp && (hp.equals(p.pid()) || Signals.process(hp) != null) ? hp : null;
      t.setHeir(h, h == null ? Atoms.UNDEFINED : heirData);
    }
    if (protection != null) {
      t.setProtection(protection);
    }
    return Atoms.TRUE;
  }

  /** The number of live tables ({@code erlang:system_info(ets_count)}). */
  public static int tableCount() {
    return TableRegistry.all().size();
  }

  /**
   * What {@code ets:all/0} in ets.erl calls: a reference, and one message {@code {Ref, Tables}}
   * per scheduler (here the first has every table, the others none).
   */
  @Bif(module = "ets", name = "internal_request_all")
  public static Object internalRequestAll(ErlProcess p) {
    Ref ref = LocalNode.makeRef();
    p.send(Tuple.of(ref, Cons.fromList(TableRegistry.all())));
    for (int i = 1; i < Scheduling.get().schedulerCount(); i++) {
      p.send(Tuple.of(ref, Nil.NIL));
    }
    return ref;
  }

  @Bif(module = "ets", name = "info")
  public static Object info(ErlProcess p, Object tab) {
    EtsTable t = TableRegistry.find(tab);
    if (t == null) {
      return Atoms.UNDEFINED;
    }
    List<Object> items = new ArrayList<>();
    for (Atom item : TableInfo.ALL) {
      items.add(Tuple.of(item, TableInfo.item(t, item)));
    }
    return Cons.fromList(items);
  }

  @Bif(module = "ets", name = "info")
  public static Object info(ErlProcess p, Object tab, Object item) {
    EtsTable t = TableRegistry.find(tab);
    if (t == null) {
      return Atoms.UNDEFINED;
    }
    Object v = item instanceof Atom a ? TableInfo.item(t, a) : null;
    if (v == null) {
      throw ErlangException.badarg();
    }
    return v;
  }

  @Bif(module = "ets", name = "safe_fixtable")
  public static Object safeFixtable(ErlProcess p, Object tab, Object on) {
    EtsTable t = TableRegistry.table(tab).readableBy(p);
    if (on == Atoms.TRUE) {
      t.fix(p.pid());
      TableRegistry.fixed(p.pid(), t);
    } else if (on == Atoms.FALSE) {
      if (t.unfix(p.pid())) {
        TableRegistry.unfixed(p.pid(), t);
      }
    } else {
      throw ErlangException.badarg();
    }
    return Atoms.TRUE;
  }

  // ---- writing objects ----

  @Bif(module = "ets", name = "insert")
  public static Object insert(ErlProcess p, Object tab, Object objects) {
    EtsTable t = TableRegistry.table(tab).writableBy(p);
    if (objects == Nil.NIL) {
      return Atoms.TRUE;
    }
    if (objects instanceof Cons c && c.tail != Nil.NIL) {
      Tuple[] all = checkObjects(t, objects);
      t.writeAll(() -> {
        for (Tuple o : all) {
          t.store.insert(o);
        }
        return null;
      });
      return Atoms.TRUE;
    }
    Tuple o = t.checkObject(objects instanceof Cons c ? c.head : objects);
    t.writeOne(() -> {
      t.store.insert(o);
      return null;
    });
    return Atoms.TRUE;
  }

  @Bif(module = "ets", name = "insert_new")
  public static Object insertNew(ErlProcess p, Object tab, Object objects) {
    EtsTable t = TableRegistry.table(tab).writableBy(p);
    if (objects == Nil.NIL) {
      return Atoms.TRUE;
    }
    if (objects instanceof Cons c && c.tail != Nil.NIL) {
      Tuple[] all = checkObjects(t, objects);
      return t.writeAll(() -> {
        for (Tuple o : all) {
          if (t.store.member(t.keyOf(o))) {
            return Atoms.FALSE;
          }
        }
        for (Tuple o : all) {
          t.store.insert(o);
        }
        return Atoms.TRUE;
      });
    }
    Tuple o = t.checkObject(objects instanceof Cons c ? c.head : objects);
    return Atoms.bool(t.writeOne(() -> t.store.insertNew(o)));
  }

  /**
   * The objects of a list to insert, in the order OTP inserts them: a bag takes a list's objects
   * last first (which decides their order under a key), the other types first first.
   */
  private static Tuple[] checkObjects(EtsTable t, Object list) {
    List<Tuple> out = new ArrayList<>();
    Object l = list;
    for (; l instanceof Cons c; l = c.tail) {
      if (!(c.head instanceof Tuple o) || o.arity() < t.keypos) {
        throw ErlangException.badarg();
      }
      out.add(o);
    }
    if (l != Nil.NIL) {
      throw ErlangException.badarg();
    }
    Tuple[] a = out.toArray(new Tuple[0]);
    if (t.type == TableType.BAG) {
      for (int i = 0, j = a.length - 1; i < j; i++, j--) {
        Tuple x = a[i];
        a[i] = a[j];
        a[j] = x;
      }
    }
    return a;
  }

  @Bif(module = "ets", name = "delete")
  public static Object delete(ErlProcess p, Object tab, Object key) {
    TableRegistry.table(tab).writableBy(p).delete(key);
    return Atoms.TRUE;
  }

  @Bif(module = "ets", name = "delete_object")
  public static Object deleteObject(ErlProcess p, Object tab, Object object) {
    EtsTable t = TableRegistry.table(tab).writableBy(p);
    Tuple o = t.checkObject(object);
    t.writeOne(() -> {
      t.noteDeleted(t.keyOf(o));
      t.store.deleteObject(o);
      return null;
    });
    return Atoms.TRUE;
  }

  /** {@code delete_all_objects/1} (and {@code select_delete} of everything): how many objects went. */
  @Bif(module = "ets", name = "internal_delete_all")
  public static Object internalDeleteAll(ErlProcess p, Object tab, Object undefined) {
    EtsTable t = TableRegistry.table(tab).writableBy(p);
    return t.writeAll(() -> {
      long n = t.store.size();
      if (t.isFixed()) {
        for (Object stored : t.store.storedValues()) {
          t.noteDeleted(t.keyOf(t.store.objects(stored)[0]));
        }
      }
      t.store.clear();
      return n;
    });
  }

  @Bif(module = "ets", name = "take")
  public static Object take(ErlProcess p, Object tab, Object key) {
    EtsTable t = TableRegistry.table(tab).writableBy(p);
    return Cons.list((Object[]) t.writeOne(() -> {
      t.noteDeleted(key);
      return t.store.take(key);
    }));
  }

  @Bif(module = "ets", name = "update_counter")
  public static Object updateCounter(ErlProcess p, Object tab, Object key, Object op) {
    EtsTable t = TableRegistry.table(tab).writableBy(p);
    return ObjectUpdates.updateCounter(t, key, op, null);
  }

  @Bif(module = "ets", name = "update_counter")
  public static Object updateCounter(ErlProcess p, Object tab, Object key, Object op, Object dflt) {
    EtsTable t = TableRegistry.table(tab).writableBy(p);
    if (!(dflt instanceof Tuple d)) {
      throw ErlangException.badarg();
    }
    return ObjectUpdates.updateCounter(t, key, op, d);
  }

  @Bif(module = "ets", name = "update_element")
  public static Object updateElement(ErlProcess p, Object tab, Object key, Object spec) {
    EtsTable t = TableRegistry.table(tab).writableBy(p);
    return ObjectUpdates.updateElement(t, key, spec);
  }

  // ---- reading objects ----

  @Bif(module = "ets", name = "lookup")
  public static Object lookup(ErlProcess p, Object tab, Object key) {
    EtsTable t = TableRegistry.table(tab).readableBy(p);
    return Cons.list((Object[]) t.read(() -> t.store.lookup(key)));
  }

  @Bif(module = "ets", name = "member")
  public static Object member(ErlProcess p, Object tab, Object key) {
    EtsTable t = TableRegistry.table(tab).readableBy(p);
    return Atoms.bool(t.read(() -> t.store.member(key)));
  }

  @Bif(module = "ets", name = "lookup_element")
  public static Object lookupElement(ErlProcess p, Object tab, Object key, Object pos) {
    EtsTable t = TableRegistry.table(tab).readableBy(p);
    if (!(pos instanceof Long n) || n < 1) {
      throw ErlangException.badarg();
    }
    Tuple[] objects = t.read(() -> t.store.lookup(key));
    if (objects.length == 0) {
      throw EtsErrors.badarg(EtsErrors.BADKEY);
    }
    Object[] elements = new Object[objects.length];
    for (int i = 0; i < objects.length; i++) {
      if (objects[i].arity() < n) {
        throw ErlangException.badarg();
      }
      elements[i] = objects[i].get((int) (long) n - 1);
    }
    return t.type.isSet() ? elements[0] : Cons.list(elements);
  }

  @Bif(module = "ets", name = "first")
  public static Object first(ErlProcess p, Object tab) {
    return TableRegistry.table(tab).readableBy(p).firstKey();
  }

  @Bif(module = "ets", name = "last")
  public static Object last(ErlProcess p, Object tab) {
    return TableRegistry.table(tab).readableBy(p).lastKey();
  }

  @Bif(module = "ets", name = "next")
  public static Object next(ErlProcess p, Object tab, Object key) {
    return TableRegistry.table(tab).readableBy(p).nextKey(key);
  }

  @Bif(module = "ets", name = "prev")
  public static Object prev(ErlProcess p, Object tab, Object key) {
    return TableRegistry.table(tab).readableBy(p).prevKey(key);
  }

  @Bif(module = "ets", name = "slot")
  public static Object slot(ErlProcess p, Object tab, Object index) {
    EtsTable t = TableRegistry.table(tab).readableBy(p);
    if (!(index instanceof Long i) || i < 0) {
      throw ErlangException.badarg();
    }
    return Slots.slot(t, i);
  }
}
