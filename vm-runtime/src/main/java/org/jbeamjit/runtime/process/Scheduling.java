package org.jbeamjit.runtime.process;

/**
 * What the runtime needs from the schedulers (vm-scheduler implements it; the launcher installs
 * it once): a run queue for a process that became runnable, and a timer queue. Everything else
 * about running processes (when a process waits, wakes, exits) is decided here in the runtime.
 */
public interface Scheduling {
  /**
   * Puts a process that has just become runnable on a run queue. Called from any thread, exactly
   * once per transition to runnable; never blocks.
   */
  void enqueue(ErlProcess p);

  /** Arms a timer on the calling thread's scheduler (or some scheduler, from another thread). */
  void startTimer(Timer t);

  /** The number of scheduler threads ({@code erlang:system_info(schedulers)}). */
  int schedulerCount();

  /** Each scheduler's run-queue length, a snapshot ({@code statistics(run_queue_lengths)}). */
  default int[] runQueueLengths() {
    return new int[schedulerCount()];
  }

  /** Each scheduler's queued processes plus the one it runs, a snapshot ({@code statistics(active_tasks)}). */
  default int[] activeTasks() {
    return runQueueLengths();
  }

  /** Time slices run so far by all schedulers ({@code statistics(context_switches)}). */
  default long contextSwitches() {
    return 0;
  }

  /** The installed schedulers. */
  static Scheduling get() {
    return Installed.scheduling;
  }

  /** Installs the schedulers processes run on. */
  static void install(Scheduling s) {
    Installed.scheduling = s;
  }

  /** Holds the installed instance; until the launcher installs one, nothing can run. */
  final class Installed {
    private static volatile Scheduling scheduling = new Scheduling() {
      @Override
      public void enqueue(ErlProcess p) {
        throw new IllegalStateException("no schedulers installed: " + p + " cannot run");
      }

      @Override
      public void startTimer(Timer t) {
        throw new IllegalStateException("no schedulers installed: a timer cannot run");
      }

      @Override
      public int schedulerCount() {
        return 0;
      }
    };

    private Installed() {}
  }
}
