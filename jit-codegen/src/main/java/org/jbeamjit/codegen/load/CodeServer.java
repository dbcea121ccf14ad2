package org.jbeamjit.codegen.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;
import org.jbeamjit.codegen.ops.Bifs;
import org.jbeamjit.codegen.ops.Calls;
import org.jbeamjit.codegen.ops.VmFunctions;
import org.jbeamjit.frontend.BeamFormatException;
import org.jbeamjit.frontend.BeamLoader;
import org.jbeamjit.frontend.ir.BeamModule;
import org.jbeamjit.runtime.bif.BifEntry;
import org.jbeamjit.runtime.code.ExportTable;
import org.jbeamjit.runtime.code.UndefinedFunction;
import org.jbeamjit.runtime.process.FunCalls;
import org.jbeamjit.runtime.term.Atom;

/**
 * Loads modules on demand, as OTP's code server does for {@code error_handler}: a call to an
 * unbound export looks for {@code Module.beam} on the code path and loads it with the VM's engine.
 * There is one per VM; {@link #install} sets it up.
 */
public final class CodeServer {
  private static volatile CodeServer current;

  private final CodePath path;
  private final Engine engine;

  private CodeServer(CodePath path, Engine engine) {
    this.path = path;
    this.engine = engine;
  }

  /**
   * Makes this VM load code from {@code path} with {@code engine}: binds every BIF's export entry
   * (so {@code apply(erlang, length, [L])} and {@code fun erlang:length/1} work without
   * {@code erlang.beam}) and installs the autoloader.
   */
  public static synchronized CodeServer install(CodePath path, Engine engine) {
    if (current != null && current.engine != engine) {
      unloadAll(); // one engine per node: code loaded by another must not run
    }
    CodeServer s = new CodeServer(path, engine);
    for (BifEntry b : Bifs.all()) {
      CompiledFunction f = Bifs.function(b);
      ExportTable.entry(b.module(), b.name(), b.arity()).bind(f.code(), f.direct());
    }
    VmFunctions.bindAll();
    FunCalls.install(Calls::callFun);
    current = s;
    UndefinedFunction.setAutoloader(CodeServer::ensureLoaded);
    return s;
  }

  /** The installed code server, or {@code null}. */
  public static CodeServer current() {
    return current;
  }

  public Engine engine() {
    return engine;
  }

  public CodePath path() {
    return path;
  }

  /** Whether {@code module} is loaded, loading it from the code path if it is not. */
  public static boolean ensureLoaded(Atom module) {
    if (ModuleTable.current(module) != null) {
      return true;
    }
    CodeServer s = current;
    return s != null && !VmFunctions.isProvided(module) && s.loadFromPath(module).isPresent();
  }

  /** Loads {@code module} from the code path unless it is loaded already. */
  public synchronized Optional<LoadedModule> loadFromPath(Atom module) {
    LoadedModule m = ModuleTable.current(module);
    if (m != null) {
      return Optional.of(m);
    }
    Optional<Path> file = path.find(module.name());
    if (file.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(loadFile(file.get()));
  }

  /** Loads the module in {@code beamFile} as its current version. */
  public synchronized LoadedModule loadFile(Path beamFile) {
    BeamModule beam;
    try {
      beam = BeamLoader.load(beamFile);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (BeamFormatException e) {
      throw new IllegalStateException("cannot load " + beamFile + ": " + e.getMessage(), e);
    }
    return ModuleLoader.load(beam, engine);
  }

  /** Unloads every module (the export table goes back to BIFs and unbound entries): for tests. */
  public static synchronized void unloadAll() {
    for (LoadedModule m : ModuleTable.all()) {
      ModuleLoader.unload(m.name());
    }
  }
}
