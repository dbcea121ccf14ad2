package org.jbeamjit.runtime.bif;

import org.jbeamjit.runtime.error.ErlangException;
import org.jbeamjit.runtime.process.ErlProcess;
import org.jbeamjit.runtime.process.InitialCall;
import org.jbeamjit.runtime.process.LocalNode;
import org.jbeamjit.runtime.process.MemorySettings;
import org.jbeamjit.runtime.process.Priority;
import org.jbeamjit.runtime.process.ProcessInfo;
import org.jbeamjit.runtime.process.ProcessTable;
import org.jbeamjit.runtime.process.Signals;
import org.jbeamjit.runtime.process.SpawnOptions;
import org.jbeamjit.runtime.process.Statistics;
import org.jbeamjit.runtime.process.Spawner;
import org.jbeamjit.runtime.term.Atom;
import org.jbeamjit.runtime.term.Atoms;
import org.jbeamjit.runtime.term.Cons;
import org.jbeamjit.runtime.term.ErlMap;
import org.jbeamjit.runtime.term.Nil;
import org.jbeamjit.runtime.term.Pid;
import org.jbeamjit.runtime.term.Port;
import org.jbeamjit.runtime.term.Ref;
import org.jbeamjit.runtime.term.Tuple;

/**
 * The BIFs about processes themselves: identity, spawning, flags, {@code process_info}, group
 * leaders and giving up the scheduler. The spawn variants that {@code erlang.erl} writes in Erlang
 * ({@code spawn/1}, {@code spawn_monitor/3}, ...) run from OTP's own code and end up here.
 */
public final class ProcessBifs {
  private static final Atom TRAP_EXIT = Atom.of("trap_exit");
  private static final Atom PRIORITY = Atom.of("priority");
  private static final Atom ERROR_HANDLER = Atom.of("error_handler");
  private static final Atom MONITOR_NODES = Atom.of("monitor_nodes");
  private static final Atom SAVE_CALLS = Atom.of("save_calls");
  private static final Atom SENSITIVE = Atom.of("sensitive");

  private ProcessBifs() {}

  @Bif(name = "self", guard = true)
  public static Object self(ErlProcess p) {
    return p.pid();
  }

  @Bif(name = "node", guard = true)
  public static Object node() {
    return LocalNode.NAME;
  }

  /** {@code node(Pid | Port | Ref)}: the node it belongs to. */
  @Bif(name = "node", guard = true)
  public static Object node(Object id) {
    if (id instanceof Pid pid) {
      return pid.node;
    } else if (id instanceof Port port) {
      return port.node;
    } else if (id instanceof Ref ref) {
      return ref.node;
    }
    throw ErlangException.badarg();
  }

  /**
   * {@code net_kernel:dflag_unicode_io/1}: whether the node of an io server's pid speaks unicode
   * io requests ({@code io} asks before sending one); every node this one can reach does.
   */
  @Bif(module = "net_kernel", name = "dflag_unicode_io")
  public static Object dflagUnicodeIo(Object pid) {
    if (!(pid instanceof Pid)) {
      throw ErlangException.badarg();
    }
    return Atoms.TRUE;
  }

  @Bif(name = "make_ref")
  public static Object makeRef() {
    return LocalNode.makeRef();
  }

  @Bif(name = "spawn")
  public static Object spawn(ErlProcess p, Object module, Object function, Object args) {
    return Spawner.spawn(p, Args.atom(module), Args.atom(function), Args.listToArray(args), SpawnOptions.NONE);
  }

  @Bif(name = "spawn_link")
  public static Object spawnLink(ErlProcess p, Object module, Object function, Object args) {
    return Spawner.spawn(p, Args.atom(module), Args.atom(function), Args.listToArray(args), SpawnOptions.LINKED);
  }

