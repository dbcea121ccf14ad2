package org.jbeamjit.runtime.bif;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jbeamjit.runtime.process.ErlProcess;
import org.jbeamjit.runtime.process.Scheduling;
import org.jbeamjit.runtime.term.Atom;
import org.jbeamjit.runtime.term.Cons;
import org.jbeamjit.runtime.term.Pid;

/**
 * The node-wide settings {@code erlang:system_flag/2} changes and {@code erlang:system_info/1}
 * reports (the memory defaults live in {@code MemorySettings}, the backtrace depth in
 * {@code ErlangException}, scheduler wall time in {@code SchedulerWallTime}). Settings held on
 * behalf of a process (a multi-scheduling block) are released when it exits, as in OTP.
 *
 * <p>These are recorded, not enforced: a smaller {@code schedulers_online} or a multi-scheduling
 * block does not stop scheduler threads here.
 */
public final class SystemFlags {
  static final Atom ENABLED = Atom.of("enabled");
  static final Atom DISABLED = Atom.of("disabled");
  static final Atom BLOCKED = Atom.of("blocked");
  static final Atom BLOCKED_NORMAL = Atom.of("blocked_normal");
  /** OTP's default for {@code outstanding_system_requests_limit}. */
  static final long DEFAULT_OUTSTANDING_REQUESTS = 4;

  private static volatile int schedulersOnline;
  private static volatile int dirtyCpuSchedulersOnline;
  private static volatile long traceControlWord;
  private static volatile long outstandingSystemRequestsLimit = DEFAULT_OUTSTANDING_REQUESTS;
  /** A pid, {@code undefined} or {@code logger} (the registered logger: OTP's start value). */
  private static volatile Object systemLogger = Atom.of("logger");
  /** A topology set by {@code system_flag(cpu_topology, _)}, or {@code null} for the machine's. */
  private static volatile Object userCpuTopology;
  /** Per blocking process, its nested {@code block} and {@code block_normal} counts. */
  private static final Map<Pid, Integer> BLOCKERS = new ConcurrentHashMap<>();
  private static final Map<Pid, Integer> NORMAL_BLOCKERS = new ConcurrentHashMap<>();

  static {
    ErlProcess.addExitHook(p -> {
      if (!BLOCKERS.isEmpty() || !NORMAL_BLOCKERS.isEmpty()) {
        BLOCKERS.remove(p.pid());
        NORMAL_BLOCKERS.remove(p.pid());
      }
    });
  }

  private SystemFlags() {}

  /** The scheduler threads: the installed schedulers', or the machine's processors before there are any. */
  static int schedulers() {
    int n = Scheduling.get().schedulerCount();
    return n > 0 ? n : Runtime.getRuntime().availableProcessors();
  }

  static int schedulersOnline() {
    int n = schedulersOnline;
    return n > 0 && n <= schedulers() ? n : schedulers();
  }

  static int setSchedulersOnline(int n) {
    int old = schedulersOnline();
    schedulersOnline = n;
    return old;
  }

  /** As many dirty CPU schedulers as schedulers, as erl starts them. */
  static int dirtyCpuSchedulers() {
    return schedulers();
  }

  static int dirtyCpuSchedulersOnline() {
    int n = dirtyCpuSchedulersOnline;
    return n > 0 && n <= dirtyCpuSchedulers() ? n : dirtyCpuSchedulers();
  }

  static int setDirtyCpuSchedulersOnline(int n) {
    int old = dirtyCpuSchedulersOnline();
    dirtyCpuSchedulersOnline = n;
    return old;
  }

  static long traceControlWord() {
    return traceControlWord;
  }

  static long setTraceControlWord(long word) {
    long old = traceControlWord;
    traceControlWord = word;
    return old;
  }

  static long outstandingSystemRequestsLimit() {
    return outstandingSystemRequestsLimit;
  }

  static long setOutstandingSystemRequestsLimit(long n) {
    long old = outstandingSystemRequestsLimit;
    outstandingSystemRequestsLimit = n;
    return old;
  }

  /** Where the emulator sends its log events: a pid, {@code undefined} (dropped) or the name {@code logger}. */
  public static Object systemLogger() {
    return systemLogger;
  }

  static Object setSystemLogger(Object logger) {
    Object old = systemLogger;
    systemLogger = logger;
    return old;
  }

  static Object userCpuTopology() {
    return userCpuTopology;
  }

  static void setUserCpuTopology(Object topology) {
    userCpuTopology = topology;
  }

  /**
   * {@code system_flag(multi_scheduling, Op)}: {@code block}/{@code unblock} nest per process
   * (and {@code block_normal}/{@code unblock_normal}); answers the state after the change.
   */
  static Atom multiScheduling(Pid who, boolean normal, boolean block) {
    Map<Pid, Integer> blockers = normal ? NORMAL_BLOCKERS : BLOCKERS;
    if (block) {
      blockers.merge(who, 1, Integer::sum);
    } else {
      blockers.computeIfPresent(who, (k, n) -> n > 1 ? n - 1 : null);
    }
    return multiScheduling();
  }

  /** {@code system_info(multi_scheduling)}. */
  static Atom multiScheduling() {
    if (schedulers() == 1) {
      return DISABLED;
    } else if (!BLOCKERS.isEmpty()) {
      return BLOCKED;
    } else if (!NORMAL_BLOCKERS.isEmpty()) {
      return BLOCKED_NORMAL;
    }
    return ENABLED;
  }

  /** {@code system_info(multi_scheduling_blockers)} or its {@code normal_} form: each blocker once. */
  static Object blockers(boolean normal) {
    List<Object> pids = new ArrayList<>((normal ? NORMAL_BLOCKERS : BLOCKERS).keySet());
    return Cons.fromList(pids);
  }
}
