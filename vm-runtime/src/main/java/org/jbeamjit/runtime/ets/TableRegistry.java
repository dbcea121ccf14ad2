package org.jbeamjit.runtime.ets;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;
import org.jbeamjit.runtime.error.ErlangException;
import org.jbeamjit.runtime.process.ErlProcess;
import org.jbeamjit.runtime.process.Signals;
import org.jbeamjit.runtime.resource.MagicRefs;
import org.jbeamjit.runtime.term.Atom;
import org.jbeamjit.runtime.term.Atoms;
import org.jbeamjit.runtime.term.Pid;
import org.jbeamjit.runtime.term.Ref;
import org.jbeamjit.runtime.term.Tuple;

/**
 * The node's ETS tables: by reference, by name, by owner and by the processes that fixed them;
 * and what happens to them when a process exits (OTP does it before the process's links and
 * monitors fire): its tables go to their heirs, or die, and its fixations are released.
 */
final class TableRegistry {
  private static final Atom ETS_TRANSFER = Atom.of("ETS-TRANSFER");

  /**
   * Marks every table reference made, as long as it is reachable: a deleted table's reference
   * gives the cause {@code id}, any other reference {@code type}.
   */
  private static final MagicRefs<Boolean> TABLE_REFS = new MagicRefs<>();
  /** The live tables by reference. */
  private static final ConcurrentHashMap<Ref, EtsTable> BY_REF = new ConcurrentHashMap<>();
  private static final ConcurrentHashMap<Atom, EtsTable> BY_NAME = new ConcurrentHashMap<>();
  /** The live tables in creation order ({@code ets:all/0}). */
  private static final ConcurrentSkipListMap<Long, EtsTable> LIVE = new ConcurrentSkipListMap<>();
  private static final AtomicLong SERIAL = new AtomicLong();
  private static final ConcurrentHashMap<Pid, Set<EtsTable>> OWNED = new ConcurrentHashMap<>();
  private static final ConcurrentHashMap<Pid, Set<EtsTable>> FIXED = new ConcurrentHashMap<>();

  static {
    ErlProcess.addExitHook(TableRegistry::exited);
  }

  private TableRegistry() {}

  /** A new table owned by {@code p}; {@code badarg} ({@code already_exists}) if its name is taken. */
  static EtsTable create(ErlProcess p, Atom name, TableOptions o) {
    Pid owner = p.pid();
    if (o.heir != null && !o.heir.equals(owner) && Signals.process(o.heir) == null) {
      o.heir = null; // OTP keeps no heir that is not alive when the table is made
      o.heirData = Atoms.UNDEFINED;
    }
    long serial = SERIAL.incrementAndGet();
    Ref id = TABLE_REFS.create(Boolean.TRUE);
    EtsTable t = new EtsTable(id, serial, name, owner, o);
    if (o.named && BY_NAME.putIfAbsent(name, t) != null) {
      throw EtsErrors.badarg(EtsErrors.ALREADY_EXISTS);
    }
    BY_REF.put(id, t);
    LIVE.put(serial, t);
    owned(owner).add(t);
    return t;
  }

  /**
   * The table {@code tab} names (its name or its reference): {@code badarg} with cause
   * {@code type} if it is neither an atom nor a table reference, {@code id} if there is no such
   * table (any more).
   */
  static EtsTable table(Object tab) {
    EtsTable t;
    if (tab instanceof Atom a) {
      t = BY_NAME.get(a);
    } else if (tab instanceof Ref r) {
      t = BY_REF.get(r);
      if (t == null && TABLE_REFS.get(r) == null) {
        throw EtsErrors.badarg(EtsErrors.TYPE);
      }
    } else {
      throw EtsErrors.badarg(EtsErrors.TYPE);
    }
    if (t == null || !t.isAlive()) {
      throw EtsErrors.badarg(EtsErrors.ID);
    }
    return t;
  }

  /** The table {@code tab} names, or {@code null} if there is none (for info/1,2 and whereis/1). */
  static EtsTable find(Object tab) {
    try {
      return table(tab);
    } catch (ErlangException e) {
      if (e.errorInfoCause() == EtsErrors.ID) {
        return null;
      }
      throw e;
    }
  }

  /** Deletes {@code t}: its name is free and its objects gone at once. */
  static void delete(EtsTable t) {
    if (!t.kill()) {
      return;
    }
    if (t.named) {
      BY_NAME.remove(t.name(), t);
    }
    BY_REF.remove(t.id, t);
    LIVE.remove(t.serial, t);
    Set<EtsTable> s = OWNED.get(t.owner());
    if (s != null) {
      s.remove(t);
    }
  }

  /** Renames {@code t}; false if it is named and the new name is taken. */
  static boolean rename(EtsTable t, Atom newName) {
    synchronized (t) {
      if (t.named) {
        Atom old = t.name();
        if (old == newName) {
          return false; // the name is taken: by this very table
        }
        if (BY_NAME.putIfAbsent(newName, t) != null) {
          return false;
        }
        BY_NAME.remove(old, t);
      }
      t.rename(newName);
      return true;
    }
  }

  /** Makes {@code to} the owner of {@code t} and tells it with an {@code 'ETS-TRANSFER'} message. */
  static void transfer(EtsTable t, Pid from, ErlProcess to, Object gift) {
    Set<EtsTable> s = OWNED.get(from);
    if (s != null) {
      s.remove(t);
    }
    t.setOwner(to.pid());
    owned(to.pid()).add(t);
    to.send(Tuple.of(ETS_TRANSFER, t.tid(), from, gift));
  }

  /** The live tables, oldest first, as {@code ets:all/0} names them. */
  static List<Object> all() {
    List<Object> out = new ArrayList<>();
    for (EtsTable t : LIVE.values()) {
      if (t.isAlive()) {
        out.add(t.tid());
      }
    }
    return out;
  }

  static void fixed(Pid p, EtsTable t) {
    FIXED.computeIfAbsent(p, k -> ConcurrentHashMap.newKeySet()).add(t);
  }

  static void unfixed(Pid p, EtsTable t) {
    Set<EtsTable> s = FIXED.get(p);
    if (s != null) {
      s.remove(t);
    }
  }

  private static Set<EtsTable> owned(Pid p) {
    return OWNED.computeIfAbsent(p, k -> ConcurrentHashMap.newKeySet());
  }

  /** A process exited: its tables go to their heirs or die; its fixations are released. */
  private static void exited(ErlProcess p) {
    Pid pid = p.pid();
    Set<EtsTable> tables = OWNED.remove(pid);
    if (tables != null) {
      for (EtsTable t : tables) {
        if (!t.isAlive() || !pid.equals(t.owner())) {
          continue;
        }
        Pid heir = t.heir();
        ErlProcess heirProcess = heir == null || heir.equals(pid) ? null : Signals.process(heir);
        if (heirProcess != null && heirProcess.isAlive()) {
          transfer(t, pid, heirProcess, t.heirData());
        } else {
          delete(t);
        }
      }
    }
    Set<EtsTable> fixedTables = FIXED.remove(pid);
    if (fixedTables != null) {
      for (EtsTable t : fixedTables) {
        t.release(pid);
      }
    }
  }
}
