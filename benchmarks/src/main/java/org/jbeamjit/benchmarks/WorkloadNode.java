package org.jbeamjit.benchmarks;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jbeamjit.codegen.interp.InterpreterEngine;
import org.jbeamjit.codegen.jit.JitEngine;
import org.jbeamjit.codegen.load.CodePath;
import org.jbeamjit.codegen.load.CodeServer;
import org.jbeamjit.codegen.load.Engine;
import org.jbeamjit.runtime.process.ErlProcess;
import org.jbeamjit.runtime.process.Spawner;
import org.jbeamjit.runtime.term.Atom;
import org.jbeamjit.scheduler.Schedulers;

/**
 * A jbeamjit node inside this JVM that runs the workloads' harness ({@code bm}) with one engine:
 * what the JMH benchmarks and the agreement test call the workloads through.
 */
public final class WorkloadNode {
  private static final Atom HARNESS = Atom.of("bm");
  private static final Atom NORMAL = Atom.of("normal");
  private static Schedulers schedulers;

  private WorkloadNode() {}

  /**
   * The engine named as {@code --mode} names it. The JIT compiles each module as it loads (not in
   * the background, as the launcher's does), so that every timed call runs compiled code.
   */
  public static Engine engine(String mode) {
    return switch (mode) {
      case "jit" -> JitEngine.INSTANCE;
      case "interp" -> InterpreterEngine.INSTANCE;
      default -> throw new IllegalArgumentException("engine must be jit or interp, not " + mode);
    };
  }

  /**
   * Makes this JVM's node load code with {@code engine}, from the workloads and the installed OTP
   * (switching engines unloads what the other one loaded), and starts its schedulers once.
   */
  public static synchronized void start(Engine engine) {
    List<Path> dirs = new ArrayList<>(List.of(WorkloadBeams.directory()));
    dirs.addAll(CodePath.otpLibDirs(CodePath.installedOtpRoot()
        .orElseThrow(() -> new IllegalStateException("no installed Erlang/OTP found (erl on the PATH)"))));
    CodeServer.install(new CodePath(dirs), engine);
    if (schedulers == null) {
      schedulers = Schedulers.start(Schedulers.defaultCount());
    }
  }

  /** Calls {@code bm:Function(Args)} in a new process and returns its value. */
  public static Object call(String function, Object... args) {
    ErlProcess p = Spawner.spawnRoot(HARNESS, Atom.of(function), args, null);
    Object reason;
    try {
      reason = p.exitFuture().get(30, TimeUnit.MINUTES);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted waiting for bm:" + function, e);
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException("bm:" + function + " did not finish", e);
    }
    if (reason != NORMAL) {
      throw new IllegalStateException("bm:" + function + " exited: " + reason, p.failure());
    }
    return p.result();
  }
}
