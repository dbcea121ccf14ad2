package org.jbeamjit.codegen.jit;

import java.util.Map;
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
 * computation and the JVM verifier), so {@link #BACKGROUND} instead interprets a module until one of
 * its functions is hot and compiles it then on a background thread, switching its functions over
 * when the class is ready: a short program starts as fast as in the interpreter, a long one soon
 * runs compiled where its time goes.
 */
public final class JitEngine implements Engine {
  /** Compiles every module as it loads: what the tests and the differential suite use. */
  public static final JitEngine INSTANCE = new JitEngine(false);
  /** Interprets a module until it is hot, then compiles it on a background thread ({@link TieredModule}). */
  public static final JitEngine BACKGROUND = new JitEngine(true);

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
    return background && !FORCE_EAGER ? TieredModule.of(module) : compileWithReport(module).functions();
  }

  /** Compiles the module now and tells which functions fell back to the interpreter, and why. */
  public static Report compileWithReport(LoadedModule module) {
    ModuleCompiler.Result r = new ModuleCompiler(module, i -> InterpreterEngine.function(module, i)).compile();
    return new Report(r.functions(), r.fallbacks(), r.hiddenClass());
  }

  /**
   * The outcome of compiling a module: its functions, the ones left to the interpreter (as
   * {@code name/arity} to the reason) and the hidden class.
   */
  public record Report(CompiledFunction[] functions, Map<String, String> fallbacks, Class<?> hiddenClass) {}
}