  @Bif(name = "spawn_opt")
  public static Object spawnOpt(ErlProcess p, Object module, Object function, Object args, Object options) {
    SpawnOptions o = SpawnOptions.parse(options); // first, as in OTP: a bad option is badopt whatever the MFA
    Atom m = Args.atom(module);
    Atom f = Args.atom(function);
    Object[] a = Args.listToArray(args);
    return Spawner.spawn(p, m, f, a, o);
  }

  @Bif(name = "is_process_alive")
  public static Object isProcessAlive(ErlProcess p, Object pid) {
    if (!(pid instanceof Pid x) || !LocalNode.isLocal(x)) {
      throw ErlangException.badarg();
    }
    ErlProcess q = x.equals(p.pid()) ? p : Signals.process(x);
    return Atoms.bool(q != null && q.isAlive());
  }

  @Bif(name = "processes")
  public static Object processes() {
    Object l = Nil.NIL;
    java.util.List<ErlProcess> all = ProcessTable.get().all();
    for (int i = all.size() - 1; i >= 0; i--) {
      l = new Cons(all.get(i).pid(), l);
    }
    return l;
  }

  @Bif(name = "process_info")
  public static Object processInfo(ErlProcess p, Object pid) {
    return ProcessInfo.all(p, pid);
  }

  @Bif(name = "process_info")
  public static Object processInfo(ErlProcess p, Object pid, Object items) {
    return ProcessInfo.items(p, pid, items);
  }

  /** {@code process_flag/2}: sets a flag of the calling process and returns its old value. */
  @Bif(name = "process_flag")
  public static Object processFlag(ErlProcess p, Object flag, Object value) {
    if (flag == TRAP_EXIT) {
      return Atoms.bool(p.setTrapExit(Args.bool(value)));
    } else if (flag == PRIORITY) {
      Priority prio = Priority.of(value);
      if (prio == null) {
        throw ErlangException.badarg();
      }
      return p.setPriority(prio).atom;
    } else if (flag == ERROR_HANDLER) {
      return p.setOtherFlag(ERROR_HANDLER, Args.atom(value), ERROR_HANDLER);
    } else if (MemorySettings.isSetting(flag)) {
      return MemorySettings.set(p, (Atom) flag, value);
    } else if (flag == SAVE_CALLS) {
      Args.intIn(value, 0, 10000);
      return p.setOtherFlag(SAVE_CALLS, value, 0L);
    } else if (flag == SENSITIVE) {
      Args.bool(value);
      return p.setOtherFlag(SENSITIVE, value, Atoms.FALSE);
    } else if (flag == MONITOR_NODES || flag instanceof Tuple t && t.arity() == 2 && t.get(0) == MONITOR_NODES
        && (t.get(1) instanceof ErlMap || t.get(1) instanceof Cons || t.get(1) == Nil.NIL)) {
      return monitorNodes(p, flag, Args.bool(value));
    }
    throw ErlangException.badarg(Atom.of("badopt")); // an unknown flag (OTP's error_info cause)
  }

  /**
   * {@code process_flag(monitor_nodes | {monitor_nodes, Opts}, Bool)}: one more (or one fewer)
   * subscription of that kind to nodeup/nodedown messages, answering how many there were. A node
   * without distribution never sends one, but kernel's servers subscribe as they start.
   */
  private static Object monitorNodes(ErlProcess p, Object kind, boolean on) {
    @SuppressWarnings("unchecked")
    java.util.Map<Object, Long> counts = (java.util.Map<Object, Long>) p.otherFlag(MONITOR_NODES, null);
    if (counts == null) {
      counts = new java.util.HashMap<>();
      p.setOtherFlag(MONITOR_NODES, counts, null);
    }
    long before = counts.getOrDefault(kind, 0L);
    counts.put(kind, on ? before + 1 : Math.max(0, before - 1));
    return before;
  }

  /** {@code erts_internal:is_system_process/1}: whether {@code init:stop/0} spares the process. */
  @Bif(module = "erts_internal", name = "is_system_process")
  public static Object isSystemProcess(Object pid) {
    if (!(pid instanceof Pid x)) {
      throw ErlangException.badarg();
    }
    return Atoms.bool(org.jbeamjit.runtime.process.SystemProcesses.contains(x));
  }

