package org.jbeamjit.runtime.bif;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.List;
import org.jbeamjit.runtime.error.ErlangException;
import org.jbeamjit.runtime.ets.EtsTotals;
import org.jbeamjit.runtime.process.ErlProcess;
import org.jbeamjit.runtime.process.ProcessTable;
import org.jbeamjit.runtime.term.Atom;
import org.jbeamjit.runtime.term.Cons;
import org.jbeamjit.runtime.term.Nil;
import org.jbeamjit.runtime.term.Ref;
import org.jbeamjit.runtime.term.Tuple;

/**
 * What OTP's own {@code erlang:memory/0,1} (Erlang code in erlang.erl) reads: the allocator
 * figures of {@code system_info({memory_internal, Ref, Allocs})}, answered by messages as BEAM's
 * schedulers answer them, and {@code system_info(allocated_areas)}. erlang.erl then adds them up
 * into {@code total}, {@code processes}, {@code system}, {@code atom}, {@code binary},
 * {@code code} and {@code ets} with its own rules, errors included.
 *
 * <p>The figures are measured on the JVM, not BEAM's allocators: the bytes the process table and
 * mailboxes take (an estimate per process), ETS tables as {@code ets:info(T, memory)} counts them,
 * the atom table, the JVM's code (metaspace and code cache) as loaded code, and the rest of the
 * used JVM heap as the system's. So {@code total = processes + system}, and {@code system} holds
 * atoms, code and ETS, as on erl. Binaries are not counted apart (they live in the JVM heap
 * with everything else): {@code binary} is 0.
 */
public final class MemoryBifs {
  /** The allocators {@code system_info(alloc_util_allocators)} names on erl. */
  private static final List<String> ALLOCATORS = List.of("temp_alloc", "sl_alloc", "std_alloc", "ll_alloc",
      "eheap_alloc", "ets_alloc", "fix_alloc", "literal_alloc", "binary_alloc", "driver_alloc");
  /** Bytes an idle process takes here, about (as {@code process_info(P, memory)} reports). */
  private static final long PROCESS_BYTES = 400;
  private static final long ATOM_BYTES = 48;
  private static final long WORD = 8;

  private MemoryBifs() {}

  /**
   * {@code erts_internal:no_aux_work_threads/0}: one per scheduler and one more, as on erl; a
   * memory request is answered by all but one of them.
   */
  @Bif(module = "erts_internal", name = "no_aux_work_threads")
  public static Object noAuxWorkThreads() {
    return (long) SystemFlags.schedulers() + 1;
  }

  static Object allocators() {
    List<Object> out = new ArrayList<>();
    for (String a : ALLOCATORS) {
      out.add(Atom.of(a));
    }
    return Cons.fromList(out);
  }

  /**
   * {@code system_info({memory_internal, Ref, Allocs})}: sends the caller one
   * {@code {Ref, SchedulerId, Data}} per scheduler, the first with every figure, the others with
   * none, where Data lists {@code {Alloc, Instance, Info}} in the shape erl's allocator info
   * has. Answers {@code true}.
   */
  static Object memoryInternal(ErlProcess p, Object ref, Object allocs) {
    if (!(ref instanceof Ref)) {
      throw ErlangException.badarg();
    }
    for (Object l = allocs; l != Nil.NIL; ) {
      if (!(l instanceof Cons c) || !(c.head instanceof Atom)) {
        throw ErlangException.badarg();
      }
      l = c.tail;
    }
    Figures f = Figures.measure();
    List<Object> data = new ArrayList<>();
    for (Object l = allocs; l instanceof Cons c; l = c.tail) {
      String alloc = ((Atom) c.head).name();
      long bytes = switch (alloc) {
        case "eheap_alloc" -> f.processes;
        case "ets_alloc" -> f.ets;
        case "std_alloc" -> f.system;
        default -> 0;
      };
      List<Object> info = new ArrayList<>();
      if (alloc.equals("fix_alloc")) {
        info.add(Tuple.of(Atom.of("fix_types"), Cons.list(Tuple.of(Atom.of("proc"), 0L, 0L))));
      }
      info.add(Tuple.of(Atom.of("mbcs"), Cons.list(
          Tuple.of(Atom.of("blocks"), bytes == 0 ? Nil.NIL
              : Cons.list(Tuple.of(c.head, Cons.list(Tuple.of(Atom.of("size"), bytes))))),
          Tuple.of(Atom.of("carriers_size"), bytes))));
      data.add(Tuple.of(c.head, 0L, Cons.fromList(info)));
    }
    p.send(Tuple.of(ref, 1L, Cons.fromList(data)));
    for (long s = 2; s <= SystemFlags.schedulers(); s++) {
      p.send(Tuple.of(ref, s, Nil.NIL));
    }
    return org.jbeamjit.runtime.term.Atoms.TRUE;
  }

  /** {@code system_info(allocated_areas)}: the atom table and the loaded code, as erl names them. */
  static Object allocatedAreas() {
    long atoms = (long) Atom.count() * ATOM_BYTES;
    long code = codeBytes();
    return Cons.list(
        Tuple.of(Atom.of("atom_space"), atoms, atoms),
        Tuple.of(Atom.of("atom_table"), (long) Atom.count() * WORD),
        Tuple.of(Atom.of("loaded_code"), code),
        Tuple.of(Atom.of("external_alloc"), code));
  }

  /** The JVM's own code memory: classes (metaspace) and compiled code (code cache). */
  private static long codeBytes() {
    long bytes = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.NON_HEAP) {
        bytes += Math.max(0, pool.getUsage().getUsed());
      }
    }
    return bytes;
  }

  /** The heap's share out: processes, ETS, and the system's rest (atoms among it). */
  private record Figures(long processes, long ets, long system) {
    static Figures measure() {
      long processes = 0;
      for (ErlProcess q : ProcessTable.get().all()) {
        processes += PROCESS_BYTES + 16L * q.mailbox().approximateSize();
      }
      long ets = EtsTotals.allTablesWords() * WORD;
      Runtime rt = Runtime.getRuntime();
      long heapUsed = rt.totalMemory() - rt.freeMemory();
      long atoms = (long) Atom.count() * (ATOM_BYTES + WORD);
      long system = Math.max(heapUsed - processes - ets, atoms);
      return new Figures(processes, ets, system);
    }
  }
}
