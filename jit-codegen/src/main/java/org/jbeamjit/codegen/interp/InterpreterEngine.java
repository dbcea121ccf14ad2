package org.jbeamjit.codegen.interp;

import org.jbeamjit.codegen.load.CompiledFunction;
import org.jbeamjit.codegen.load.Engine;
import org.jbeamjit.codegen.load.LoadedModule;

/** The interpreter as an {@link Engine}: {@code --mode interp}, and the JIT's fallback for single functions. */
public final class InterpreterEngine implements Engine {
  public static final InterpreterEngine INSTANCE = new InterpreterEngine();

  private InterpreterEngine() {}

  @Override
  public String name() {
    return "interp";
  }

  @Override
  public CompiledFunction[] compile(LoadedModule module) {
    CompiledFunction[] out = new CompiledFunction[module.functionCount()];
    for (int i = 0; i < out.length; i++) {
      out[i] = function(module, i);
    }
    return out;
  }

  /** Function {@code index} of {@code module}, interpreted: what the JIT uses for a function it cannot compile. */
  public static CompiledFunction function(LoadedModule module, int index) {
    return CompiledFunction.of(new InterpretedFunction(module, index));
  }
}
