package org.jbeamjit.runtime.process;

import org.jbeamjit.runtime.error.ErlangException;
import org.jbeamjit.runtime.term.Atom;
import org.jbeamjit.runtime.term.Atoms;
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

  public static final SpawnOptions NONE = new SpawnOptions();
  public static final SpawnOptions LINKED = new SpawnOptions();
  public static final SpawnOptions MONITORED = new SpawnOptions();

  static {
    LINKED.link = true;
    MONITORED.monitor = MonitorOptions.DEFAULT;
  }

  boolean link;
  /** Set when a monitor is asked for: the spawn then returns {@code {Pid, Ref}}. */
  MonitorOptions monitor;
  Priority priority;

  private SpawnOptions() {}

  /** Reads a {@code spawn_opt} option list; {@code badarg} for anything OTP would refuse. */
  public static SpawnOptions parse(Object list) {
    SpawnOptions o = new SpawnOptions();
    Object l = list;
    while (l instanceof Cons c) {
      Object opt = c.head;
      if (opt == LINK) {
        o.link = true;
      } else if (opt == MONITOR) {
        o.monitor = MonitorOptions.DEFAULT;
      } else if (opt instanceof Tuple t && t.arity() == 2) {
        o.readPair(t.get(0), t.get(1));
      } else {
        throw ErlangException.badarg();
      }
      l = c.tail;
    }
    if (l != Nil.NIL) {
      throw ErlangException.badarg();
    }
    return o;
  }

  private void readPair(Object key, Object value) {
    if (key == MONITOR) {
      monitor = MonitorOptions.parse(value);
    } else if (key == PRIORITY) {
      priority = Priority.of(value);
      if (priority == null) {
        throw ErlangException.badarg();
      }
    } else if (key == MESSAGE_QUEUE_DATA) {
      if (!(value instanceof Atom a) || !(a.name().equals("on_heap") || a.name().equals("off_heap"))) {
        throw ErlangException.badarg();
      }
    } else if (key == MAX_HEAP_SIZE) {
      if (!(value instanceof ErlMap) && !isNonNegative(value)) {
        throw ErlangException.badarg();
      }
    } else if (key instanceof Atom a && (a.name().equals("fullsweep_after") || a.name().equals("min_heap_size")
        || a.name().equals("min_bin_vheap_size"))) {
      if (!isNonNegative(value)) {
        throw ErlangException.badarg();
      }
    } else if (key instanceof Atom a && a.name().equals("async_dist")) {
      if (value != Atoms.TRUE && value != Atoms.FALSE) {
        throw ErlangException.badarg();
      }
    } else {
      throw ErlangException.badarg();
    }
  }

  private static boolean isNonNegative(Object v) {
    return v instanceof Long n && n >= 0;
  }
}
