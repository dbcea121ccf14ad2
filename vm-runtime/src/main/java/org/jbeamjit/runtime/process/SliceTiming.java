package org.jbeamjit.runtime.process;

/**
 * Whether time slices are being timed, and where a timed slice is counted: scheduler wall time
 * and microstate accounting both add up the time schedulers spend running processes. Off (one
 * volatile read a slice) unless one of them is on.
 */
final class SliceTiming {
  private static volatile boolean on;

  private SliceTiming() {}

  static boolean on() {
    return on;
  }

  /** Called when either switch changes. */
  static void update() {
    on = SchedulerWallTime.enabled() || MicrostateAccounting.enabled();
  }

  /** A slice of {@code nanos} that scheduler {@code index} (0-based) ran. */
  static void record(int index, long nanos) {
    if (SchedulerWallTime.enabled()) {
      SchedulerWallTime.addActive(index, nanos);
    }
    if (MicrostateAccounting.enabled()) {
      MicrostateAccounting.addEmulator(index, nanos);
    }
  }
}
