package org.jbeamjit.runtime.bif;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jbeamjit.runtime.error.ErlangException;
import org.jbeamjit.runtime.ets.EtsTotals;
import org.jbeamjit.runtime.process.ErlProcess;
import org.jbeamjit.runtime.process.LocalNode;
import org.jbeamjit.runtime.process.MemorySettings;
import org.jbeamjit.runtime.process.MonotonicClock;
import org.jbeamjit.runtime.process.Ports;
import org.jbeamjit.runtime.process.ProcessTable;
import org.jbeamjit.runtime.term.Atom;
import org.jbeamjit.runtime.term.Atoms;
import org.jbeamjit.runtime.term.Cons;
import org.jbeamjit.runtime.term.ErlMap;
import org.jbeamjit.runtime.term.Nil;
import org.jbeamjit.runtime.term.Tuple;

/**
 * {@code erlang:system_info/1}: facts about the emulator, answered as OTP 25's erl answers them
 * on a 64-bit Linux machine where that is a fixed fact (word size, release, versions, flags and
 * default settings), and from this VM where it is a measurement (schedulers, processes, atoms,
 * logical processors, clocks). Items that describe BEAM's own internals (allocators, check_io,
 * crash-dump texts, distribution, ETS) are {@code badarg} here, as an unknown item is on erl.
 */
public final class SystemInfoBifs {
  /** The OTP release and ERTS version whose behaviour this VM follows. */
  static final String OTP_RELEASE = "25";
  static final String ERTS_VERSION = "13.1.5";

  private static final Atom WORDSIZE = Atom.of("wordsize");
  private static final Atom INTERNAL = Atom.of("internal");
  private static final Atom EXTERNAL = Atom.of("external");
  private static final Atom MEMORY_INTERNAL = Atom.of("memory_internal");
  /** OTP's default table limit, which OTP 25 reports though tables are bounded only by memory. */
  private static final long ETS_LIMIT = 8192;
  private static final Atom CPU_TOPOLOGY = Atom.of("cpu_topology");

  private SystemInfoBifs() {}

  /** {@code system_info(Item)} for Java callers: the items answered by value (not by message). */
  public static Object systemInfo(Object item) {
    return systemInfo(null, item);
  }

