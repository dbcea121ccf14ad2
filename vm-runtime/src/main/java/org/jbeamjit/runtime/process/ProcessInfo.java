package org.jbeamjit.runtime.process;

import java.util.ArrayList;
import java.util.List;
import org.jbeamjit.runtime.error.ErlangException;
import org.jbeamjit.runtime.term.Atom;
import org.jbeamjit.runtime.term.Atoms;
import org.jbeamjit.runtime.term.Cons;
import org.jbeamjit.runtime.term.Nil;
import org.jbeamjit.runtime.term.Pid;
import org.jbeamjit.runtime.term.Tuple;

/**
 * {@code process_info/1,2}. The items about OTP's garbage-collected heaps report OTP's defaults
 * for a fresh process (there is no such heap here), so code that reads them keeps working; the
 * rest reports this process. Another process's collections are read as a snapshot.
 */
public final class ProcessInfo {
  private static final Atom REGISTERED_NAME = Atom.of("registered_name");
  /** The items of {@code process_info/1}, in OTP's order (registered_name first when there is one). */
  private static final List<Atom> DEFAULT_ITEMS = atoms("current_function", "initial_call", "status",
      "message_queue_len", "links", "dictionary", "trap_exit", "error_handler", "priority", "group_leader",
      "total_heap_size", "heap_size", "stack_size", "reductions", "garbage_collection", "suspending");
  static final Atom ERROR_HANDLER = Atom.of("error_handler");
  /** Bytes a fresh idle process takes here, about. */
  private static final long BASE_MEMORY = 400;

  private ProcessInfo() {}

  /** {@code process_info(Pid)}: the default items, or {@code undefined} for a dead process. */
  public static Object all(ErlProcess self, Object pid) {
    ErlProcess p = target(self, pid);
    if (p == null) {
      return Atoms.UNDEFINED;
    }
    List<Object> out = new ArrayList<>();
    if (p.registeredName() != null) {
      out.add(Tuple.of(REGISTERED_NAME, p.registeredName()));
    }
    for (Atom item : DEFAULT_ITEMS) {
      out.add(Tuple.of(item, value(self, p, item)));
    }
    return Cons.fromList(out);
  }

  /** {@code process_info(Pid, Item | [Item])}. */
  public static Object items(ErlProcess self, Object pid, Object spec) {
    ErlProcess p = target(self, pid);
    if (spec instanceof Atom item) {
      checkItem(item);
      if (p == null) {
        return Atoms.UNDEFINED;
      }
      if (item == REGISTERED_NAME && p.registeredName() == null) {
        return Nil.NIL;
      }
      return Tuple.of(item, value(self, p, item));
    }
    List<Atom> items = new ArrayList<>();
    Object l = spec;
    while (l instanceof Cons c) {
      if (!(c.head instanceof Atom a)) {
        throw ErlangException.badarg();
      }
      checkItem(a);
      items.add(a);
      l = c.tail;
    }
    if (l != Nil.NIL) {
      throw ErlangException.badarg();
    }
    if (p == null) {
      return Atoms.UNDEFINED;
    }
    List<Object> out = new ArrayList<>(items.size());
    for (Atom item : items) {
      out.add(Tuple.of(item, item == REGISTERED_NAME && p.registeredName() == null ? Nil.NIL : value(self, p, item)));
    }
    return Cons.fromList(out);
  }

  private static ErlProcess target(ErlProcess self, Object pid) {
    if (!(pid instanceof Pid x) || !LocalNode.isLocal(x)) {
      throw ErlangException.badarg();
    }
    return x.equals(self.pid()) ? self : ProcessTable.get().lookup(x);
  }

  private static void checkItem(Atom item) {
    if (value(null, null, item) == null) {
      throw ErlangException.badarg();
    }
  }

