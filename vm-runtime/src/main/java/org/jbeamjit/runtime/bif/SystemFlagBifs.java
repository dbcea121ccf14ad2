package org.jbeamjit.runtime.bif;

import java.util.Set;
import org.jbeamjit.runtime.error.ErlangException;
import org.jbeamjit.runtime.process.ErlProcess;
import org.jbeamjit.runtime.process.LocalNode;
import org.jbeamjit.runtime.process.MemorySettings;
import org.jbeamjit.runtime.process.MicrostateAccounting;
import org.jbeamjit.runtime.process.SchedulerWallTime;
import org.jbeamjit.runtime.term.Atom;
import org.jbeamjit.runtime.term.Atoms;
import org.jbeamjit.runtime.term.Cons;
import org.jbeamjit.runtime.term.Pid;
import org.jbeamjit.runtime.term.Port;
import org.jbeamjit.runtime.term.Tuple;

/**
 * {@code erlang:system_flag/2}: every flag OTP 25's erl accepts, with its checks, its
 * {@code badarg}s and its answer (the old value, mostly). What a flag tunes that the JVM does not
 * have (BEAM's allocators, thread binding) answers as erl does where that answer is fixed
 * ({@code erts_alloc} is {@code notsup}); settings are recorded where {@code system_info} or a new
 * process reads them back ({@link SystemFlags}, {@code MemorySettings}), and {@code backtrace_depth}
 * really bounds stack traces.
 */
public final class SystemFlagBifs {
  private static final Atom UNBOUND = Atom.of("unbound");
  private static final Atom UNDEFINED = Atom.of("undefined");
  private static final Atom LOGGER = Atom.of("logger");
  private static final Atom NOTSUP = Atom.of("notsup");
  private static final Atom FINAL = Atom.of("final");
  /** The bind types {@code system_flag(scheduler_bind_type, _)} accepts. */
  private static final Set<String> BIND_TYPES = Set.of("default_bind", "no_spread", "thread_spread",
      "processor_spread", "spread", "no_node_thread_spread", "no_node_processor_spread",
      "thread_no_node_processor_spread", "unbound");
  private static final long MAX_OUTSTANDING_REQUESTS = (1L << 27) - 1;
  private static final long MAX_TRACE_CONTROL_WORD = (1L << 32) - 1;

  private static volatile Object sequentialTracer = Atoms.FALSE;

  private SystemFlagBifs() {}

  @Bif(name = "system_flag")
  public static Object systemFlag(ErlProcess p, Object flag, Object value) {
    if (!(flag instanceof Atom f)) {
      throw ErlangException.badarg();
    }
    switch (f.name()) {
      case "backtrace_depth":
        return (long) ErlangException.setBacktraceDepth((int) Math.min(nonNegative(value), Integer.MAX_VALUE));
      case "schedulers_online":
        return (long) SystemFlags.setSchedulersOnline(inRange(value, 1, SystemFlags.schedulers()));
      case "dirty_cpu_schedulers_online":
        return (long) SystemFlags.setDirtyCpuSchedulersOnline(inRange(value, 1, SystemFlags.dirtyCpuSchedulers()));
      case "multi_scheduling":
        return multiScheduling(p, value);
      case "min_heap_size":
      case "min_bin_vheap_size":
      case "max_heap_size":
      case "fullsweep_after":
        return MemorySettings.setSystemDefault(f, value);
      case "trace_control_word":
        return SystemFlags.setTraceControlWord(inRange(value, 0, MAX_TRACE_CONTROL_WORD));
      case "time_offset":
        if (value != Atom.of("finalize")) {
          throw ErlangException.badarg();
        }
        return FINAL; // the offset never changes here (no time warp): it is final from the start
      case "microstate_accounting":
        return microstateAccounting(value);
      case "scheduler_wall_time":
        return Atoms.bool(SchedulerWallTime.request(p.pid(), Args.bool(value)));
      case "outstanding_system_requests_limit":
        return SystemFlags.setOutstandingSystemRequestsLimit(inRange(value, 1, MAX_OUTSTANDING_REQUESTS));
      case "system_logger":
        if (!(value instanceof Pid pid && LocalNode.isLocal(pid)) && value != UNDEFINED && value != LOGGER) {
          throw ErlangException.badarg();
        }
        return SystemFlags.setSystemLogger(value);
      case "cpu_topology":
        return cpuTopology(value);
      case "internal_cpu_topology":
        if (value != UNDEFINED) {
          throw ErlangException.badarg();
        }
        SystemFlags.setUserCpuTopology(null);
        return SystemInfoBifs.internalCpuTopology();
      case "scheduler_bind_type":
        if (!(value instanceof Atom t) || !BIND_TYPES.contains(t.name())) {
          throw ErlangException.badarg();
        }
        return UNBOUND; // the old binding; JVM threads cannot be bound to cores, so it stays so
      case "erts_alloc":
        if (value instanceof Tuple t && t.arity() == 3) {
          return NOTSUP;
        }
        throw ErlangException.badarg();
      case "reset_seq_trace":
        return Atoms.TRUE; // no process carries a sequential trace token to reset
      case "sequential_tracer":
        return sequentialTracer(value);
      case "debug_flags":
        return Atoms.TRUE;
      default:
        throw ErlangException.badarg();
    }
  }