  @Bif(name = "system_info")
  public static Object systemInfo(ErlProcess p, Object item) {
    if (item instanceof Tuple t && t.arity() == 2 && t.get(0) == WORDSIZE
        && (t.get(1) == INTERNAL || t.get(1) == EXTERNAL)) {
      return 8L;
    }
    if (item instanceof Tuple t && t.arity() == 3 && t.get(0) == MEMORY_INTERNAL && p != null) {
      return MemoryBifs.memoryInternal(p, t.get(1), t.get(2));
    }
    if (item instanceof Tuple t && t.arity() == 2 && t.get(0) == CPU_TOPOLOGY) {
      return cpuTopology(t.get(1));
    }
    if (!(item instanceof Atom a)) {
      throw ErlangException.badarg();
    }
    int schedulers = schedulers();
    return switch (a.name()) {
      case "wordsize" -> 8L;
      case "otp_release" -> Cons.string(OTP_RELEASE);
      case "version" -> Cons.string(ERTS_VERSION);
      case "machine" -> Cons.string("BEAM");
      case "system_version" -> Cons.string("Erlang/OTP " + OTP_RELEASE + " [erts-" + ERTS_VERSION + "] [jbeamjit] [64-bit] [smp:"
          + schedulers + ":" + schedulers + "] [ds:" + schedulers + ":" + schedulers + ":10] [async-threads:1]\n");
      case "system_architecture" -> Cons.string(architecture());
      case "os_type" -> osType();
      case "os_version" -> osVersion();
      case "compat_rel" -> Long.parseLong(OTP_RELEASE);
      case "driver_version" -> Cons.string("3.3");
      case "nif_version" -> Cons.string("2.16");
      case "emu_type", "build_type" -> Atom.of("opt");
      case "emu_flavor" -> Atom.of("jit");
      case "debug_compiled", "lock_checking", "lock_counting", "port_parallelism", "ets_always_compress",
          "dynamic_trace_probes", "break_ignored" -> Atoms.FALSE;
      case "smp_support", "threads", "kernel_poll", "time_correction", "eager_check_io" -> Atoms.TRUE;
      case "hipe_architecture", "modified_timing_level" -> Atoms.UNDEFINED;
      case "heap_type" -> Atom.of("private");
      case "schedulers", "dirty_cpu_schedulers" -> (long) schedulers;
      case "schedulers_online" -> (long) SystemFlags.schedulersOnline();
      case "dirty_cpu_schedulers_online" -> (long) SystemFlags.dirtyCpuSchedulersOnline();
      case "schedulers_state" -> Tuple.of((long) schedulers, (long) SystemFlags.schedulersOnline(),
          (long) schedulers);
      case "dirty_io_schedulers" -> 10L;
      case "thread_pool_size" -> 1L;
      case "logical_processors", "logical_processors_available", "logical_processors_online" ->
          (long) Runtime.getRuntime().availableProcessors();
      case "cpu_topology" -> cpuTopology();
      case "cpu_quota" -> Atom.of("unknown");
      case "multi_scheduling" -> SystemFlags.multiScheduling();
      case "multi_scheduling_blockers" -> SystemFlags.blockers(false);
      case "normal_multi_scheduling_blockers" -> SystemFlags.blockers(true);
      case "dist_ctrl" -> Nil.NIL;
      case "scheduler_bind_type" -> Atom.of("unbound");
      case "scheduler_bindings" -> schedulerBindings(schedulers);
      case "process_limit" -> (long) ProcessTable.get().limit();
      case "process_count" -> (long) ProcessTable.get().count();
      case "atom_count" -> (long) Atom.count();
      case "atom_limit" -> (long) Atom.MAX_ATOMS;
      case "port_limit" -> 65536L;
      case "context_reductions" -> (long) ErlProcess.CONTEXT_REDUCTIONS;
      case "creation" -> (long) LocalNode.CREATION;
      case "dist_buf_busy_limit" -> 1048576L;
      case "delayed_node_table_gc" -> 60L;
      case "outstanding_system_requests_limit" -> SystemFlags.outstandingSystemRequestsLimit();
      case "system_logger" -> SystemFlags.systemLogger();
      case "alloc_util_allocators" -> MemoryBifs.allocators();
      case "scheduler_id" -> p == null ? 1L : (long) p.schedulerHome + 1;
      case "start_time" -> MonotonicClock.start();
      case "end_time" -> Long.MAX_VALUE + MonotonicClock.start(); // the last time the clock can read
      case "ets_count" -> (long) EtsTotals.tableCount();
      case "ets_limit" -> ETS_LIMIT;
      case "port_count" -> (long) Args.listLength(Ports.all());
      case "heap_sizes" -> heapSizes();
      case "taints" -> Nil.NIL; // no C NIF library is ever loaded
      case "allocated_areas" -> MemoryBifs.allocatedAreas();
      case "time_offset" -> Atom.of("final");
      case "time_warp_mode" -> Atom.of("no_time_warp");
      case "tolerant_timeofday" -> Atom.of("enabled");
      case "os_monotonic_time_source" -> timeSource("CLOCK_MONOTONIC", System.nanoTime(), true);
      case "os_system_time_source" -> timeSource("CLOCK_REALTIME", TimeBifs.osSystemNanos(), false);
      case "min_heap_size", "min_bin_vheap_size", "fullsweep_after" -> Tuple.of(a, MemorySettings.systemDefault(a));
      case "max_heap_size" -> MemorySettings.systemDefault(a);
      case "garbage_collection" -> Cons.list(
          Tuple.of(MemorySettings.MAX_HEAP_SIZE,
              ((ErlMap) MemorySettings.systemDefault(MemorySettings.MAX_HEAP_SIZE)).get(Atom.of("size"))),
          Tuple.of(MemorySettings.MIN_BIN_VHEAP_SIZE, MemorySettings.systemDefault(MemorySettings.MIN_BIN_VHEAP_SIZE)),
          Tuple.of(MemorySettings.MIN_HEAP_SIZE, MemorySettings.systemDefault(MemorySettings.MIN_HEAP_SIZE)),
          Tuple.of(MemorySettings.FULLSWEEP_AFTER, MemorySettings.systemDefault(MemorySettings.FULLSWEEP_AFTER)));
      case "message_queue_data" -> Atom.of("on_heap");
      case "trace_control_word" -> SystemFlags.traceControlWord();
      case "sequential_tracer" -> Tuple.of(a, SystemFlagBifs.sequentialTracer());
      case "update_cpu_info" -> Atom.of("unchanged");
      case "dynamic_trace" -> Atom.of("none");
      default -> throw ErlangException.badarg();
    };
  }

  /**
   * {@code error_logger:warning_map/0}: what warning reports are mapped to, erl's {@code +W}
   * flag; {@code warning} by default.
   */
  @Bif(module = "error_logger", name = "warning_map")
  public static Object warningMap() {
    return Atom.of("warning");
  }

