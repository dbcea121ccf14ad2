package org.jbeamjit.runtime.process;

import org.jbeamjit.runtime.error.ErlangException;
import org.jbeamjit.runtime.term.Atom;
import org.jbeamjit.runtime.term.Cons;
import org.jbeamjit.runtime.term.ErlMap;
import org.jbeamjit.runtime.term.Nil;
import org.jbeamjit.runtime.term.Tuple;

/**
 * The options of {@code spawn_opt}: {@code link}, {@code monitor} (with its own options) and
 * {@code priority} change what happens; OTP's memory options are checked and accepted, as they
 * tune a garbage collector this VM does not have.
 */
public final class SpawnOptions {
  private static final Atom LINK = Atom.of("link");
  private static final Atom MONITOR = Atom.of("monitor");
  private static final Atom PRIORITY = Atom.of("priority");
  private static final Atom MESSAGE_QUEUE_DATA = Atom.of("message_queue_data");
  private static final Atom MAX_HEAP_SIZE = Atom.of("max_heap_size");
  /** OTP's {@code error_info} cause for a bad option. */
  private static final Atom BADOPT = Atom.of("badopt");

  public static final SpawnOptions NONE = new SpawnOptions(false, null, null);
  public static final SpawnOptions LINKED = new SpawnOptions(true, null, null);
  public static final SpawnOptions MONITORED = new SpawnOptions(false, MonitorOptions.DEFAULT, null);

  final boolean link;
  /** Set when a monitor is asked for: the spawn then returns {@code {Pid, Ref}}. */
  final MonitorOptions monitor;
  /** The new process's priority, or {@code null} for {@code normal}. */
  final Priority priority;

  private SpawnOptions(boolean link, MonitorOptions monitor, Priority priority) {
    this.link = link;
    this.monitor = monitor;
    this.priority = priority;
  }

  /** Reads a {@code spawn_opt} option list; {@code badarg} (cause {@code badopt}) for anything OTP would refuse. */
  public static SpawnOptions parse(Object list) {
    boolean link = false;
    MonitorOptions monitor = null;
    Priority priority = null;
    Object l = list;
    while (l instanceof Cons c) {
      Object opt = c.head;
      if (opt == LINK) {
        link = true;
      } else if (opt == MONITOR) {
        monitor = MonitorOptions.DEFAULT;
      } else if (opt instanceof Tuple t && t.arity() == 2 && t.get(0) == MONITOR) {
        monitor = MonitorOptions.parse(t.get(1));
      } else if (opt instanceof Tuple t && t.arity() == 2 && t.get(0) == PRIORITY) {
        priority = Priority.of(t.get(1));
        if (priority == null) {
          throw ErlangException.badarg(BADOPT);
        }
      } else if (!(opt instanceof Tuple t && t.arity() == 2 && isTuningOption(t.get(0), t.get(1)))) {
        throw ErlangException.badarg(BADOPT);
      }
      l = c.tail;
    }
    if (l != Nil.NIL) {
      throw ErlangException.badarg(BADOPT);
    }
    return new SpawnOptions(link, monitor, priority);
  }

  /** OTP's memory options, checked and then without effect here. */
  private static boolean isTuningOption(Object key, Object value) {
    if (key == MESSAGE_QUEUE_DATA) {
      return value instanceof Atom a && (a.name().equals("on_heap") || a.name().equals("off_heap"));
    } else if (key == MAX_HEAP_SIZE) {
      return value instanceof ErlMap || isNonNegative(value);
    } else if (key instanceof Atom a && (a.name().equals("fullsweep_after") || a.name().equals("min_heap_size")
        || a.name().equals("min_bin_vheap_size"))) {
      return isNonNegative(value);
    }
    return false;
  }

  private static boolean isNonNegative(Object v) {
    return v instanceof Long n && n >= 0;
  }
}
