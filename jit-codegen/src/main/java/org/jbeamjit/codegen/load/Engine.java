package org.jbeamjit.codegen.load;

/**
 * What turns a module's IR into code that runs: the interpreter or the JIT. {@link ModuleLoader}
 * asks it once per module version, then binds the version's exports to what it made.
 */
public interface Engine {
  /** The name {@code --mode} selects it by: {@code "interp"} or {@code "jit"}. */
  String name();

  /**
   * The code of every function of {@code module.beam().functions()}, in that order. The code may
   * reach the module's other functions through {@link LoadedModule#code(int)} once the load has
   * finished, but not while compiling. A function {@link LoadedModule#bif(int)} names is a BIF stub
   * (such as {@code lists:reverse/2}); its entry is replaced by the BIF, so calls to it (local
   * ones included) must go through {@link LoadedModule#code(int)} or the BIF.
   */
  CompiledFunction[] compile(LoadedModule module);
}
