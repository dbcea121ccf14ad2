package org.jbeamjit.runtime.process;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.jbeamjit.runtime.code.FunctionCode;
import org.jbeamjit.runtime.error.ErlangException;
import org.jbeamjit.runtime.term.Atom;
import org.jbeamjit.runtime.term.Atoms;
import org.jbeamjit.runtime.term.Pid;
import org.jbeamjit.runtime.term.Ref;
import org.jbeamjit.runtime.term.Tuple;

/**
 * An Erlang process: the reduction budget and heap frames its code runs with, its mailbox, and
 * what the rest of the node knows it by (pid, links, monitors, registered name, group leader,
 * flags). A scheduler runs it a time slice at a time with {@link #execute()}; tests may drive
 * {@link #runSlice()} by hand.
 *
 * <p>The unwinding protocol (docs/EXECUTION.md): a function that cannot proceed calls
 * {@link #suspend} with its innermost frame and returns {@link #YIELD}; each non-tail call site
 * that sees {@code YIELD} calls {@link #pushCaller} with its own frame and returns {@code YIELD};
 * tail call sites pass {@code YIELD} on untouched. The trampoline then resumes frames innermost
 * first.
 *
 * <p>Threads: everything but the state word, the mailbox's arrival queue and the few volatile
 * fields belongs to the thread running the process; other threads reach the process only by
 * {@link #send} and signals, which the process acts on itself (OTP's signal model). Its state
 * goes runnable → running → (runnable | waiting | exited); a sender that finds it waiting makes
 * it runnable with a compare-and-set, and a process about to wait re-checks its arrivals after
 * publishing "waiting", so no wake-up is lost and no sender ever blocks.
 */
public final class ErlProcess {
  /** The one special return value of Erlang code: "this process's stack was unwound into heap frames". */
  public static final Object YIELD = new Object() {
    @Override
    public String toString() {
      return "YIELD";
    }
  };

  /**
   * The value a waiting frame is resumed with when its receive timed out; a frame woken by a
   * message is resumed with {@code null}.
   */
  public static final Object TIMED_OUT = new Object() {
    @Override
    public String toString() {
      return "TIMED_OUT";
    }
  };

  /** {@link #waitTimeout()} of a receive with no {@code after}, or {@code after infinity}. */
  public static final long INFINITY = -1;

  /** Reductions in a time slice, as OTP's CONTEXT_REDS. */
  public static final int CONTEXT_REDUCTIONS = 4000;

  /**
   * Erlang calls nested on one JVM stack before it is unwound into heap frames, which bounds the
   * JVM stack a process can use whatever its Erlang recursion depth.
   */
  public static final int MAX_DEPTH = 512;

  /** What a time slice ended in. */
  public enum SliceEnd {
    /** Reductions ran out; the process is runnable. */
    PREEMPTED,
    /** The process waits in a receive for a message (or its timeout), or hibernates. */
    WAITING,
    /** The code returned: see {@link #result()}. */
    RETURNED,
    /** The code raised an exception nothing caught: see {@link #failure()}. */
    FAILED,
    /** An exit signal (or {@code exit/2} to itself) ended the process: see {@link #exitReason()}. */
    EXITED,
    /** The process is suspended ({@code erlang:suspend_process/1,2}): it runs no code until resumed. */
    SUSPENDED
  }

  static final Atom NORMAL = Atom.of("normal");
  static final Atom KILL = Atom.of("kill");
  static final Atom KILLED = Atom.of("killed");
  static final Atom NOCATCH = Atom.of("nocatch");
  private static final Atom EXIT_TAG = Atom.of("EXIT");

  private static final int RUNNABLE = 0;
  private static final int RUNNING = 1;
  private static final int WAITING = 2;
  private static final int EXITED = 3;
  /** Out of the run queues until a signal (a resume, an exit) arrives: see {@link Suspension}. */
  private static final int SUSPENDED = 4;
  /** What {@link #firstValue()} answers for a suspended process: run no code this slice. */
  private static final Object STAY_SUSPENDED = new Object();
  private static final VarHandle STATE;

