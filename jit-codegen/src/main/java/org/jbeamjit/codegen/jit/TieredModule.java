package org.jbeamjit.codegen.jit;

import java.lang.invoke.MutableCallSite;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jbeamjit.codegen.interp.InterpreterEngine;
import org.jbeamjit.codegen.load.CompiledFunction;
import org.jbeamjit.codegen.load.LoadedModule;

/**
 * A module version that runs in the interpreter until one of its functions is hot, then is
 * compiled on a background thread and switched over ({@link JitEngine#BACKGROUND}).
 *
 * <p>Why wait for heat: compiling a module costs tens to hundreds of milliseconds (ASM's frame
 * computation, the verifier, then HotSpot warming the new bytecode), and most modules a node loads
 * (the boot's, say) run a few hundred calls in all. Compiling every module as it loads kept the
 * one compiler thread busy for seconds with cold modules while the hot one waited its turn in the
 * queue, interpreted: {@code fib(30)} in a script ran 4.3 s in JIT mode against 2.4 s interpreted.
 * Counting calls sends the modules where the time goes to the compiler first, and only them.
 */
final class TieredModule {
  /**
   * Calls of one function (each loop iteration of interpreted code is one, being a tail call)
   * that make its module hot. Low, because a module's interpreted calls cost 20 to 50 times
   * its compiled ones: at 2,000, the hot module of a short script is queued within a
   * millisecond of interpreting.
   */
  static final int HOT_CALLS = 2_000;

  private static final ExecutorService COMPILER = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "jbeamjit-jit");
    t.setDaemon(true);
    t.setPriority(Thread.MIN_PRIORITY);
    return t;
  });

  private final LoadedModule module;
  private final CompiledFunction[] interpreted;
  private final TieredFunction[] functions;
  private final AtomicBoolean queued = new AtomicBoolean();

  private TieredModule(LoadedModule module) {
    this.module = module;
    int n = module.functionCount();
    this.interpreted = new CompiledFunction[n];
    this.functions = new TieredFunction[n];
    for (int i = 0; i < n; i++) {
      interpreted[i] = InterpreterEngine.function(module, i);
      functions[i] = new TieredFunction(this, interpreted[i]);
    }
  }

  /** The functions of {@code module}, interpreted until it is hot. */
  static CompiledFunction[] of(LoadedModule module) {
    TieredModule m = new TieredModule(module);
    CompiledFunction[] out = new CompiledFunction[m.functions.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = CompiledFunction.lazy(m.functions[i], m.functions[i]::direct);
    }
    return out;
  }

  /** A function of this module reached {@link #HOT_CALLS}: queues the module's compilation, once. */
  void heated() {
    if (queued.compareAndSet(false, true)) {
      COMPILER.execute(this::compile);
    }
  }

  private void compile() {
    ModuleCompiler.Result r;
    try {
      r = new ModuleCompiler(module, i -> interpreted[i]).compile();
    } catch (RuntimeException | LinkageError e) {
      // A JIT bug must not stop the program: the module stays interpreted.
      System.err.println("jbeamjit: " + module.name() + " stays interpreted: " + e);
      return;
    }
    List<MutableCallSite> sites = new ArrayList<>();
    for (int i = 0; i < functions.length; i++) {
      functions[i].switchTo(r.functions()[i]);
      MutableCallSite site = functions[i].linkedSite();
      if (site != null) {
        sites.add(site);
      }
    }
    MutableCallSite.syncAll(sites.toArray(new MutableCallSite[0]));
  }
}
