package org.jbeamjit.runtime.process;

import java.util.HashMap;
import java.util.Map;
import org.jbeamjit.runtime.error.ErlangException;
import org.jbeamjit.runtime.term.Atom;
import org.jbeamjit.runtime.term.Cons;
import org.jbeamjit.runtime.term.Nil;
import org.jbeamjit.runtime.term.Tuple;

/**
 * The options of {@code spawn_opt}: {@code link}, {@code monitor} (with its own options) and
 * {@code priority} change what happens; OTP's memory options ({@link MemorySettings}) are checked
 * and kept for {@code process_info}, as they tune a garbage collector this VM does not have.
 */
public final class SpawnOptions {
  private static final Atom LINK = Atom.of("link");
  private static final Atom MONITOR = Atom.of("monitor");
  private static final Atom PRIORITY = Atom.of("priority");
  /** OTP's {@code error_info} cause for a bad option. */
  private static final Atom BADOPT = Atom.of("badopt");

  public static final SpawnOptions NONE = new SpawnOptions(false, null, null, Map.of());
  public static final SpawnOptions LINKED = new SpawnOptions(true, null, null, Map.of());
  public static final SpawnOptions MONITORED = new SpawnOptions(false, MonitorOptions.DEFAULT, null, Map.of());

  final boolean link;
  /** Set when a monitor is asked for: the spawn then returns {@code {Pid, Ref}}. */
  final MonitorOptions monitor;
  /** The new process's priority, or {@code null} for {@code normal}. */
  final Priority priority;
  /** Memory settings for the new process, as {@link MemorySettings#normalize} keeps them. */
  final Map<Atom, Object> memory;

  private SpawnOptions(boolean link, MonitorOptions monitor, Priority priority, Map<Atom, Object> memory) {
    this.link = link;
    this.monitor = monitor;
    this.priority = priority;
    this.memory = memory;
  }

  /** Reads a {@code spawn_opt} option list; {@code badarg} (cause {@code badopt}) for anything OTP would refuse. */
  public static SpawnOptions parse(Object list) {
    boolean link = false;
    MonitorOptions monitor = null;
    Priority priority = null;
    Map<Atom, Object> memory = Map.of();
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
      } else if (opt instanceof Tuple t && t.arity() == 2 && MemorySettings.isSetting(t.get(0))) {
        Atom key = (Atom) t.get(0);
        Object v = MemorySettings.normalize(key, t.get(1));
        if (v == null) {
          throw ErlangException.badarg(BADOPT);
        }
        // OTP 25's spawn_opt checks min_bin_vheap_size but the new process keeps the default.
        if (key != MemorySettings.MIN_BIN_VHEAP_SIZE) {
          memory = memory.isEmpty() ? new HashMap<>(4) : memory;
          memory.put(key, v);
        }
      } else {
        throw ErlangException.badarg(BADOPT);
      }
      l = c.tail;
    }
    if (l != Nil.NIL) {
      throw ErlangException.badarg(BADOPT);
    }
    Object maxHeap = memory.get(MemorySettings.MAX_HEAP_SIZE);
    if (maxHeap != null && !MemorySettings.fitsMinimum(maxHeap,
        (Long) memory.getOrDefault(MemorySettings.MIN_HEAP_SIZE, MemorySettings.DEFAULT_MIN_HEAP_SIZE))) {
      throw ErlangException.badarg(BADOPT);
    }
    return new SpawnOptions(link, monitor, priority, memory);
  }
}
