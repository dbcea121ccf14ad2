package org.jbeamjit.runtime.process;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLongArray;
import org.jbeamjit.runtime.term.Atom;
import org.jbeamjit.runtime.term.Cons;
import org.jbeamjit.runtime.term.ErlMap;

/**
 * Microstate accounting ({@code system_flag(microstate_accounting, _)},
 * {@code statistics(microstate_accounting)}): while on, the time each scheduler spends running
 * Erlang code ({@code emulator}, the sum of its time slices) and the rest of the time
 * ({@code sleep}), in {@code perf_counter} units (nanoseconds). BEAM's other threads (dirty
 * schedulers, aux, poll, async) exist here only as OTP's report lists them: they never run
 * anything, so their time is all {@code sleep}. Turning it off freezes the counters; a reset
 * zeroes them.
 */
public final class MicrostateAccounting {
  private static final int MAX_SCHEDULERS = 1024;
  private static final List<String> STATES = List.of("aux", "check_io", "emulator", "gc", "other", "port", "sleep");
  private static volatile boolean enabled;
  /** When the time being counted now began (the last enable or reset). */
  private static long since;
  /** Time counted before the last disable, since the last reset. */
  private static long counted;
  private static final AtomicLongArray EMULATOR = new AtomicLongArray(MAX_SCHEDULERS);

  private MicrostateAccounting() {}

  static boolean enabled() {
    return enabled;
  }

  /** Adds a time slice of {@code nanos} run by scheduler {@code index} (0-based). */
  static void addEmulator(int index, long nanos) {
    if (index >= 0 && index < MAX_SCHEDULERS) {
      EMULATOR.addAndGet(index, nanos);
    }
  }

  /** Turns it on or off; answers the old state. */
  public static synchronized boolean set(boolean on) {
    boolean old = enabled;
    long now = System.nanoTime();
    if (on && !old) {
      since = now;
    } else if (!on && old) {
      counted += now - since;
    }
    enabled = on;
    SliceTiming.update();
    return old;
  }

  /** Zeroes the counters; answers whether it is on. */
  public static synchronized boolean reset() {
    for (int i = 0; i < MAX_SCHEDULERS; i++) {
      EMULATOR.set(i, 0);
    }
    counted = 0;
    since = System.nanoTime();
    return enabled;
  }

  /** {@code statistics(microstate_accounting)}: one map per thread, as OTP lists them. */
  public static synchronized Object report(int schedulers, int dirtyCpu, int dirtyIo) {
    long elapsed = counted + (enabled ? System.nanoTime() - since : 0);
    List<Object> out = new ArrayList<>();
    out.add(thread("async", 0, 0, elapsed));
    out.add(thread("aux", 1, 0, elapsed));
    for (int i = 1; i <= dirtyCpu; i++) {
      out.add(thread("dirty_cpu_scheduler", i, 0, elapsed));
    }
    for (int i = 1; i <= dirtyIo; i++) {
      out.add(thread("dirty_io_scheduler", i, 0, elapsed));
    }
    out.add(thread("poll", 0, 0, elapsed));
    for (int i = 1; i <= schedulers; i++) {
      long emulator = i <= MAX_SCHEDULERS ? Math.min(EMULATOR.get(i - 1), elapsed) : 0;
      out.add(thread("scheduler", i, emulator, elapsed));
    }
    return Cons.fromList(out);
  }

  private static Object thread(String type, long id, long emulator, long elapsed) {
    Object[] counters = new Object[STATES.size() * 2];
    for (int i = 0; i < STATES.size(); i++) {
      String s = STATES.get(i);
      counters[2 * i] = Atom.of(s);
      counters[2 * i + 1] = s.equals("emulator") ? emulator : s.equals("sleep") ? elapsed - emulator : 0L;
    }
    return ErlMap.of(Atom.of("counters"), ErlMap.of(counters), Atom.of("id"), id, Atom.of("type"), Atom.of(type));
  }
}