  private static int schedulers() {
    return SystemFlags.schedulers();
  }

  /** The GNU triplet erl's configure would have written for this machine. */
  private static String architecture() {
    String arch = System.getProperty("os.arch", "unknown");
    String cpu = switch (arch) {
      case "amd64", "x86_64" -> "x86_64";
      case "aarch64", "arm64" -> "aarch64";
      default -> arch;
    };
    String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
    if (os.startsWith("mac")) {
      return cpu + "-apple-darwin";
    } else if (os.startsWith("windows")) {
      return "win32";
    }
    return cpu + (cpu.equals("x86_64") ? "-pc" : "-unknown") + "-linux-gnu";
  }

  /** {@code os:type()}: {@code {Family, Name}} as erl reports it. */
  private static Object osType() {
    String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
    if (os.startsWith("windows")) {
      return Tuple.of(Atom.of("win32"), Atom.of("nt"));
    }
    String name = os.startsWith("mac") ? "darwin" : os.replace(' ', '_');
    return Tuple.of(Atom.of("unix"), Atom.of(name));
  }

  /** {@code os:version()}: the kernel release's first three numbers, as uname gives them. */
  private static Object osVersion() {
    String[] parts = System.getProperty("os.version", "0").split("[^0-9]+");
    long[] v = new long[3];
    for (int i = 0; i < 3 && i < parts.length; i++) {
      v[i] = parts[i].isEmpty() ? 0 : Long.parseLong(parts[i]);
    }
    return Tuple.of(v[0], v[1], v[2]);
  }

  private static Object heapSizes() {
    List<Object> sizes = new ArrayList<>();
    for (long s : MemorySettings.heapSizeSteps()) {
      sizes.add(s);
    }
    return Cons.fromList(sizes);
  }

  /** {@code system_info(cpu_topology)}: the one {@code system_flag} set, else the machine's. */
  static Object cpuTopology() {
    Object user = SystemFlags.userCpuTopology();
    return user != null ? user : detectedCpuTopology();
  }

  /** {@code system_info({cpu_topology, defined | detected | used})}. */
  private static Object cpuTopology(Object which) {
    if (which == Atom.of("defined")) {
      Object user = SystemFlags.userCpuTopology();
      return user != null ? user : Atoms.UNDEFINED;
    } else if (which == Atom.of("detected")) {
      return detectedCpuTopology();
    } else if (which == Atom.of("used")) {
      return cpuTopology();
    }
    throw ErlangException.badarg();
  }

  /**
   * The machine's topology in OTP's internal form ({@code system_flag(internal_cpu_topology, _)}):
   * {@code {cpu, Node, Processor, ProcessorNode, Core, Thread, Logical}} per logical processor.
   */
  static Object internalCpuTopology() {
    List<Object> cpus = new ArrayList<>();
    for (long i = 0; i < Runtime.getRuntime().availableProcessors(); i++) {
      cpus.add(Tuple.of(Atom.of("cpu"), 0L, 0L, -1L, i, 0L, i));
    }
    return Cons.fromList(cpus);
  }

  /** One processor with a core per logical processor, as erl shows a machine it cannot read deeper. */
  private static Object detectedCpuTopology() {
    List<Object> cores = new ArrayList<>();
    for (long i = 0; i < Runtime.getRuntime().availableProcessors(); i++) {
      cores.add(Tuple.of(Atom.of("core"), Tuple.of(Atom.of("logical"), i)));
    }
    return Cons.list(Tuple.of(Atom.of("processor"), Cons.fromList(cores)));
  }

  private static Object schedulerBindings(int schedulers) {
    Object[] unbound = new Object[schedulers];
    java.util.Arrays.fill(unbound, Atom.of("unbound"));
    return Tuple.of(unbound);
  }

  /** The clock a time source item describes: both are the JVM's views of clock_gettime. */
  private static Object timeSource(String clockId, long now, boolean monotonic) {
    List<Object> info = new ArrayList<>();
    info.add(Tuple.of(Atom.of("function"), Atom.of("clock_gettime")));
    info.add(Tuple.of(Atom.of("clock_id"), Atom.of(clockId)));
    info.add(Tuple.of(Atom.of("resolution"), 1_000_000_000L));
    if (monotonic) {
      info.add(Tuple.of(Atom.of("extended"), Atom.of("no")));
    }
    info.add(Tuple.of(Atom.of("parallel"), Atom.of("yes")));
    info.add(Tuple.of(Atom.of("time"), now));
    return Cons.fromList(info);
  }
}
