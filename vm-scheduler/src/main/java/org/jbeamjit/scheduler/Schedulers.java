package org.jbeamjit.scheduler;

import java.util.concurrent.atomic.AtomicInteger;
import org.jbeamjit.runtime.process.ErlProcess;
import org.jbeamjit.runtime.process.Scheduling;
import org.jbeamjit.runtime.process.Timer;

/**
 * The node's scheduler threads ({@code +S N}, one per core by default). A process made runnable
 * on a scheduler thread joins that scheduler's queue (it is likely to talk to the process that
 * woke it), from any other thread the queue of the scheduler it last ran on; an idle scheduler is
 * woken when a queue holds more than one process, so that it can steal one.
 */
public final class Schedulers implements Scheduling {
  /**
   * Stack size of a scheduler thread. A process unwinds its JVM stack into heap frames after
   * {@link ErlProcess#MAX_DEPTH} nested Erlang calls, so that bounds what it uses. Measured with
   * body recursion through a fun and {@code apply} at every level: 512 levels need just under
   * 1 MB interpreted (about 2 KB a level, before the JVM compiles the interpreter) and under
   * 320 KB as JIT code; 16 MB leaves BIFs and the JVM's own frames a wide margin.
   */
  public static final long DEFAULT_STACK_BYTES = 16L << 20;

  static final ThreadLocal<Scheduler> CURRENT = new ThreadLocal<>();

  /**
   * Runnable processes and pending timers that stopped schedulers left behind, handed to the next
   * schedulers started in this JVM (a test host runs many nodes one after another, and a process
   * such as the io server outlives one of them).
   */
  private static final java.util.Queue<ErlProcess> LEFT_RUNNABLE = new java.util.concurrent.ConcurrentLinkedQueue<>();
  private static final java.util.Queue<Timer> LEFT_TIMERS = new java.util.concurrent.ConcurrentLinkedQueue<>();

  /**
   * What happens when something other than an Erlang exception escapes a process's time slice:
   * the launcher's {@code halt} (thrown past every Erlang catch), or a VM defect.
   */
  public interface Uncaught {
    void thrown(ErlProcess p, Throwable t);
  }

  private final Scheduler[] schedulers;
  private volatile Uncaught uncaught = (p, t) -> p.abort(t);
  final AtomicInteger sleepers = new AtomicInteger();
  volatile boolean stopping;
  private final AtomicInteger nextWake = new AtomicInteger();

  private Schedulers(int count, long stackBytes) {
    schedulers = new Scheduler[count];
    for (int i = 0; i < count; i++) {
      schedulers[i] = new Scheduler(i, this);
      Thread t = new Thread(null, schedulers[i], "jbeamjit-scheduler-" + (i + 1), stackBytes);
      t.setDaemon(true);
      schedulers[i].thread = t;
    }
  }

  /** Starts {@code count} scheduler threads and installs them as the node's {@link Scheduling}. */
  public static Schedulers start(int count) {
    return start(count, DEFAULT_STACK_BYTES);
  }

  public static Schedulers start(int count, long stackBytes) {
    if (count < 1 || count > 1024) {
      throw new IllegalArgumentException("scheduler count must be 1..1024: " + count);
    }
    Schedulers s = new Schedulers(count, stackBytes);
    Scheduling.install(s);
    for (Scheduler sc : s.schedulers) {
      sc.thread.start();
    }
    ErlProcess p;
    while ((p = LEFT_RUNNABLE.poll()) != null) {
      s.enqueue(p);
    }
    Timer t;
    while ((t = LEFT_TIMERS.poll()) != null) {
      if (t.isPending()) {
        s.startTimer(t);
      }
    }
    return s;
  }

  private static volatile int configuredCount;

  /** The scheduler count: {@code +S N} if given, else one per available core. */
  public static int defaultCount() {
    int n = configuredCount;
    return n > 0 ? n : Runtime.getRuntime().availableProcessors();
  }

