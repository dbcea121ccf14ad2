package org.jbeamjit.codegen.jit;

import org.jbeamjit.codegen.interp.InterpreterEngine;
import org.jbeamjit.codegen.load.CompiledFunction;
import org.jbeamjit.codegen.load.Engine;
import org.jbeamjit.codegen.load.LoadedModule;

/**
 * The JIT as an {@link Engine} ({@code --mode jit}): each module version becomes one hidden class,
 * compiled eagerly when the module loads; a function it cannot compile runs in the interpreter.
 */
public final class JitEngine implements Engine {
  public static final JitEngine INSTANCE = new JitEngine();

  private JitEngine() {}

  @Override
  public String name() {
    return "jit";
  }

  @Override
  public CompiledFunction[] compile(LoadedModule module) {
    return compileWithReport(module).functions();
  }

  /** Compiles the module and tells which functions fell back to the interpreter, and why. */
  public static Report compileWithReport(LoadedModule module) {
    ModuleCompiler.Result r = new ModuleCompiler(module, i -> InterpreterEngine.function(module, i)).compile();
    return new Report(r.functions(), r.fallbacks(), r.hiddenClass());
  }

  /**
   * The outcome of compiling a module: its functions, the ones left to the interpreter (as
   * {@code name/arity} to the reason) and the hidden class.
   */
  public record Report(CompiledFunction[] functions, java.util.Map<String, String> fallbacks, Class<?> hiddenClass) {}
}
