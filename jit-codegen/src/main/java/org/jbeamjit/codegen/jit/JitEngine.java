package org.jbeamjit.codegen.jit;

import java.lang.invoke.MutableCallSite;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jbeamjit.codegen.interp.InterpreterEngine;
import org.jbeamjit.codegen.load.CompiledFunction;
import org.jbeamjit.codegen.load.Engine;
import org.jbeamjit.codegen.load.LoadedModule;

/**
 * The JIT as an {@link Engine} ({@code --mode jit}): each module version becomes one hidden class;
 * a function it cannot compile runs in the interpreter.
 *
 * <p>{@link #INSTANCE} compiles a module when it loads. Compiling costs far more than
 * interpreting a little code (tens to hundreds of milliseconds a module, most of it ASM's frame
 * computation and the JVM verifier), so {@link #BACKGROUND} instead interprets a module at first
 * and compiles it on a background thread, switching its functions over when the class is ready:
 * a short program starts as fast as in the interpreter, a long one soon runs compiled.
 */
public final class JitEngine implements Engine {
  /** Compiles every module as it loads: what the tests and the differential suite use. */
  public static final JitEngine INSTANCE = new JitEngine(false);
  /** Interprets a module until a background thread has compiled it. */
  public static final JitEngine BACKGROUND = new JitEngine(true);

  private static final ExecutorService COMPILER = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "jbeamjit-jit");
    t.setDaemon(true);
    t.setPriority(Thread.MIN_PRIORITY);
    return t;
  });

  /** {@code -Djbeamjit.jit=eager} makes {@link #BACKGROUND} compile at load too: to test or time compiled code from the command line. */
  private static final boolean FORCE_EAGER = "eager".equals(System.getProperty("jbeamjit.jit"));

  private final boolean background;

  private JitEngine(boolean background) {
    this.background = background;
  }

  @Override
  public String name() {
    return "jit";
  }

  @Override
  public CompiledFunction[] compile(LoadedModule module) {
    return background && !FORCE_EAGER ? compileInBackground(module) : compileWithReport(module).functions();
  }

  /** Compiles the module now and tells which functions fell back to the interpreter, and why. */
  public static Report compileWithReport(LoadedModule module) {
    ModuleCompiler.Result r = new ModuleCompiler(module, i -> InterpreterEngine.function(module, i)).compile();
    return new Report(r.functions(), r.fallbacks(), r.hiddenClass());
  }

  private static CompiledFunction[] compileInBackground(LoadedModule module) {
    int n = module.functionCount();
    CompiledFunction[] interpreted = new CompiledFunction[n];
    TieredFunction[] tiered = new TieredFunction[n];
    CompiledFunction[] out = new CompiledFunction[n];
    for (int i = 0; i < n; i++) {
      interpreted[i] = InterpreterEngine.function(module, i);
      tiered[i] = new TieredFunction(interpreted[i]);
      out[i] = new CompiledFunction(tiered[i], tiered[i].direct());
    }
    COMPILER.execute(() -> {
      ModuleCompiler.Result r;
      try {
        r = new ModuleCompiler(module, i -> interpreted[i]).compile();
      } catch (RuntimeException | LinkageError e) {
        // A JIT bug must not stop the program: the module stays interpreted.
        System.err.println("jbeamjit: " + module.name() + " stays interpreted: " + e);
        return;
      }
      MutableCallSite[] sites = new MutableCallSite[n];
      for (int i = 0; i < n; i++) {
        tiered[i].switchTo(r.functions()[i]);
        sites[i] = tiered[i].site();
      }
      MutableCallSite.syncAll(sites);
    });
    return out;
  }

  /**
   * The outcome of compiling a module: its functions, the ones left to the interpreter (as
   * {@code name/arity} to the reason) and the hidden class.
   */
  public record Report(CompiledFunction[] functions, Map<String, String> fallbacks, Class<?> hiddenClass) {}
}
