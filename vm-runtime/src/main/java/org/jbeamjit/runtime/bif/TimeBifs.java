package org.jbeamjit.runtime.bif;

import java.math.BigInteger;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import org.jbeamjit.runtime.error.ErlangException;
import org.jbeamjit.runtime.process.MonotonicClock;
import org.jbeamjit.runtime.term.Atom;
import org.jbeamjit.runtime.term.Integers;
import org.jbeamjit.runtime.term.Tuple;

/**
 * Erlang time: {@code erlang:monotonic_time/0,1} (the node's {@link MonotonicClock}), the system
 * time, which is monotonic time plus a time offset fixed at start (OTP's default
 * {@code no_time_warp} mode: the offset is final, so Erlang system time never jumps), and the
 * OS's own clocks ({@code os:system_time}, {@code os:timestamp}, {@code os:perf_counter}), which
 * are read as they are. Every value can be asked for in any of OTP's time units. The native unit
 * (and the perf counter's) is the nanosecond, as erl's on Linux; {@code erlang.beam}'s
 * {@code convert_time_unit/3} learns it from {@code erts_internal:time_unit/0}. A value is rounded
 * down to the unit, as OTP rounds it (towards minus infinity, not towards zero).
 */
public final class TimeBifs {
  private static final long NANOS_PER_SECOND = 1_000_000_000L;

  /** System time minus monotonic time, in nanoseconds: fixed when the node starts. */
  private static final long TIME_OFFSET = osSystemNanos() - MonotonicClock.nanos();

  /** The last {@code erlang:now/0}, in microseconds: each call must return a later one. */
  private static final AtomicLong LAST_NOW = new AtomicLong();

  private TimeBifs() {}

  /** {@code erts_internal:time_unit/0}: parts per second of the native time unit. */
  @Bif(module = "erts_internal", name = "time_unit")
  public static Object timeUnit() {
    return NANOS_PER_SECOND;
  }

  /** {@code erts_internal:perf_counter_unit/0}: parts per second of {@code os:perf_counter/0}. */
  @Bif(module = "erts_internal", name = "perf_counter_unit")
  public static Object perfCounterUnit() {
    return NANOS_PER_SECOND;
  }

  @Bif(name = "system_time")
  public static Object systemTime() {
    return systemNanos();
  }

  @Bif(name = "system_time")
  public static Object systemTime(Object unit) {
    return inUnit(systemNanos(), perSecond(unit));
  }

  @Bif(name = "time_offset")
  public static Object timeOffset() {
    return TIME_OFFSET;
  }

  @Bif(name = "time_offset")
  public static Object timeOffset(Object unit) {
    return inUnit(TIME_OFFSET, perSecond(unit));
  }

  /** {@code erlang:timestamp/0}: Erlang system time as {@code {MegaSecs, Secs, MicroSecs}}. */
  @Bif(name = "timestamp")
  public static Object timestamp() {
    return megaSecsMicros(Math.floorDiv(systemNanos(), 1000L));
  }

  /** {@code erlang:now/0}: like {@link #timestamp} but strictly increasing from call to call. */
  @Bif(name = "now")
  public static Object now() {
    long micros = Math.floorDiv(systemNanos(), 1000L);
    long last;
    do {
      last = LAST_NOW.get();
      if (micros <= last) {
        micros = last + 1;
      }
    } while (!LAST_NOW.compareAndSet(last, micros));
    return megaSecsMicros(micros);
  }

  @Bif(module = "os", name = "system_time")
  public static Object osSystemTime() {
    return osSystemNanos();
  }

  @Bif(module = "os", name = "system_time")
  public static Object osSystemTime(Object unit) {
    return inUnit(osSystemNanos(), perSecond(unit));
  }

  /** {@code os:timestamp/0}: the OS's wall clock as {@code {MegaSecs, Secs, MicroSecs}}. */
  @Bif(module = "os", name = "timestamp")
  public static Object osTimestamp() {
    return megaSecsMicros(Math.floorDiv(osSystemNanos(), 1000L));
  }

  /** {@code os:perf_counter/0}: the OS's monotonic clock, in nanoseconds. */
  @Bif(module = "os", name = "perf_counter")
  public static Object perfCounter() {
    return System.nanoTime();
  }

  /** Erlang system time in nanoseconds. */
  static long systemNanos() {
    return MonotonicClock.nanos() + TIME_OFFSET;
  }

  /** The OS's wall clock in nanoseconds since 1970 (microsecond resolution on Linux). */
  static long osSystemNanos() {
    Instant now = Instant.now();
    return now.getEpochSecond() * NANOS_PER_SECOND + now.getNano();
  }

  private static Tuple megaSecsMicros(long micros) {
    long secs = Math.floorDiv(micros, 1_000_000L);
    return Tuple.of(Math.floorDiv(secs, 1_000_000L), Math.floorMod(secs, 1_000_000L), Math.floorMod(micros, 1_000_000L));
  }

  @Bif(name = "monotonic_time")
  public static Object monotonicTime() {
    return MonotonicClock.nanos();
  }

  @Bif(name = "monotonic_time")
  public static Object monotonicTime(Object unit) {
    return inUnit(MonotonicClock.nanos(), perSecond(unit));
  }

  /** Nanoseconds in a unit of {@code perSecond} parts of a second, rounded down. */
  static Object inUnit(long nanos, Object perSecond) {
    if (perSecond instanceof Long p && NANOS_PER_SECOND % p == 0) {
      return Math.floorDiv(nanos, NANOS_PER_SECOND / p); // the named units: no multiplication
    }
    BigInteger scaled = BigInteger.valueOf(nanos).multiply(Integers.toBig(perSecond));
    BigInteger[] qr = scaled.divideAndRemainder(BigInteger.valueOf(NANOS_PER_SECOND));
    BigInteger q = qr[1].signum() < 0 ? qr[0].subtract(BigInteger.ONE) : qr[0];
    return Integers.normalize(q);
  }

  /** The parts per second of an OTP time unit: a named unit or a positive integer. */
  static Object perSecond(Object unit) {
    if (unit instanceof Atom a) {
      switch (a.name()) {
        case "second", "seconds":
          return 1L;
        case "millisecond", "milli_seconds":
          return 1_000L;
        case "microsecond", "micro_seconds":
          return 1_000_000L;
        case "nanosecond", "nano_seconds", "native", "perf_counter":
          return NANOS_PER_SECOND;
        default:
          throw ErlangException.badarg();
      }
    }
    if ((unit instanceof Long l && l > 0) || (unit instanceof BigInteger b && b.signum() > 0)) {
      return unit;
    }
    throw ErlangException.badarg();
  }
}