  @Bif(name = "group_leader")
  public static Object groupLeader(ErlProcess p) {
    return p.groupLeader();
  }

  /**
   * {@code erts_internal:group_leader/2}, under {@code erlang:group_leader/2}: {@code true}, or
   * {@code badarg} for that wrapper to raise.
   */
  @Bif(module = "erts_internal", name = "group_leader")
  public static Object setGroupLeader(ErlProcess p, Object leader, Object pid) {
    if (!(leader instanceof Pid gl) || !(pid instanceof Pid x)) {
      return Atoms.BADARG;
    }
    ErlProcess target = x.equals(p.pid()) ? p : Signals.process(x);
    if (target == null) {
      return Atoms.BADARG;
    }
    target.setGroupLeader(gl);
    return Atoms.TRUE;
  }

  /** {@code erts_internal:group_leader/3}: the asynchronous form, answered with {@code {Ref, Result}}. */
  @Bif(module = "erts_internal", name = "group_leader")
  public static Object setGroupLeader(ErlProcess p, Object leader, Object pid, Object ref) {
    p.send(Tuple.of(ref, setGroupLeader(p, leader, pid)));
    return Atoms.TRUE;
  }

  /**
   * {@code erts_internal:garbage_collect/1}, under {@code erlang:garbage_collect/0,2}: there is no
   * per-process heap to collect (the JVM collects), so it only checks the mode.
   */
  @Bif(module = "erts_internal", name = "garbage_collect")
  public static Object garbageCollect(Object mode) {
    if (mode != Atom.of("major") && mode != Atom.of("minor")) {
      throw ErlangException.badarg();
    }
    return Atoms.TRUE;
  }

  /**
   * {@code erts_internal:request_system_task/3} with {@code {garbage_collect, ReqId, Type}}: a
   * garbage collection of another process, which {@code erlang:garbage_collect/1,2} asks for and
   * waits to hear about. The answer {@code {garbage_collect, ReqId, Alive}} comes at once (nothing
   * to collect). The BIF itself is declared in jit-codegen's {@code CodeBifs}, whose code checks
   * need the module table; it hands these requests here.
   */
  public static Object requestGarbageCollect(ErlProcess p, Object pid, Object priority, Object request) {
    if (!(pid instanceof Pid x) || !(priority instanceof Atom) || !(request instanceof Tuple t) || t.arity() != 3
        || t.get(0) != Atom.of("garbage_collect") || (t.get(2) != Atom.of("major") && t.get(2) != Atom.of("minor"))) {
      throw ErlangException.badarg();
    }
    ErlProcess target = x.equals(p.pid()) ? p : Signals.process(x);
    p.send(Tuple.of(t.get(0), t.get(1), Atoms.bool(target != null && target.isAlive())));
    return Atoms.OK;
  }

  @Bif(name = "yield")
  public static Object yield(ErlProcess p) {
    p.yieldSlice();
    return Atoms.TRUE;
  }

  /** {@code statistics/1}: the counters of the schedulers, processes, ports and the JVM. */
  @Bif(name = "statistics")
  public static Object statistics(Object item) {
    return Statistics.of(item);
  }

  @Bif(name = "bump_reductions")
  public static Object bumpReductions(ErlProcess p, Object n) {
    if (!(n instanceof Long r) || r < 0) {
      throw ErlangException.badarg();
    }
    p.bumpReductions(r);
    return Atoms.TRUE;
  }

  /** {@code hibernate(M, F, Args)}: discards the stack and waits; a message wakes it in {@code M:F(Args)}. */
  @Bif(name = "hibernate")
  public static Object hibernate(ErlProcess p, Object module, Object function, Object args) {
    Atom m = Args.atom(module);
    Atom f = Args.atom(function);
    Object[] a = Args.listToArray(args);
    p.hibernate(InitialCall.wakeUp(m, f, a));
    throw new AssertionError("hibernate returned");
  }
}
