package org.jbeamjit.codegen.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jbeamjit.codegen.ops.Bifs;
import org.jbeamjit.codegen.ops.Calls;
import org.jbeamjit.codegen.ops.VmFunctions;
import org.jbeamjit.frontend.BeamFormatException;
import org.jbeamjit.frontend.BeamLoader;
import org.jbeamjit.frontend.ir.BeamModule;
import org.jbeamjit.runtime.bif.BifEntry;
import org.jbeamjit.runtime.code.Export;
import org.jbeamjit.runtime.code.ExportTable;
import org.jbeamjit.runtime.code.FunctionCode;
import org.jbeamjit.runtime.code.UndefinedFunction;
import org.jbeamjit.runtime.process.ErlProcess;
import org.jbeamjit.runtime.process.FunCalls;
import org.jbeamjit.runtime.term.Atom;

/**
 * The VM's side of loading code. There is one per VM; {@link #install} sets it up in one of two
 * ways ({@link Loading}): a node that boots OTP leaves loading to OTP's own code server (a call to
 * an unbound export goes to the process's error handler, as in BEAM); a node that does not
 * ({@code jbeamjit run}, the in-process tests) loads modules on demand here, as OTP's code server
 * would for {@code error_handler}: a call to an unbound export looks for {@code Module.beam} on the
 * code path and loads it with the VM's engine.
 *
 * <p>A module with an {@code -on_load} function is not loaded here: its function must run in an
 * Erlang process before its exports may be called. If a handler for that was installed
 * ({@link #setDeferredLoader}, the hot-swap layer's code server), the call goes to it; without
 * one the module loads here and its on_load function does not run.
 */
public final class CodeServer {
  /** Prints an error report as OTP's logger would, on behalf of {@code p} (its group leader's output). */
  public interface Reporter {
    void report(ErlProcess p, String text);
  }

  private static volatile CodeServer current;
  /** Functions a layer above binds for the life of the JVM ({@link #provide}), bound again by every {@link #install}. */
  private static final Map<Export, CompiledFunction> PROVIDED = new ConcurrentHashMap<>();
  private static volatile FunctionCode deferredLoader;
  private static volatile Reporter reporter = (p, text) -> {
    System.err.print("=ERROR REPORT==== " + text + "\n");
    System.err.flush();
  };

  private volatile CodePath path;
  private final Engine engine;
  private final Loading loading;

  private CodeServer(CodePath path, Engine engine, Loading loading) {
    this.path = path;
    this.engine = engine;
    this.loading = loading;
  }

  /**
   * For a call of a fun whose module is not loaded: in a node that boots OTP, the process's error
   * handler's {@code undefined_lambda(Module, Fun, Args)}, which has OTP's code server load the
   * module and calls the fun again; {@code null} when this node loads modules itself (or no error
   * handler is loaded yet).
   */
  public static FunctionCode undefinedLambdaHandler(ErlProcess p) {
    CodeServer s = current;
    return s == null || s.loading != Loading.ERROR_HANDLER ? null : ErrorHandlerCall.undefinedLambda(p);
  }

  /** What a call to a function that no loaded module exports does. */
  public enum Loading {
    /** Loads the module from the code path at once, in Java, and makes the call (no OTP boot). */
    AUTOLOAD,
    /**
     * Calls the process's error handler ({@code error_handler:undefined_function/3}), as BEAM
     * does, or raises {@code undef} if no error handler is loaded: OTP's code server loads the
     * module. No stand-ins for {@code init} and {@code code} are bound ({@link VmFunctions}).
     */
    ERROR_HANDLER
  }

  /** {@link #install(CodePath, Engine, Loading)} with {@link Loading#AUTOLOAD}. */
  public static CodeServer install(CodePath path, Engine engine) {
    return install(path, engine, Loading.AUTOLOAD);
  }

  /**
   * Makes this VM load code from {@code path} with {@code engine}: binds every BIF's export entry
   * (so {@code apply(erlang, length, [L])} and {@code fun erlang:length/1} work without
   * {@code erlang.beam}) and installs what {@code loading} says a call to an unbound export does.
   */
  public static synchronized CodeServer install(CodePath path, Engine engine, Loading loading) {
    if (current != null && current.engine != engine) {
      unloadAll(); // one engine per node: code loaded by another must not run
    }
    CodeServer s = new CodeServer(path, engine, loading);
    for (BifEntry b : Bifs.all()) {
      CompiledFunction f = Bifs.function(b);
      ExportTable.entry(b.module(), b.name(), b.arity()).bind(f.code(), f::direct);
    }
    VmFunctions.useStandIns(loading == Loading.AUTOLOAD);
    VmFunctions.bindAll();
    PROVIDED.forEach((entry, f) -> entry.bind(f.code(), f::direct));
    FunCalls.install(Calls::callFun);
    current = s;
    if (loading == Loading.ERROR_HANDLER) {
      UndefinedFunction.setAutoloader(ErrorHandlerCall.AUTOLOADER);
      return s;
    }
    UndefinedFunction.setAutoloader(new UndefinedFunction.Autoloader() {
      @Override
      public boolean ensureLoaded(Atom module) {
        return CodeServer.ensureLoaded(module);
      }

      @Override
      public FunctionCode deferredLoad(Atom module) {
        return s.deferredLoad(module);
      }
    });
    return s;
  }

