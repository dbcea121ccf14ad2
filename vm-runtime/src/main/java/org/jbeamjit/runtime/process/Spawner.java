package org.jbeamjit.runtime.process;

import java.util.function.Consumer;
import org.jbeamjit.runtime.code.FunctionCode;
import org.jbeamjit.runtime.term.Atom;
import org.jbeamjit.runtime.term.Pid;
import org.jbeamjit.runtime.term.Ref;
import org.jbeamjit.runtime.term.Tuple;

/** Makes processes: the spawn BIFs, the processes the launcher starts, and Java-coded ones. */
public final class Spawner {
  private static final Atom PROCESS = Atom.of("process");
  private static final Tuple JAVA_CODE = Tuple.of(Atom.of("erlang"), Atom.of("apply"), 2L);

  private Spawner() {}

  /**
   * {@code spawn_opt(M, F, Args, Options)} called by {@code parent}: the new process inherits the
   * group leader; returns its pid, or {@code {Pid, MonitorRef}} when a monitor was asked for.
   *
   * @throws org.jbeamjit.runtime.error.ErlangException {@code system_limit} past the process limit
   */
  public static Object spawn(ErlProcess parent, Atom module, Atom function, Object[] args, SpawnOptions options) {
    return spawn(parent, new InitialCall(module, function, args), Tuple.of(module, function, (long) args.length),
        options);
  }

  /** As {@link #spawn(ErlProcess, Atom, Atom, Object[], SpawnOptions)}, running Java-coded {@code code}. */
  public static Object spawn(ErlProcess parent, FunctionCode code, Object[] args, SpawnOptions options) {
    return spawn(parent, new CallContinuation(code, args), JAVA_CODE, options);
  }

  /**
   * {@code spawn_request}: as {@link #spawn(ErlProcess, Atom, Atom, Object[], SpawnOptions)}, but a
   * monitor's reference is {@code requestId}, and {@code beforeStart} gets the new pid before the
   * process can run (the spawn reply must reach the parent before any signal of the child's).
   */
  public static Pid spawnRequest(ErlProcess parent, Atom module, Atom function, Object[] args, SpawnOptions options,
      Ref requestId, Consumer<Pid> beforeStart) {
    Object r = spawn(parent, new InitialCall(module, function, args), Tuple.of(module, function, (long) args.length),
        options, requestId, beforeStart);
    return r instanceof Tuple t ? (Pid) t.get(0) : (Pid) r;
  }

  private static Object spawn(ErlProcess parent, Continuation first, Tuple initialCall, SpawnOptions options) {
    return spawn(parent, first, initialCall, options, null, null);
  }

  private static Object spawn(ErlProcess parent, Continuation first, Tuple initialCall, SpawnOptions options,
      Ref monitorRef, Consumer<Pid> beforeStart) {
    ErlProcess child = new ErlProcess(first, initialCall, parent.groupLeader());
    child.setParent(parent.pid());
    if (options.priority != null) {
      child.setPriority(options.priority);
    }
    MemorySettings.apply(child, options.memory);
    Object result = child.pid();
    if (options.link) {
      child.linkAtSpawn(parent);
    }
    if (options.monitor != null) {
      Ref ref = monitorRef != null ? monitorRef : LocalNode.makeRef();
      parent.monitorAtSpawn(new Monitor(ref, child, PROCESS, child.pid(), options.monitor.tag,
          options.monitor.aliasMode));
      result = Tuple.of(child.pid(), ref);
    }
    if (beforeStart != null) {
      beforeStart.accept(child.pid());
    }
    child.start();
    return result;
  }

  /**
   * A process no Erlang process spawned (the launcher's first process, the io server): calls
   * {@code M:F(Args)} with {@code groupLeader} (its own pid if {@code null}).
   */
  public static ErlProcess spawnRoot(Atom module, Atom function, Object[] args, Pid groupLeader) {
    return spawnRoot(new InitialCall(module, function, args), Tuple.of(module, function, (long) args.length),
        groupLeader);
  }

  /** As {@link #spawnRoot(Atom, Atom, Object[], Pid)}, running Java-coded {@code code}. */
  public static ErlProcess spawnRoot(FunctionCode code, Object[] args, Pid groupLeader) {
    return spawnRoot(new CallContinuation(code, args), JAVA_CODE, groupLeader);
  }

  private static ErlProcess spawnRoot(Continuation first, Tuple initialCall, Pid groupLeader) {
    ErlProcess p = new ErlProcess(first, initialCall, groupLeader);
    if (groupLeader == null) {
      p.setGroupLeader(p.pid());
    }
    p.start();
    return p;
  }
}
