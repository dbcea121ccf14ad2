package org.jbeamjit.runtime.bif;

import java.util.ArrayList;
import java.util.List;
import org.jbeamjit.runtime.error.ErlangException;
import org.jbeamjit.runtime.process.ErlProcess;
import org.jbeamjit.runtime.process.LocalNode;
import org.jbeamjit.runtime.process.ProcessTable;
import org.jbeamjit.runtime.term.Atom;
import org.jbeamjit.runtime.term.Atoms;
import org.jbeamjit.runtime.term.Cons;
import org.jbeamjit.runtime.term.Nil;
import org.jbeamjit.runtime.term.Pid;
import org.jbeamjit.runtime.term.Tuple;

/**
 * {@code erlang:system_monitor/0,1,2}: the node's one system monitor, its settings checked,
 * normalised and answered as erl does (the setting ends when the monitoring process does).
 *
 * <p>No monitor message is ever sent: {@code long_gc} and {@code large_heap} describe BEAM's
 * per-process collections, which do not exist here (the JVM collects), and {@code long_schedule},
 * {@code busy_port} and {@code busy_dist_port} are not detected.
 */
public final class SystemMonitorBifs {
  private static final Atom BUSY_PORT = Atom.of("busy_port");
  private static final Atom BUSY_DIST_PORT = Atom.of("busy_dist_port");
  private static final Atom LARGE_HEAP = Atom.of("large_heap");
  private static final Atom LONG_SCHEDULE = Atom.of("long_schedule");
  private static final Atom LONG_GC = Atom.of("long_gc");
  /** The smallest {@code large_heap} erl keeps (in words); smaller requests are raised to it. */
  private static final long MIN_LARGE_HEAP = 16384;

  /** {@code {Pid, Options}}, or {@code null} for none. */
  private static Tuple setting;

  private SystemMonitorBifs() {}

  @Bif(name = "system_monitor")
  public static Object systemMonitor() {
    return current();
  }

  /** {@code system_monitor(undefined | {Pid, Options})}: the old setting. */
  @Bif(name = "system_monitor")
  public static Object systemMonitor(Object arg) {
    if (arg == Atoms.UNDEFINED) {
      return set(null);
    } else if (arg instanceof Tuple t && t.arity() == 2) {
      return systemMonitor(t.get(0), t.get(1));
    }
    throw ErlangException.badarg();
  }

  /**
   * {@code system_monitor(Pid, Options)}: the old setting; no options, or {@code undefined} for the
   * pid (whatever the options), turn monitoring off.
   */
  @Bif(name = "system_monitor")
  public static Object systemMonitor(Object pid, Object options) {
    if (pid == Atoms.UNDEFINED) {
      return set(null);
    }
    boolean busyPort = false;
    boolean busyDistPort = false;
    long largeHeap = -1;
    long longSchedule = -1;
    long longGc = -1;
    Object l = options;
    for (; l instanceof Cons c; l = c.tail) {
      if (c.head == BUSY_PORT) {
        busyPort = true;
      } else if (c.head == BUSY_DIST_PORT) {
        busyDistPort = true;
      } else if (c.head instanceof Tuple t && t.arity() == 2 && t.get(1) instanceof Long n && n >= 0) {
        if (t.get(0) == LARGE_HEAP) {
          largeHeap = Math.max(n, MIN_LARGE_HEAP);
        } else if (t.get(0) == LONG_SCHEDULE) {
          longSchedule = Math.max(n, 1);
        } else if (t.get(0) == LONG_GC) {
          longGc = Math.max(n, 1);
        } else {
          throw ErlangException.badarg();
        }
      } else {
        throw ErlangException.badarg();
      }
    }
    if (l != Nil.NIL) {
      throw ErlangException.badarg();
    }
    if (options == Nil.NIL) {
      return set(null);
    }
    if (!(pid instanceof Pid x) || !LocalNode.isLocal(x)) {
      throw ErlangException.badarg();
    }
    List<Object> kept = new ArrayList<>(5); // erl's order
    if (busyDistPort) {
      kept.add(BUSY_DIST_PORT);
    }
    if (busyPort) {
      kept.add(BUSY_PORT);
    }
    if (largeHeap >= 0) {
      kept.add(Tuple.of(LARGE_HEAP, largeHeap));
    }
    if (longSchedule >= 0) {
      kept.add(Tuple.of(LONG_SCHEDULE, longSchedule));
    }
    if (longGc >= 0) {
      kept.add(Tuple.of(LONG_GC, longGc));
    }
    return set(Tuple.of(pid, Cons.fromList(kept)));
  }

  private static synchronized Object set(Tuple s) {
    Object old = current();
    setting = s;
    return old;
  }

  /** The setting, {@code undefined} once its process has exited. */
  private static synchronized Object current() {
    if (setting == null) {
      return Atoms.UNDEFINED;
    }
    ErlProcess monitor = ProcessTable.get().lookup((Pid) setting.get(0));
    if (monitor == null || !monitor.isAlive()) {
      setting = null;
      return Atoms.UNDEFINED;
    }
    return setting;
  }
}
