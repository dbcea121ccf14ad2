package org.jbeamjit.codegen.load;

import java.lang.invoke.MethodHandle;
import org.jbeamjit.codegen.ops.Bifs;
import org.jbeamjit.codegen.ops.VmFunctions;
import org.jbeamjit.frontend.ir.BeamModule;
import org.jbeamjit.frontend.ir.Export;
import org.jbeamjit.runtime.bif.BifEntry;
import org.jbeamjit.runtime.code.ExportTable;
import org.jbeamjit.runtime.code.FunctionCode;
import org.jbeamjit.runtime.term.Atom;

/**
 * Makes a module version runnable: the engine compiles its functions, BIF stubs are replaced by
 * their BIFs (and the few functions the VM implements itself by those, {@link VmFunctions}), the version becomes current in {@link ModuleTable} and the export table entries of
 * its exports are bound to it, so callers switch at their next call.
 */
public final class ModuleLoader {
  private ModuleLoader() {}

  /** Loads {@code beam} with {@code engine} and makes it the module's current version. */
  public static LoadedModule load(BeamModule beam, Engine engine) {
    LoadedModule m = new LoadedModule(beam, engine);
    CompiledFunction[] compiled = engine.compile(m);
    int n = m.functionCount();
    if (compiled.length != n) {
      throw new IllegalStateException(engine.name() + " made " + compiled.length + " functions for the " + n
          + " of " + beam.name());
    }
    FunctionCode[] codes = new FunctionCode[n];
    MethodHandle[] directs = new MethodHandle[n];
    for (int i = 0; i < n; i++) {
      BifEntry bif = m.bif(i);
      CompiledFunction vm = VmFunctions.lookup(beam.name(), m.function(i).name(), m.function(i).arity());
      CompiledFunction f = bif != null ? Bifs.function(bif) : vm != null ? vm : compiled[i];
      codes[i] = f.code();
      directs[i] = f.direct();
    }
    m.install(codes, directs);
    LoadedModule old = ModuleTable.makeCurrent(m);
    for (Export e : beam.exports()) {
      int i = m.functionIndex(e.function(), e.arity());
      ExportTable.entry(beam.name(), e.function(), e.arity()).bind(codes[i], directs[i]);
    }
    if (old != null) {
      for (Export e : old.beam().exports()) {
        if (!m.isExported(e.function(), e.arity())) {
          unbind(old, e);
        }
      }
    }
    return m;
  }

  /**
   * Removes the current version of {@code module}: its exports go back to the undefined-function
   * path (or to the BIF, for a BIF stub). Returns the version removed, or {@code null}.
   */
  public static LoadedModule unload(Atom module) {
    LoadedModule old = ModuleTable.remove(module);
    if (old != null) {
      for (Export e : old.beam().exports()) {
        unbind(old, e);
      }
    }
    return old;
  }

  private static void unbind(LoadedModule m, Export e) {
    org.jbeamjit.runtime.code.Export entry = ExportTable.entry(m.name(), e.function(), e.arity());
    BifEntry bif = Bifs.lookup(m.name(), e.function(), e.arity());
    CompiledFunction vm = VmFunctions.lookup(m.name(), e.function(), e.arity());
    if (bif != null || vm != null) {
      CompiledFunction f = bif != null ? Bifs.function(bif) : vm;
      entry.bind(f.code(), f.direct());
    } else {
      entry.unbind();
    }
  }
}