  /**
   * {@code erts_internal:scheduler_wall_time/1}: the raw switch OTP's {@code kernel_refc} turns
   * (it counts the requests of {@code system_flag(scheduler_wall_time, _)} on erl); answers the old
   * state.
   */
  @Bif(module = "erts_internal", name = "scheduler_wall_time")
  public static Object schedulerWallTime(Object enable) {
    return Atoms.bool(SchedulerWallTime.setEnabled(Args.bool(enable)));
  }

  /** The tracer {@code system_info(sequential_tracer)} reports: {@code false}, a pid or a port. */
  static Object sequentialTracer() {
    return sequentialTracer;
  }

  private static Object multiScheduling(ErlProcess p, Object value) {
    if (!(value instanceof Atom op)) {
      throw ErlangException.badarg();
    }
    return switch (op.name()) {
      case "block" -> SystemFlags.multiScheduling(p.pid(), false, true);
      case "unblock" -> SystemFlags.multiScheduling(p.pid(), false, false);
      case "block_normal" -> SystemFlags.multiScheduling(p.pid(), true, true);
      case "unblock_normal" -> SystemFlags.multiScheduling(p.pid(), true, false);
      default -> throw ErlangException.badarg();
    };
  }

  private static Object microstateAccounting(Object value) {
    if (value == Atom.of("reset")) {
      return Atoms.bool(MicrostateAccounting.reset());
    }
    return Atoms.bool(MicrostateAccounting.set(Args.bool(value)));
  }

  /** The deprecated user-defined topology: {@code undefined} goes back to the machine's. Answers the old one. */
  private static Object cpuTopology(Object value) {
    if (value != UNDEFINED && !(value instanceof Cons)) {
      throw ErlangException.badarg();
    }
    Object old = SystemInfoBifs.cpuTopology();
    SystemFlags.setUserCpuTopology(value == UNDEFINED ? null : value);
    return old;
  }

  private static Object sequentialTracer(Object value) {
    if (value != Atoms.FALSE && !(value instanceof Pid pid && LocalNode.isLocal(pid))
        && !(value instanceof Port)) {
      throw ErlangException.badarg();
    }
    Object old = sequentialTracer;
    sequentialTracer = value;
    return old;
  }

  private static long nonNegative(Object v) {
    if (v instanceof Long n && n >= 0) {
      return n;
    }
    throw ErlangException.badarg();
  }

  private static int inRange(Object v, int min, int max) {
    return (int) inRange(v, (long) min, (long) max);
  }

  private static long inRange(Object v, long min, long max) {
    if (v instanceof Long n && n >= min && n <= max) {
      return n;
    }
    throw ErlangException.badarg();
  }
}