  static {
    try {
      STATE = MethodHandles.lookup().findVarHandle(ErlProcess.class, "state", int.class);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  /** Reductions left in this time slice; code spends one per function entry and loop back edge. */
  public int reductions;

  /** The slice has not resumed a frame yet: the whole stack is in heap frames (system tasks run now). */
  private boolean betweenFrames;
  /** System tasks that arrived while Erlang code ran: they run when the slice ends. Owner only. */
  private List<SystemTask> deferredTasks;

  // The heap-frame stack and the unwind in progress.
  private Continuation stack;
  private Continuation unwindInnermost;
  private Continuation unwindOutermost;
  private boolean waitRequested;
  /** The {@code after} time of the receive in progress, fixed at its first wait; {@link #INFINITY} if none. */
  private long waitTimeout = INFINITY;
  /** The receive in progress has waited with an {@code after} time: its timer runs until the receive ends. */
  private boolean timedReceive;
  /** The last slice ended waiting: the next one resumes a receive. */
  private boolean resumingWait;
  private ReceiveTimeout waitTimer;
  private Object result;
  private ErlangException failure;
  private Object exitReason;

  private final Mailbox mailbox;
  /** Set once, before the process can be found in the table. */
  private Pid pid;
  private volatile int state = RUNNABLE;
  /** Suspensions in force, by all suspenders; written on this process's thread by their signals. */
  private volatile int suspendCount;
  /** Messages arrived during a suspended slice: a receive resumed later must look before timing out. */
  private boolean arrivedWhileSuspended;

  private boolean trapExit;
  private volatile Priority priority = Priority.NORMAL;
  private volatile Pid groupLeader;
  private volatile Atom registeredName;
  private ProcessDictionary dictionary;
  /** Written by both ends of a link, so concurrent; made on first use. */
  private volatile Set<ErlProcess> links;
  /** The monitors this process holds: its own. */
  private Map<Ref, Monitor> monitors;
  /** The monitors on this process, written by the monitoring ends, so concurrent; made on first use. */
  private volatile Map<Ref, ErlProcess> monitoredBy;
  private Set<Ref> aliases;
  /** {@code {M, F, Arity}} of the call the process started with. */
  private final Tuple initialCall;
  /** The spawner's pid, {@code null} for processes the VM started. */
  private Pid parent;
  /** {@code process_flag} settings that only {@code process_flag} and {@code process_info} read. */
  private Map<Atom, Object> otherFlags;
  private long reductionsDone;
  private volatile CompletableFuture<Object> exitFuture;
  /**
   * {@link #terminate} has finished: the process has left the table, its name and its links. Its
   * state says EXITED earlier, while that teardown runs; the exit future waits for this.
   * Guarded by this.
   */
  private boolean terminated;
  /** BIF timers that will send to this process; they are cancelled when it exits. Guarded by this. */
  private Set<Timer> timersToMe;

  /** The scheduler's own bookkeeping: which scheduler ran the process last. */
  public int schedulerHome;
  /** The scheduler's own bookkeeping: passes a low-priority process has waited (OTP's rule). */
  public int lowPrioritySkips;

  /**
   * A process outside the process table that will call {@code code} with {@code args}: run by
   * hand with {@link #runSlice()}, as engine tests do. Its pid names no process for others.
   */
  public ErlProcess(FunctionCode code, Object[] args) {
    this.pid = ProcessTable.detachedPid();
    this.mailbox = new Mailbox(this);
    this.stack = new CallContinuation(code, args);
    this.initialCall = null;
  }

  /**
   * A process of the table, made by {@link Spawner}.
   *
   * @throws ErlangException {@code system_limit} when the table is full
   */
  ErlProcess(Continuation first, Tuple initialCall, Pid groupLeader) {
    this.mailbox = new Mailbox(this);
    this.stack = first;
    this.initialCall = initialCall;
    this.groupLeader = groupLeader;
    ProcessTable.get().add(this);
  }

  /** A process made by hand for tests of code that needs a calling process (BIF tests). */
  public static ErlProcess forTests() {
    return new ErlProcess(new FunctionCode() {
      @Override
      public Object invoke(ErlProcess p, int depth, Object[] args) {
        return Atoms.OK;
      }

      @Override
      public int arity() {
        return 0;
      }
    }, new Object[0]);
  }

  public Pid pid() {
    return pid;
  }

  void assignPid(Pid pid) {
    this.pid = pid;
  }

  public Mailbox mailbox() {
    return mailbox;
  }

  // ---------------------------------------------------------------------------------------------
  // The unwinding protocol

  /**
   * Starts an unwind: {@code innermost} is the frame to resume first. Returns {@link #YIELD} for
   * the caller to return.
   */
  public Object suspend(Continuation innermost) {
    if (unwindInnermost != null) {
      throw new IllegalStateException("already unwinding");
    }
    unwindInnermost = innermost;
    unwindOutermost = innermost;
    return YIELD;
  }

  /** Adds a caller's frame outside the frames saved so far in this unwind. Returns {@link #YIELD}. */
  public Object pushCaller(Continuation frame) {
    unwindOutermost.next = frame;
    unwindOutermost = frame;
    return YIELD;
  }

  /**
   * Starts an unwind that ends the time slice in {@link SliceEnd#WAITING}: the receive found no
   * matching message. {@code timeoutMillis} is the receive's {@code after} time, or
   * {@link #INFINITY}; the scheduler reads it with {@link #waitTimeout()}. The frame is resumed
   * with {@code null} when a message arrives, or {@link #TIMED_OUT}.
   *
   * <p>As in BEAM, the time is taken at the receive's first wait, and the timer then keeps
   * running while non-matching messages wake the process and the receive loop waits again (those
   * waits' {@code timeoutMillis} is ignored); it stops when a message is removed
   * ({@link Mailbox#remove}) or the timeout is taken ({@link Mailbox#resetSavePointer}).
   */
  public Object suspendToWait(Continuation innermost, long timeoutMillis) {
    waitRequested = true;
    if (!timedReceive) {
      waitTimeout = timeoutMillis;
      timedReceive = timeoutMillis != INFINITY;
    }
    return suspend(innermost);
  }

  /**
   * Whether the receive in progress already waited with an {@code after} time, so that its timer
   * runs: its {@code wait_timeout} must not read the time again, for the register that held it
   * at the first wait may hold anything now (OTP's wait_timeout also arms the timer only once).
   */
  public boolean receiveTimerStarted() {
    return timedReceive;
  }

  /** The timeout of the receive the process waits in: milliseconds, or {@link #INFINITY}. */
  public long waitTimeout() {
    return waitTimeout;
  }

  /**
   * The heap frames of the callers of the code running now, innermost first ({@link
   * Continuation#caller()} leads outwards): where a stack trace goes on after the JVM stack.
   */
  public Continuation suspendedCallers() {
    return stack;
  }

  /** Whether the entry check must unwind: reductions spent or the JVM stack deep enough. */
  public boolean mustUnwind(int depth) {
    return --reductions <= 0 || depth >= MAX_DEPTH;
  }

  /**
   * Runs the process until its reductions run out, it waits in a receive, or its code returns or
   * fails, or an exit signal ends it. Frames resume innermost first at JVM stack depth 0, each in
   * O(1). Signals that arrived since the last slice are acted on first.
   */
  public SliceEnd runSlice() {
    reductions = CONTEXT_REDUCTIONS;
    long started = SliceTiming.on() ? System.nanoTime() : 0;
    try {
      Object first = firstValue();
      if (first == STAY_SUSPENDED) {
        return SliceEnd.SUSPENDED;
      }
      return trampoline(first);
    } catch (ProcessInterrupt i) {
      abandonUnwind();
      if (i.exitReason != null) {
        stack = null;
        exitReason = i.exitReason;
        return SliceEnd.EXITED;
      }
      stack = i.wakeUp;
      waitTimeout = INFINITY;
      // A hibernating process wakes on any message in its queue, old or new.
      if (mailbox.hasMessages()) {
        return SliceEnd.PREEMPTED;
      }
      resumingWait = true;
      return SliceEnd.WAITING;
    } finally {
      int spent = CONTEXT_REDUCTIONS - Math.max(reductions, 0);
      reductionsDone += spent;
      Statistics.addReductions(spent);
      runDeferredTasks();
      if (started != 0) {
        SliceTiming.record(schedulerHome, System.nanoTime() - started);
      }
    }
  }

  /** What the innermost frame resumes with: {@link #TIMED_OUT} only if no message came first. */
  private Object firstValue() {
    boolean newMessages;
    betweenFrames = true;
    try {
      newMessages = mailbox.takeArrivals();
    } finally {
      betweenFrames = false;
    }
    if (suspendCount > 0) {
      arrivedWhileSuspended |= newMessages;
      return STAY_SUSPENDED;
    }
    newMessages |= arrivedWhileSuspended;
    arrivedWhileSuspended = false;
    if (resumingWait) {
      resumingWait = false;
      if (waitTimer != null && waitTimer.hasExpired() && !newMessages) {
        return TIMED_OUT;
      }
    }
    return null;
  }

  private SliceEnd trampoline(Object value) {
    ErlangException raised = null;
    while (stack != null) {
      Continuation frame = stack;
      stack = frame.next;
      frame.next = null;
      Object r;
      try {
        r = raised == null ? frame.resume(this, value) : frame.resumeException(this, raised);
        raised = null;
      } catch (ErlangException e) {
        abandonUnwind();
        raised = e;
        continue;
      }
      if (r == YIELD) {
        unwindOutermost.next = stack;
        stack = unwindInnermost;
        unwindInnermost = null;
        unwindOutermost = null;
        if (waitRequested) {
          waitRequested = false;
          if (waitTimeout == 0 || (waitTimer != null && waitTimer.hasExpired())) {
            value = TIMED_OUT; // no need to wait: carry on at once
            continue;
          }
          resumingWait = true;
          return SliceEnd.WAITING;
        }
        if (reductions <= 0) {
          return SliceEnd.PREEMPTED;
        }
        value = null; // a depth unwind: carry on at once
        continue;
      }
      value = r;
    }
    if (raised != null) {
      failure = raised;
      return SliceEnd.FAILED;
    }
    result = value;
    return SliceEnd.RETURNED;
  }

  /** An exception escaped mid-unwind (a bug in generated code would be the only cause): drop the partial chain. */
  private void abandonUnwind() {
    if (unwindInnermost != null) {
      unwindInnermost = null;
      unwindOutermost = null;
      waitRequested = false;
    }
  }

  /** The value the process's code returned. */
  public Object result() {
    return result;
  }

  /** The exception that ended the process's code. */
  public ErlangException failure() {
    return failure;
  }

  /** Why the process exited; {@code null} while it lives. */
  public Object exitReason() {
    return exitReason;
  }

  // ---------------------------------------------------------------------------------------------
  // Scheduling

  /**
   * Runs one time slice for a scheduler and settles the process afterwards: {@code true} if it
   * is still runnable (the scheduler queues it again), {@code false} if it waits (a message,
   * signal or timer will {@link Scheduling#enqueue} it) or has exited.
   */
  public boolean execute() {
    state = RUNNING;
    SliceEnd end = runSlice();
    switch (end) {
      case PREEMPTED:
        state = RUNNABLE;
        return true;
      case WAITING:
        return park();
      case SUSPENDED:
        return parkSuspended();
      case RETURNED:
        terminate(NORMAL);
        return false;
      case FAILED:
        Object reason = exitReasonOf(failure);
        if (failure.kind() != Atoms.EXIT) {
          CrashReport.report(this, reason);
        }
        terminate(reason);
        return false;
      default:
        terminate(exitReason);
        return false;
    }
  }

  /**
   * Ends a process whose slice threw something no Erlang code can raise (a defect in generated
   * code or the VM): it exits with {@code {internal_error, Description}}, so that its links and
   * monitors learn of it, and the scheduler carries on. Called by the scheduler that ran it.
   */
  public void abort(Throwable cause) {
    abandonUnwind();
    System.err.println("jbeamjit: internal error in process " + pid + ": " + cause);
    cause.printStackTrace(System.err);
    Object reason = Tuple.of(Atom.of("internal_error"), org.jbeamjit.runtime.term.Cons.fromList(
        String.valueOf(cause).codePoints().mapToObj(c -> (Object) (long) c).toList()));
    CrashReport.report(this, reason);
    terminate(reason);
  }

  /** Makes the process a process of the run queues: called once, when it is spawned. */
  void start() {
    Scheduling.get().enqueue(this);
  }

  private boolean park() {
    if (waitTimer == null && waitTimeout != INFINITY) {
      waitTimer = new ReceiveTimeout(this, Timer.deadlineIn(waitTimeout));
      Scheduling.get().startTimer(waitTimer);
    }
    state = WAITING;
    // Publish "waiting" first, then look: a sender either sees WAITING or is seen here.
    if (mailbox.hasArrivals() || (waitTimer != null && waitTimer.hasExpired())) {
      return STATE.compareAndSet(this, WAITING, RUNNABLE);
    }
    return false;
  }

  /** Leaves the run queues while suspended; a signal that raced in makes it runnable again at once. */
  private boolean parkSuspended() {
    state = SUSPENDED;
    if (mailbox.hasArrivals()) {
      return STATE.compareAndSet(this, SUSPENDED, RUNNABLE);
    }
    return false;
  }

  /** Counts a suspension ({@code +1}) or a resume ({@code -1}); on this process's thread, by a signal. */
  void addSuspension(int delta) {
    suspendCount = Math.max(0, suspendCount + delta);
  }

  /**
   * Records a BIF timer that will send to this process; {@code false} if the process has exited
   * (the timer must not be armed). Any thread.
   */
  synchronized boolean addTimerToMe(Timer t) {
    if (state == EXITED) {
      return false;
    }
    if (timersToMe == null) {
      timersToMe = new HashSet<>(4);
    }
    timersToMe.add(t);
    return true;
  }

  /** Forgets a BIF timer that expired or was cancelled. Any thread. */
  synchronized void removeTimerToMe(Timer t) {
    if (timersToMe != null) {
      timersToMe.remove(t);
    }
  }

  /** Makes a waiting process runnable; from any thread. */
  void wake() {
    if (state == WAITING && STATE.compareAndSet(this, WAITING, RUNNABLE)) {
      Scheduling.get().enqueue(this);
    }
  }

  /** The receive matched a message or took its timeout: its timer is done. */
  void receiveEnded() {
    timedReceive = false;
    waitTimeout = INFINITY;
    if (waitTimer != null) {
      waitTimer.cancel();
      waitTimer = null;
    }
  }

  /** {@code erlang:yield/0}: the slice ends at the next function entry. */
  public void yieldSlice() {
    reductions = 0;
  }

  /** {@code erlang:bump_reductions/1}. */
  public void bumpReductions(long n) {
    reductions -= (int) Math.min(n, Integer.MAX_VALUE);
  }

  /**
   * {@code erlang:hibernate/3}: discards the stack and waits for a message, then runs
   * {@code wakeUp}. Does not return.
   */
  public void hibernate(Continuation wakeUp) {
    mailbox.resetSavePointer();
    throw ProcessInterrupt.hibernate(wakeUp);
  }

  /** Whether the process has not exited ({@code is_process_alive/1}). */
  public boolean isAlive() {
    return state != EXITED;
  }

  /** {@code process_info(_, status)}. */
  public Atom status() {
    if (suspendCount > 0 && state != EXITED) {
      return Atom.of("suspended");
    }
    switch (state) {
      case RUNNING:
        return Atom.of("running");
      case WAITING:
        return Atom.of("waiting");
      case EXITED:
        return Atom.of("exiting");
      default:
        return Atom.of("runnable");
    }
  }

  /**
   * A future completed with the exit reason when the process has exited: out of the process
   * table, its name released, its links and monitors told (for the launcher and tests).
   */
  public CompletableFuture<Object> exitFuture() {
    CompletableFuture<Object> f = exitFuture;
    if (f == null) {
      synchronized (this) {
        f = exitFuture;
        if (f == null) {
          f = new CompletableFuture<>();
          exitFuture = f;
          if (terminated) {
            f.complete(exitReason);
          }
        }
      }
    }
    return f;
  }

  // ---------------------------------------------------------------------------------------------
  // Messages and signals

  /** Sends a message to this process; any thread, never blocks. */
  public void send(Object message) {
    mailbox.send(message);
    wake();
  }

  /** Sends a signal to this process; any thread, never blocks. */
  void signal(Signal s) {
    mailbox.send(s);
    if (state == EXITED) {
      answerForDead(Signal.NOPROC);
    } else if (state == SUSPENDED) {
      // Only signals wake a suspended process: it acts on them, and runs no code while suspended.
      if (STATE.compareAndSet(this, SUSPENDED, RUNNABLE)) {
        Scheduling.get().enqueue(this);
      }
    } else {
      wake();
    }
  }

  /** Acts on a signal taken from the arrivals, on this process's thread. */
  void receiveSignal(Signal s) {
    s.receive(this);
  }

  /**
   * Asks this process to run {@code task} on its own thread at a moment it holds no JVM frames,
   * so that {@link #suspendedCallers()} is its whole stack (OTP's system tasks, such as
   * {@code check_process_code}): as it takes the request at the start of a time slice, or else
   * when the slice ends. An exited process answers {@link SystemTask#exited()}. Any thread;
   * never blocks.
   */
  public void requestSystemTask(SystemTask task) {
    signal(new Signal.Task(task));
  }

  void receiveTask(SystemTask task) {
    if (betweenFrames) {
      task.run(this);
    } else {
      if (deferredTasks == null) {
        deferredTasks = new ArrayList<>(2);
      }
      deferredTasks.add(task);
    }
  }

  private void runDeferredTasks() {
    List<SystemTask> tasks = deferredTasks;
    if (tasks != null) {
      deferredTasks = null;
      for (SystemTask t : tasks) {
        t.run(this);
      }
    }
  }

  /** OTP's exit-signal rules, at the receiver. */
  void receiveExit(Signal.Exit e) {
    if (e.viaLink && (links == null || !links.remove(e.sender))) {
      return; // unlinked since: a link's exit signal is only acted on while the link exists
    }
    if (!e.viaLink && e.reason == KILL) {
      throw ProcessInterrupt.exit(KILLED);
    }
    if (trapExit) {
      mailbox.appendMessage(Tuple.of(EXIT_TAG, e.from, e.reason));
    } else if (e.reason != NORMAL) {
      throw ProcessInterrupt.exit(e.reason);
    } else if (e.sender == this && !e.viaLink) {
      throw ProcessInterrupt.exit(NORMAL); // exit(self(), normal) ends the caller
    }
  }

  void receiveDown(Ref ref, Object reason) {
    Monitor m = monitors == null ? null : monitors.remove(ref);
    if (m == null) {
      return; // demonitored since
    }
    if (m.aliasMode == Monitor.AliasMode.DEMONITOR || m.aliasMode == Monitor.AliasMode.REPLY_DEMONITOR) {
      dropAlias(ref);
    }
    mailbox.appendMessage(Tuple.of(m.tag, ref, m.type, m.item, reason));
  }

  void receiveAliasMessage(Ref alias, Object message) {
    if (aliases != null) {
      aliases.remove(alias);
    }
    Monitor m = monitors == null ? null : monitors.get(alias);
    if (m != null && m.aliasMode == Monitor.AliasMode.REPLY_DEMONITOR) {
      monitors.remove(alias);
      m.target.monitoredBy().remove(alias);
    }
    mailbox.appendMessage(message);
  }

  // ---------------------------------------------------------------------------------------------
  // Exit

  /**
   * What other parts of the node do when a process exits, before its links and monitors learn of
   * it (OTP hands the process's ETS tables to their heirs, or deletes them, first).
   */
  private static final List<Consumer<ErlProcess>> EXIT_HOOKS = new CopyOnWriteArrayList<>();

  /** Adds {@code hook}, run for every process that exits, on the thread that ran its last slice. */
  public static void addExitHook(Consumer<ErlProcess> hook) {
    EXIT_HOOKS.add(hook);
  }

  /** The exit reason of an exception nothing caught: {@code {Reason, Stack}} for errors, as OTP. */
  static Object exitReasonOf(ErlangException e) {
    if (e.kind() == Atoms.EXIT) {
      return e.reason();
    }
    Object reason = e.kind() == Atoms.THROW ? Tuple.of(NOCATCH, e.reason()) : e.reason();
    return Tuple.of(reason, e.stacktrace());
  }

  /**
   * Ends the process with {@code reason}: it leaves the table and its name, and its links and
   * monitors learn of the exit. Runs on the thread that ran the process's last slice.
   */
  private void terminate(Object reason) {
    exitReason = reason;
    stack = null;
    receiveEnded();
    // Signals already here are answered with the real reason, as if acted on before the exit.
    answerForDead(reason);
    state = EXITED;
    ProcessTable.get().remove(this);
    RegisteredNames.unregisterExited(this);
    for (Consumer<ErlProcess> hook : EXIT_HOOKS) {
      hook.accept(this);
    }
    if (aliases != null) {
      for (Ref r : aliases) {
        Aliases.deactivate(r, this);
      }
      aliases = null;
    }
    // From here on a sender that finds EXITED answers for itself; catch what raced in before.
    answerForDead(Signal.NOPROC);
    if (links != null) {
      for (ErlProcess linked : links) {
        linked.signal(new Signal.Exit(this, pid, reason, true));
      }
      links = null;
    }
    if (monitoredBy != null) {
      for (Map.Entry<Ref, ErlProcess> w : monitoredBy.entrySet()) {
        w.getValue().signal(new Signal.Down(this, w.getKey(), reason));
      }
      monitoredBy = null;
    }
    if (monitors != null) {
      for (Monitor m : monitors.values()) {
        if (m.target != null) {
          m.target.monitoredBy().remove(m.ref);
        }
      }
      monitors = null;
    }
    dictionary = null;
    mailbox.clear();
    Set<Timer> timers;
    synchronized (this) {
      timers = timersToMe;
      timersToMe = null;
    }
    if (timers != null) {
      MessageTimers.cancelAll(timers);
    }
    CompletableFuture<Object> f;
    synchronized (this) {
      terminated = true;
      f = exitFuture;
    }
    if (f != null) {
      f.complete(reason);
    }
  }

  /** Answers the signals in the arrival queue as an exited process does; any thread. */
  private void answerForDead(Object reason) {
    mailbox.drainArrivals(item -> {
      if (item instanceof Signal s) {
        s.receiveDead(this, reason);
      }
    });
  }

  // ---------------------------------------------------------------------------------------------
  // Links and monitors (called on this process's thread by its BIFs)
  //
  // Both ends of a link, and the target of a monitor, are written at once by the process that
  // makes or removes it, so that a process_info of the other end made afterwards sees it, as in
  // OTP (where the request is a signal ordered after the link). The Link and Monitor signals that
  // go along only matter if the other end has exited meanwhile: it answers them with noproc.

  Set<ErlProcess> links() {
    Set<ErlProcess> l = links;
    if (l == null) {
      synchronized (this) {
        l = links;
        if (l == null) {
          l = ConcurrentHashMap.newKeySet(4);
          links = l;
        }
      }
    }
    return l;
  }

  Map<Ref, ErlProcess> monitoredBy() {
    Map<Ref, ErlProcess> m = monitoredBy;
    if (m == null) {
      synchronized (this) {
        m = monitoredBy;
        if (m == null) {
          m = new ConcurrentHashMap<>(4);
          monitoredBy = m;
        }
      }
    }
    return m;
  }

  Map<Ref, Monitor> monitors() {
    if (monitors == null) {
      monitors = new HashMap<>(4);
    }
    return monitors;
  }

  /** {@code link/1} to a live process. */
  void link(ErlProcess other) {
    if (other != this && links().add(other)) {
      other.links().add(this);
      other.signal(new Signal.Link(this));
    }
  }

  /** {@code unlink/1}. */
  void unlink(ErlProcess other) {
    Set<ErlProcess> l = links;
    if (l != null && l.remove(other)) {
      Set<ErlProcess> theirs = other.links;
      if (theirs != null) {
        theirs.remove(this);
      }
    }
  }

  /** Links this not-yet-started process with its spawner (spawn_link: both ends at once). */
  void linkAtSpawn(ErlProcess parent) {
    links().add(parent);
    parent.links().add(this);
  }

  /** Sets up a monitor held by this process on {@code target} (non-null and not this process's own). */
  void monitor(Monitor m) {
    monitors().put(m.ref, m);
    if (m.aliasMode != Monitor.AliasMode.NONE) {
      addAlias(m.ref, m.aliasMode == Monitor.AliasMode.REPLY_DEMONITOR);
    }
    if (m.target != null) {
      m.target.monitoredBy().put(m.ref, this);
      m.target.signal(new Signal.Monitor(this, m.ref));
    }
  }

  /** Sets up a monitor of a process not yet started (spawn_monitor, spawn_opt's monitor). */
  void monitorAtSpawn(Monitor m) {
    monitors().put(m.ref, m);
    if (m.aliasMode != Monitor.AliasMode.NONE) {
      addAlias(m.ref, m.aliasMode == Monitor.AliasMode.REPLY_DEMONITOR);
    }
    m.target.monitoredBy().put(m.ref, this);
  }

  /** A monitor whose target does not exist: its {@code 'DOWN'} message comes at once. */
  void monitorDead(Monitor m) {
    if (m.aliasMode == Monitor.AliasMode.EXPLICIT_UNALIAS) {
      addAlias(m.ref, false); // the other modes end with the 'DOWN' message, which is now
    }
    send(Tuple.of(m.tag, m.ref, m.type, m.item, Signal.NOPROC));
  }

  /** {@code demonitor/1}: {@code true} if the monitor was active. */
  boolean demonitor(Ref ref) {
    Monitor m = monitors == null ? null : monitors.remove(ref);
    if (m == null) {
      return false;
    }
    if (m.aliasMode == Monitor.AliasMode.DEMONITOR || m.aliasMode == Monitor.AliasMode.REPLY_DEMONITOR) {
      dropAlias(ref);
    }
    if (m.target != null) {
      m.target.monitoredBy().remove(ref);
    }
    return true;
  }

  void addAlias(Ref ref, boolean reply) {
    if (aliases == null) {
      aliases = new HashSet<>(4);
    }
    aliases.add(ref);
    Aliases.activate(ref, this, reply);
  }

  /** {@code unalias/1}: {@code true} if {@code ref} was an active alias of this process. */
  boolean dropAlias(Ref ref) {
    if (aliases == null || !aliases.remove(ref)) {
      return false;
    }
    return Aliases.deactivate(ref, this);
  }

  /** Sends an exit signal from this process, as {@code exit/2} does. */
  void sendExit(ErlProcess target, Object reason) {
    Signal.Exit e = new Signal.Exit(this, pid, reason, false);
    if (target == this) {
      // Acted on at once, after the signals and messages that are already on their way.
      mailbox.send(e);
      mailbox.takeArrivals();
    } else {
      target.signal(e);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Flags and per-process state

  public boolean trapExit() {
    return trapExit;
  }

  /** Sets {@code trap_exit}; returns the old value. */
  public boolean setTrapExit(boolean on) {
    boolean old = trapExit;
    trapExit = on;
    return old;
  }

  public Priority priority() {
    return priority;
  }

  /** Sets the priority; returns the old one. */
  public Priority setPriority(Priority p) {
    Priority old = priority;
    priority = p;
    return old;
  }

  /** The group leader's pid ({@code group_leader/0}). */
  public Pid groupLeader() {
    return groupLeader;
  }

  public void setGroupLeader(Pid gl) {
    groupLeader = gl;
  }

  /** The registered name, or {@code null}. */
  public Atom registeredName() {
    return registeredName;
  }

  /** Takes a name if the process has none; {@code false} if it has one already. */
  boolean claimName(Atom name) {
    synchronized (this) {
      if (registeredName != null || state == EXITED) {
        return false;
      }
      registeredName = name;
      return true;
    }
  }

  void dropName() {
    synchronized (this) {
      registeredName = null;
    }
  }

  /** The process dictionary, made on first use. */
  public ProcessDictionary dictionary() {
    if (dictionary == null) {
      dictionary = new ProcessDictionary();
    }
    return dictionary;
  }

  /** The dictionary if one was made, for readers that must not make one. */
  ProcessDictionary dictionaryIfAny() {
    return dictionary;
  }

  /** {@code {M, F, Arity}} of the function the process started in. */
  public Tuple initialCall() {
    return initialCall;
  }

  /**
   * {@code {M, F, Arity}} of the function the process is suspended in, if its innermost frame
   * knows it; else {@code null}. Read from another thread, it is the state of some recent moment.
   */
  public Object currentFunction() {
    Continuation top = stack;
    return top == null ? null : top.function();
  }

  /** The spawner's pid ({@code process_info(_, parent)}), or {@code null}. */
  public Pid parent() {
    return parent;
  }

  void setParent(Pid parent) {
    this.parent = parent;
  }

  /** A {@code process_flag} setting without a meaning here, or {@code dflt} if never set. */
  public Object otherFlag(Atom flag, Object dflt) {
    Map<Atom, Object> f = otherFlags;
    Object v = f == null ? null : f.get(flag);
    return v == null ? dflt : v;
  }

  /** Sets such a flag; returns the old value, or {@code dflt}. */
  public Object setOtherFlag(Atom flag, Object value, Object dflt) {
    if (otherFlags == null) {
      otherFlags = new HashMap<>(4);
    }
    Object old = otherFlags.put(flag, value);
    return old == null ? dflt : old;
  }

  /** Reductions spent in finished slices and the current one. */
  public long reductionsDone() {
    return reductionsDone;
  }

  /** The pids of linked processes (a snapshot; best effort from another thread). */
  public List<Pid> linkedPids() {
    return Snapshots.copy(() -> {
      List<Pid> out = new ArrayList<>();
      Set<ErlProcess> l = links;
      if (l != null) {
        for (ErlProcess p : l) {
          out.add(p.pid);
        }
      }
      return out;
    });
  }

  /** {@code process_info(_, monitors)} items: {@code {process, Pid | {Name, Node}}} (a snapshot). */
  public List<Object> monitorItems() {
    return Snapshots.copy(() -> {
      List<Object> out = new ArrayList<>();
      Map<Ref, Monitor> m = monitors;
      if (m != null) {
        for (Monitor mon : m.values()) {
          if (mon.target != null) {
            out.add(Tuple.of(mon.type, mon.item));
          }
        }
      }
      return out;
    });
  }

  /** {@code process_info(_, monitored_by)}: the watching pids (a snapshot). */
  public List<Pid> monitoredByPids() {
    return Snapshots.copy(() -> {
      List<Pid> out = new ArrayList<>();
      Map<Ref, ErlProcess> m = monitoredBy;
      if (m != null) {
        for (ErlProcess p : m.values()) {
          out.add(p.pid);
        }
      }
      return out;
    });
  }

  @Override
  public String toString() {
    return pid.toString();
  }

  /** The timer of a receive's {@code after}: wakes the process when it expires. */
  private static final class ReceiveTimeout extends Timer {
    private final ErlProcess process;

    ReceiveTimeout(ErlProcess process, long deadlineNanos) {
      super(deadlineNanos);
      this.process = process;
    }

    @Override
    protected void expire() {
      process.wake();
    }
  }
}
