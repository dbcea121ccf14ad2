package org.jbeamjit.codegen.ops;

import org.jbeamjit.codegen.load.CompiledFunction;
import org.jbeamjit.runtime.code.ExportTable;
import org.jbeamjit.runtime.code.FunctionCode;
import org.jbeamjit.runtime.process.ErlProcess;
import org.jbeamjit.runtime.term.Atom;

/**
 * The exports the VM implements itself as functions rather than BIFs: {@code erlang:apply/2,3}
 * reached through the export table ({@code fun erlang:apply/3}, {@code apply(erlang, apply, ...)};
 * calls the compiler emits to them become the {@code apply} instructions instead), and, in a node
 * that does not boot OTP ({@code jbeamjit run}, the in-process tests), stand-ins for OTP's
 * {@code init} and {@code code} as far as such a node needs them ({@link Init}, {@link Code}). A
 * node that boots OTP turns the stand-ins off ({@link #useStandIns}): its {@code init} and
 * {@code code} are OTP's own modules.
 */
public final class VmFunctions {
  private static final Atom ERLANG = Atom.of("erlang");
  private static final Atom APPLY = Atom.of("apply");
  private static final Atom INIT = Atom.of("init");
  private static final Atom CODE = Atom.of("code");

  /** A function body taking the process, the callee depth and the arguments. */
  @FunctionalInterface
  interface Body {
    Object call(ErlProcess p, int depth, Object[] args);
  }

  private record Key(Atom module, Atom function, int arity) {}

  private static final java.util.Map<Key, CompiledFunction> FUNCTIONS = new java.util.concurrent.ConcurrentHashMap<>();
  private static volatile boolean standIns = true;

  private VmFunctions() {}

  /**
   * The VM's own implementation of {@code module:function/arity}, or {@code null}. A module that
   * defines the function too (OTP's {@code erlang.beam} has {@code apply/3}) does not replace it.
   */
  public static CompiledFunction lookup(Atom module, Atom function, int arity) {
    if (FUNCTIONS.isEmpty()) {
      bindAll();
    }
    if (!standIns && isStandInModule(module)) {
      return null;
    }
    return FUNCTIONS.get(new Key(module, function, arity));
  }

  /**
   * Whether the stand-ins for {@code init} and {@code code} are bound (the default) or not (a node
   * that boots OTP, which loads OTP's own). Set before {@link #bindAll}.
   */
  public static void useStandIns(boolean on) {
    standIns = on;
  }

  /** Binds the export entries of these functions. */
  public static void bindAll() {
    bind(ERLANG, APPLY, 2, (p, d, a) -> Calls.applyFun(p, d, a[0], a[1]));
    bind(ERLANG, APPLY, 3, (p, d, a) -> Calls.apply(p, d, a[0], a[1], a[2]));
    bind(ERLANG, Atom.of("call_on_load_function"), 1, CodeBifs::callOnLoadFunction);
    bind(Atom.of("erts_internal"), Atom.of("check_process_code"), 1, CodeBifs::checkOwnCode);
    if (standIns) {
      bindStandIns();
    }
  }

  private static void bindStandIns() {
    bind(INIT, Atom.of("stop"), 0, (p, d, a) -> {
      throw new Halt(0);
    });
    bind(INIT, Atom.of("stop"), 1, (p, d, a) -> NodeBifs.halt(a[0]));
    bind(INIT, Atom.of("get_argument"), 1, (p, d, a) -> Init.getArgument(a[0]));
    bind(INIT, Atom.of("get_arguments"), 0, (p, d, a) -> Init.getArguments());
    bind(INIT, Atom.of("get_plain_arguments"), 0, (p, d, a) -> Init.getPlainArguments());
    bind(CODE, Atom.of("ensure_loaded"), 1, (p, d, a) -> Code.ensureLoaded(a[0]));
    bind(CODE, Atom.of("load_file"), 1, (p, d, a) -> Code.loadFile(a[0]));
    bind(CODE, Atom.of("is_loaded"), 1, (p, d, a) -> Code.isLoaded(a[0]));
    bind(CODE, Atom.of("which"), 1, (p, d, a) -> Code.which(a[0]));
    bind(CODE, Atom.of("get_path"), 0, (p, d, a) -> Code.getPath());
    bind(CODE, Atom.of("root_dir"), 0, (p, d, a) -> Code.rootDir());
    bind(CODE, Atom.of("lib_dir"), 0, (p, d, a) -> Code.libDir());
    bind(CODE, Atom.of("lib_dir"), 1, (p, d, a) -> Code.libDir(a[0]));
    bind(CODE, Atom.of("ensure_modules_loaded"), 1, (p, d, a) -> Code.ensureModulesLoaded(a[0]));
    bind(CODE, Atom.of("all_loaded"), 0, (p, d, a) -> Code.allLoaded());
    bind(CODE, Atom.of("get_mode"), 0, (p, d, a) -> Code.getMode());
  }

  /** Modules whose functions the VM provides here, never to be loaded from the OTP code path. */
  public static boolean isProvided(Atom module) {
    return standIns && isStandInModule(module);
  }

  private static boolean isStandInModule(Atom module) {
    return module == INIT || module == CODE;
  }

  private static void bind(Atom module, Atom name, int arity, Body body) {
    FunctionCode code = new FunctionCode() {
      @Override
      public Object invoke(ErlProcess p, int depth, Object[] args) {
        return body.call(p, depth, args);
      }

      @Override
      public int arity() {
        return arity;
      }

      @Override
      public String toString() {
        return module + ":" + name + "/" + arity;
      }
    };
    CompiledFunction f = FUNCTIONS.computeIfAbsent(new Key(module, name, arity), k -> CompiledFunction.of(code));
    ExportTable.entry(module, name, arity).bind(f.code(), f::direct);
  }
}