  /**
   * {@code +S N[:M]} on the command line: {@code N} schedulers (OTP's online count {@code M}
   * is taken to be {@code N}). Returns {@code false} for a value erl would refuse.
   */
  public static boolean configure(String plusS) {
    String n = plusS.contains(":") ? plusS.substring(0, plusS.indexOf(':')) : plusS;
    try {
      int count = Integer.parseInt(n);
      if (count < 1 || count > 1024) {
        return false;
      }
      configuredCount = count;
      return true;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  @Override
  public void enqueue(ErlProcess p) {
    Scheduler here = CURRENT.get();
    Scheduler target = here != null ? here : schedulers[Math.floorMod(p.schedulerHome, schedulers.length)];
    int queued = target.runQueue.add(p);
    if (target != here && target.sleeping) {
      target.unpark();
    }
    if (queued > 1 && sleepers.get() > 0) {
      wakeOneSleeper(target);
    }
  }

  @Override
  public void startTimer(Timer t) {
    Scheduler here = CURRENT.get();
    Scheduler target = here != null ? here : schedulers[0];
    target.timers.add(t);
    if (target != here && target.sleeping) {
      target.unpark(); // it may be parked until a later deadline
    }
  }

  @Override
  public int schedulerCount() {
    return schedulers.length;
  }

  @Override
  public int[] runQueueLengths() {
    int[] out = new int[schedulers.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = schedulers[i].runQueue.size();
    }
    return out;
  }

  @Override
  public int[] activeTasks() {
    int[] out = runQueueLengths();
    for (int i = 0; i < out.length; i++) {
      out[i] += schedulers[i].isRunning() ? 1 : 0;
    }
    return out;
  }

  @Override
  public long contextSwitches() {
    long n = 0;
    for (long s : slicesRun()) {
      n += s;
    }
    return n;
  }

  /** Takes a process from another scheduler's queue for {@code thief}, or {@code null}. */
  ErlProcess steal(Scheduler thief) {
    int n = schedulers.length;
    for (int i = 1; i < n; i++) {
      Scheduler victim = schedulers[(thief.index + i) % n];
      if (victim.runQueue.size() > 0) {
        ErlProcess p = victim.runQueue.poll();
        if (p != null) {
          return p;
        }
      }
    }
    return null;
  }

  /**
   * Evens out queue lengths: takes a process for {@code s} from the longest queue if that is at
   * least two longer than {@code s}'s own. Without this, a scheduler that stole one spinner early
   * would give it a whole core while the others share theirs.
   */
  ErlProcess rebalance(Scheduler s) {
    Scheduler longest = null;
    int most = s.runQueue.size() + 1;
    for (Scheduler o : schedulers) {
      int n = o.runQueue.size();
      if (o != s && n > most) {
        longest = o;
        most = n;
      }
    }
    return longest == null ? null : longest.runQueue.poll();
  }

  boolean hasWorkToSteal(Scheduler thief) {
    for (Scheduler s : schedulers) {
      if (s != thief && s.runQueue.size() > 0) {
        return true;
      }
    }
    return false;
  }

  private void wakeOneSleeper(Scheduler busy) {
    int n = schedulers.length;
    int start = Math.floorMod(nextWake.getAndIncrement(), n);
    for (int i = 0; i < n; i++) {
      Scheduler s = schedulers[(start + i) % n];
      if (s != busy && s.sleeping) {
        s.unpark();
        return;
      }
    }
  }

  /** Installs the handler of throwables other than Erlang exceptions (the default aborts the process). */
  public void onUncaught(Uncaught handler) {
    uncaught = handler;
  }

  void uncaught(ErlProcess p, Throwable t) {
    try {
      uncaught.thrown(p, t);
    } catch (Throwable again) {
      again.printStackTrace(System.err); // never let a scheduler thread die
    }
  }

  /**
   * Whether nothing can run until something outside the schedulers acts (a port's input, another
   * thread's message): every scheduler is asleep with an empty run queue and no pending timer.
   * A snapshot; only meaningful to a caller that knows no other thread is about to send.
   */
  public boolean isIdle() {
    for (Scheduler s : schedulers) {
      if (!s.sleeping || !s.runQueue.isEmpty() || !s.timers.isEmpty()) {
        return false;
      }
    }
    return true;
  }

  /**
   * Stops the scheduler threads and waits for them. Processes still queued and timers still
   * pending wait for the next schedulers started in this JVM, if any.
   */
  public void stop() throws InterruptedException {
    stopping = true;
    for (Scheduler s : schedulers) {
      s.unpark();
    }
    for (Scheduler s : schedulers) {
      if (s.thread != Thread.currentThread()) {
        s.thread.join();
      }
    }
    for (Scheduler s : schedulers) {
      ErlProcess p;
      while ((p = s.runQueue.poll()) != null) {
        LEFT_RUNNABLE.add(p);
      }
      LEFT_TIMERS.addAll(s.timers.drain());
    }
  }

  /** Timers pending on all schedulers. */
  public int pendingTimers() {
    int n = 0;
    for (Scheduler s : schedulers) {
      n += s.timers.size();
    }
    return n;
  }

  /** Time slices run by each scheduler so far. */
  public long[] slicesRun() {
    long[] out = new long[schedulers.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = schedulers[i].slices();
    }
    return out;
  }
}
