package org.jbeamjit.runtime.process;

/**
 * The node's monotonic clock, as {@code erlang:monotonic_time/0,1} reads it: nanoseconds that
 * start, as OTP's do on a 64-bit machine, at -2^59 when the VM starts, so that they are as
 * negative as erl's. Timers with the {@code abs} option are set on it.
 */
public final class MonotonicClock {
  /** OTP's monotonic time at system start. */
  private static final long START = -(1L << 59);
  private static final long JVM_ORIGIN = System.nanoTime();
  /** The monotonic time in milliseconds when the node started. */
  static final long START_MILLIS = Math.floorDiv(START, 1_000_000L);

  private MonotonicClock() {}

  /** The monotonic time when the node started ({@code system_info(start_time)}). */
  public static long start() {
    return START;
  }

  /** Monotonic time in nanoseconds. */
  public static long nanos() {
    return START + (System.nanoTime() - JVM_ORIGIN);
  }

  /** Monotonic time in whole milliseconds (rounded down, as OTP's millisecond unit is). */
  public static long millis() {
    return Math.floorDiv(nanos(), 1_000_000L);
  }

  /** The {@link System#nanoTime()} at which the monotonic clock reads {@code monotonicMillis}. */
  static long systemNanosAt(long monotonicMillis) {
    return JVM_ORIGIN + (monotonicMillis * 1_000_000L - START);
  }
}
