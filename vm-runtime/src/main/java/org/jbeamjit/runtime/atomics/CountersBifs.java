package org.jbeamjit.runtime.atomics;

import java.util.concurrent.atomic.LongAdder;
import org.jbeamjit.runtime.bif.Bif;
import org.jbeamjit.runtime.error.ErlangException;
import org.jbeamjit.runtime.process.Scheduling;
import org.jbeamjit.runtime.resource.MagicRefs;
import org.jbeamjit.runtime.term.Atom;
import org.jbeamjit.runtime.term.Atoms;
import org.jbeamjit.runtime.term.ErlMap;

/**
 * The {@code write_concurrency} counters of counters.erl ({@code erts_internal:counters_*}):
 * signed 64-bit counters that wrap, each spread over cells so that concurrent adds do not
 * contend, read as the sum. ({@code atomics} counters are plain {@link AtomicsBifs} arrays.) As in
 * OTP, a {@code put} is not atomic with respect to adds made at the same time.
 */
public final class CountersBifs {
  private static final Atom SIZE = Atom.of("size");
  private static final Atom MEMORY = Atom.of("memory");
  private static final long MAX_SIZE = 1L << 24;

  private static final MagicRefs<LongAdder[]> REFS = new MagicRefs<>();

  private CountersBifs() {}

  private static LongAdder counter(Object ref, Object ix) {
    LongAdder[] cs = REFS.get(ref);
    if (cs == null || !(ix instanceof Long i) || i < 1 || i > cs.length) {
      throw ErlangException.badarg();
    }
    return cs[(int) (i - 1)];
  }

  @Bif(module = "erts_internal", name = "counters_new")
  public static Object countersNew(Object size) {
    if (!(size instanceof Long n) || n < 1) {
      throw ErlangException.badarg();
    }
    if (n > MAX_SIZE) {
      throw ErlangException.systemLimit();
    }
    LongAdder[] cs = new LongAdder[(int) (long) n];
    for (int i = 0; i < cs.length; i++) {
      cs[i] = new LongAdder();
    }
    return REFS.create(cs);
  }

  @Bif(module = "erts_internal", name = "counters_get")
  public static Object countersGet(Object ref, Object ix) {
    return counter(ref, ix).sum();
  }

  @Bif(module = "erts_internal", name = "counters_add")
  public static Object countersAdd(Object ref, Object ix, Object incr) {
    LongAdder c = counter(ref, ix);
    c.add(Words.increment(incr));
    return Atoms.OK;
  }

  @Bif(module = "erts_internal", name = "counters_put")
  public static Object countersPut(Object ref, Object ix, Object value) {
    LongAdder c = counter(ref, ix);
    long v = Words.signed(value);
    c.add(v - c.sum());
    return Atoms.OK;
  }

  /** {@code #{size, memory}}; the memory as OTP counts it, a cache line per counter group per scheduler and one more. */
  @Bif(module = "erts_internal", name = "counters_info")
  public static Object countersInfo(Object ref) {
    LongAdder[] cs = REFS.get(ref);
    if (cs == null) {
      throw ErlangException.badarg();
    }
    long schedulers = Math.max(1, Scheduling.get().schedulerCount());
    long lines = (cs.length * 8L + 63) / 64;
    return ErlMap.of(SIZE, (long) cs.length, MEMORY, 32 + (schedulers + 1) * 64 * lines);
  }
}