  /**
   * Binds {@code module:function/arity} to {@code code} now and after every {@link #install}: a
   * function the VM provides without a module file, as the hot-swap layer provides the loading
   * functions of {@code code}. It wins over {@link VmFunctions}' own.
   */
  public static void provide(Atom module, Atom function, int arity, FunctionCode code) {
    Export entry = ExportTable.entry(module, function, arity);
    CompiledFunction f = CompiledFunction.of(code);
    PROVIDED.put(entry, f);
    entry.bind(f.code(), f::direct);
  }

  /**
   * Makes calls to modules with an {@code -on_load} function go to {@code handler}, called as
   * {@code Handler(Module, Function, Args)}: it loads the module, runs the on_load function in a
   * process of its own and then makes the call, or raises {@code undef}, as OTP's
   * {@code error_handler} and code server do. {@code null} removes it.
   */
  public static void setDeferredLoader(FunctionCode handler) {
    deferredLoader = handler;
  }

  /**
   * The handler a call to the unloaded {@code module} goes to when its load must run its on_load
   * function, or {@code null} if it loads at once (or not at all).
   */
  FunctionCode deferredLoad(Atom module) {
    FunctionCode h = deferredLoader;
    if (h == null || ModuleTable.current(module) != null) {
      return null;
    }
    if (ModuleTable.onLoad(module) != null) {
      return h;
    }
    Optional<Path> file = path.find(module.name());
    return file.isPresent() && hasOnLoad(file.get()) ? h : null;
  }

  /** Makes the loader's error reports ({@code badfile}, a delete before a purge) go to {@code r}. */
  public static void setReporter(Reporter r) {
    reporter = r;
  }

  /** An error report of the loader, made while {@code p} runs (it names no process). */
  public static void report(ErlProcess p, String text) {
    reporter.report(p, text);
  }

  /** Adds {@code dir} at the front of the code path (as {@code -pa} does), unless it is there already. */
  public synchronized void addPathFirst(Path dir) {
    if (!path.dirs().contains(dir)) {
      List<Path> dirs = new ArrayList<>(path.dirs());
      dirs.add(0, dir);
      path = new CodePath(dirs);
    }
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

  /**
   * Whether {@code module} is loaded, loading it from the code path if it is not. A module whose
   * load must run its on_load function first is not loaded here when a deferred loader is
   * installed: see {@link #deferredLoad}.
   */
  public static boolean ensureLoaded(Atom module) {
    if (ModuleTable.current(module) != null) {
      return true;
    }
    CodeServer s = current;
    return s != null && !VmFunctions.isProvided(module) && s.loadFromPath(module).isPresent();
  }

  /** Loads {@code module} from the code path unless it is loaded already (or its load needs its on_load function run). */
  public synchronized Optional<LoadedModule> loadFromPath(Atom module) {
    LoadedModule m = ModuleTable.current(module);
    if (m != null) {
      return Optional.of(m);
    }
    if (deferredLoader != null && ModuleTable.onLoad(module) != null) {
      return Optional.empty(); // its on_load function runs: the deferred loader waits for it
    }
    Optional<Path> file = path.find(module.name());
    if (file.isEmpty()) {
      return Optional.empty();
    }
    BeamModule beam = read(file.get());
    if (deferredLoader != null && LoadedModule.onLoadFunction(beam) >= 0) {
      return Optional.empty();
    }
    LoadedModule loaded = ModuleLoader.prepare(beam, engine);
    ModuleLoader.Outcome o = ModuleLoader.finish(List.of(loaded));
    return o.kind() == ModuleLoader.Outcome.Kind.OK ? Optional.of(loaded) : Optional.empty();
  }

  private static boolean hasOnLoad(Path beamFile) {
    try {
      return LoadedModule.onLoadFunction(read(beamFile)) >= 0;
    } catch (RuntimeException unreadable) {
      return false; // the load will fail and say why
    }
  }

  private static BeamModule read(Path beamFile) {
    try {
      return BeamLoader.load(beamFile);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (BeamFormatException e) {
      throw new IllegalStateException("cannot load " + beamFile + ": " + e.getMessage(), e);
    }
  }

  /**
   * Loads every module in {@code dir} as BEAM loads its preloaded modules before the first
   * process runs: current at once, no on_load function run (erl_init calls theirs), and without
   * line information, as the emulator's built-in copies have none.
   */
  public synchronized List<Atom> preload(Path dir) {
    List<Atom> loaded = new ArrayList<>();
    try (java.util.stream.Stream<Path> files = java.nio.file.Files.list(dir)) {
      for (Path f : files.filter(f -> f.getFileName().toString().endsWith(".beam")).sorted().toList()) {
        BeamModule beam = BeamLoader.load(java.nio.file.Files.readAllBytes(f), f.toString(), false);
        loaded.add(ModuleLoader.load(beam, engine).name());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return loaded;
  }

  /** Loads the module in {@code beamFile} as its current version (purging an old one first). */
  public synchronized LoadedModule loadFile(Path beamFile) {
    return ModuleLoader.load(read(beamFile), engine);
  }

  /** Unloads every module (the export table goes back to BIFs and unbound entries): for tests. */
  public static synchronized void unloadAll() {
    for (LoadedModule m : ModuleTable.all()) {
      ModuleLoader.unload(m.name());
    }
  }
}
