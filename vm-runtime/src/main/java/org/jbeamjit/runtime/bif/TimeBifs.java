package org.jbeamjit.runtime.bif;

import java.math.BigInteger;
import org.jbeamjit.runtime.error.ErlangException;
import org.jbeamjit.runtime.process.MonotonicClock;
import org.jbeamjit.runtime.term.Atom;
import org.jbeamjit.runtime.term.Integers;

/**
 * {@code erlang:monotonic_time/0,1}: the node's {@link MonotonicClock} in any of OTP's time units.
 * The native unit is the nanosecond, as erl's on Linux. A value is rounded down to the unit, as
 * OTP rounds it (the clock is negative, so towards minus infinity, not towards zero).
 */
public final class TimeBifs {
  private static final long NANOS_PER_SECOND = 1_000_000_000L;

  private TimeBifs() {}

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