  /** The value of one item; with no process, a non-null placeholder for every known item, else null. */
  private static Object value(ErlProcess self, ErlProcess p, Atom item) {
    boolean own = p == self;
    switch (item.name()) {
      case "registered_name":
        return p == null ? Nil.NIL : p.registeredName();
      case "current_function":
        if (p != null && !own && p.currentFunction() != null) {
          return p.currentFunction();
        }
        return p == null || p.initialCall() == null ? Tuple.of(Atom.of("erlang"), Atom.of("apply"), 2L) : p.initialCall();
      case "initial_call":
        return p == null || p.initialCall() == null ? Tuple.of(Atom.of("erlang"), Atom.of("apply"), 2L) : p.initialCall();
      case "current_location":
        return p == null ? Nil.NIL : location(p, own);
      case "current_stacktrace":
        return p == null ? Nil.NIL : stacktrace(p, own);
      case "status":
        return p == null ? Nil.NIL : p.status();
      case "message_queue_len":
        return p == null ? 0L : (long) (own ? p.mailbox().size() : p.mailbox().approximateSize());
      case "messages":
        return p == null ? Nil.NIL : Cons.fromList(own ? p.mailbox().messages() : p.mailbox().messagesSnapshot());
      case "links":
        return p == null ? Nil.NIL : Cons.fromList(p.linkedPids());
      case "monitors":
        return p == null ? Nil.NIL : Cons.fromList(p.monitorItems());
      case "monitored_by":
        return p == null ? Nil.NIL : Cons.fromList(p.monitoredByPids());
      case "dictionary":
        return p == null ? Nil.NIL : dictionary(p, own);
      case "trap_exit":
        return p == null ? Nil.NIL : Atoms.bool(p.trapExit());
      case "error_handler":
        return p == null ? Nil.NIL : p.otherFlag(ERROR_HANDLER, ERROR_HANDLER);
      case "priority":
        return p == null ? Nil.NIL : p.priority().atom;
      case "group_leader":
        return p == null || p.groupLeader() == null ? Nil.NIL : p.groupLeader();
      case "parent":
        return p == null || p.parent() == null ? Atoms.UNDEFINED : p.parent();
      case "total_heap_size":
      case "heap_size":
      case "min_heap_size":
        return p == null ? 0L : MemorySettings.get(p, MemorySettings.MIN_HEAP_SIZE);
      case "stack_size":
        return 9L;
      case "reductions":
        return p == null ? 0L : p.reductionsDone();
      case "memory":
        return p == null ? 0L : BASE_MEMORY + 16L * (own ? p.mailbox().size() : p.mailbox().approximateSize());
      case "garbage_collection":
        return p == null ? Nil.NIL : Cons.list(setting(p, MemorySettings.MAX_HEAP_SIZE),
            setting(p, MemorySettings.MIN_BIN_VHEAP_SIZE), setting(p, MemorySettings.MIN_HEAP_SIZE),
            setting(p, MemorySettings.FULLSWEEP_AFTER), Tuple.of(Atom.of("minor_gcs"), 0L));
      case "garbage_collection_info":
        return Nil.NIL;
      case "min_bin_vheap_size":
        return p == null ? 0L : MemorySettings.get(p, item);
      case "max_heap_size":
        return p == null ? Nil.NIL : MemorySettings.get(p, item);
      case "fullsweep_after":
        return p == null ? 0L : MemorySettings.get(p, item);
      case "message_queue_data":
        return p == null ? Nil.NIL : MemorySettings.get(p, item);
      case "suspending":
      case "binary":
      case "sequential_trace_token":
      case "magic_ref":
        return Nil.NIL;
      case "catchlevel":
      case "trace":
        return 0L;
      case "last_calls":
        return Atoms.FALSE;
      default:
        return null;
    }
  }

  private static Tuple setting(ErlProcess p, Atom key) {
    return Tuple.of(key, MemorySettings.get(p, key));
  }

  /**
   * Where another process is: its innermost heap frame's location (the receive it waits in, or
   * the call it yielded in). The running process's own place is on its JVM stack, which this
   * cannot read: it reports its initial call, as before anything ran.
   */
  private static Object location(ErlProcess p, boolean own) {
    Continuation top = own ? null : p.suspendedCallers();
    Object here = top == null ? null : top.location();
    return here != null ? here : location(p);
  }

  /** Its location, then the call sites of its callers, as deep as {@code backtrace_depth}. */
  private static Object stacktrace(ErlProcess p, boolean own) {
    Object mine = own ? OwnStacktrace.of(p) : null;
    if (mine != null) {
      return mine;
    }
    Continuation top = own ? null : p.suspendedCallers();
    if (top == null || top.location() == null) {
      return Cons.list(location(p));
    }
    int depth = org.jbeamjit.runtime.error.ErlangException.backtraceDepth();
    List<Object> frames = new ArrayList<>();
    frames.add(top.location());
    for (Continuation c = top.caller(); c != null && frames.size() < depth; c = c.caller()) {
      Object f = c.stackFrame();
      if (f != null) {
        frames.add(f);
      }
    }
    return Cons.fromList(frames);
  }

  private static Object location(ErlProcess p) {
    Tuple mfa = p.initialCall() == null ? Tuple.of(Atom.of("erlang"), Atom.of("apply"), 2L) : p.initialCall();
    return Tuple.of(mfa.get(0), mfa.get(1), mfa.get(2), Nil.NIL);
  }

  private static Object dictionary(ErlProcess p, boolean own) {
    ProcessDictionary d = p.dictionaryIfAny();
    if (d == null) {
      return Nil.NIL;
    }
    if (own) {
      return d.entries();
    }
    List<Object> copy = Snapshots.copy(() -> {
      List<Object> one = new ArrayList<>();
      one.add(d.entries());
      return one;
    });
    return copy.isEmpty() ? Nil.NIL : copy.get(0);
  }

  private static List<Atom> atoms(String... names) {
    List<Atom> out = new ArrayList<>(names.length);
    for (String n : names) {
      out.add(Atom.of(n));
    }
    return List.copyOf(out);
  }
}
