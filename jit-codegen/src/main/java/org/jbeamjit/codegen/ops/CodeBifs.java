package org.jbeamjit.codegen.ops;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.jbeamjit.codegen.load.CodeServer;
import org.jbeamjit.codegen.load.LoadedModule;
import org.jbeamjit.codegen.load.ModuleLoader;
import org.jbeamjit.codegen.load.ModuleTable;
import org.jbeamjit.codegen.load.ProcessCode;
import org.jbeamjit.frontend.BeamLoader;
import org.jbeamjit.frontend.beam.BeamFile;
import org.jbeamjit.frontend.beam.Chunk;
import org.jbeamjit.frontend.ir.BeamFunction;
import org.jbeamjit.frontend.ir.BeamModule;
import org.jbeamjit.runtime.bif.Bif;
import org.jbeamjit.runtime.bif.ProcessBifs;
import org.jbeamjit.runtime.error.ErlangException;
import org.jbeamjit.runtime.process.Continuation;
import org.jbeamjit.runtime.process.ErlProcess;
import org.jbeamjit.runtime.process.LocalNode;
import org.jbeamjit.runtime.process.RegisteredNames;
import org.jbeamjit.runtime.process.Signals;
import org.jbeamjit.runtime.process.SystemTask;
import org.jbeamjit.runtime.resource.MagicRefs;
import org.jbeamjit.runtime.term.Atom;
import org.jbeamjit.runtime.term.Atoms;
import org.jbeamjit.runtime.term.BitString;
import org.jbeamjit.runtime.term.Cons;
import org.jbeamjit.runtime.term.ExportFun;
import org.jbeamjit.runtime.term.LocalFun;
import org.jbeamjit.runtime.term.Nil;
import org.jbeamjit.runtime.term.Pid;
import org.jbeamjit.runtime.term.Tuple;

/**
 * The BIFs that look at loaded code ({@code module_info} and friends, {@code fun_info}) and those
 * that change it, the primitives under OTP's own {@code erlang.erl}, {@code erts_internal.erl} and
 * {@code erts_code_purger.erl} (which run unmodified on top of them): preparing and finishing a
 * load, {@code -on_load}, deleting, purging, and checking which processes run old code.
 */
public final class CodeBifs {
  private static final Atom MODULE = Atom.of("module");
  private static final Atom EXPORTS = Atom.of("exports");
  private static final Atom ATTRIBUTES = Atom.of("attributes");
  private static final Atom COMPILE = Atom.of("compile");
  private static final Atom MD5 = Atom.of("md5");
  private static final Atom FUNCTIONS = Atom.of("functions");
  private static final Atom NIFS = Atom.of("nifs");
  private static final Atom NATIVE = Atom.of("native");

  private static final Atom PID = Atom.of("pid");
  private static final Atom NEW_INDEX = Atom.of("new_index");
  private static final Atom NEW_UNIQ = Atom.of("new_uniq");
  private static final Atom INDEX = Atom.of("index");
  private static final Atom UNIQ = Atom.of("uniq");
  private static final Atom NAME = Atom.of("name");
  private static final Atom ARITY = Atom.of("arity");
  private static final Atom ENV = Atom.of("env");
  private static final Atom TYPE = Atom.of("type");
  private static final Atom LOCAL = Atom.of("local");
  private static final Atom EXTERNAL = Atom.of("external");
  private static final java.util.Set<Atom> FUN_ITEMS =
      java.util.Set.of(PID, MODULE, NEW_INDEX, NEW_UNIQ, INDEX, UNIQ, NAME, ARITY, ENV, TYPE);

  private static final Atom ERLANG = Atom.of("erlang");
  private static final Atom ERTS_INTERNAL = Atom.of("erts_internal");
  private static final Atom BADFILE = Atom.of("badfile");
  private static final Atom PREPARE = Atom.of("prepare");
  private static final Atom PREPARE_ON_LOAD = Atom.of("prepare_on_load");
  private static final Atom COMPLETE = Atom.of("complete");
  private static final Atom ABORT = Atom.of("abort");
  private static final Atom ON_LOAD = Atom.of("on_load");
  private static final Atom NOT_PURGED = Atom.of("not_purged");
  private static final Atom DUPLICATED = Atom.of("duplicated");
  private static final Atom CODE_PURGER = Atom.of("erts_code_purger");
  private static final Atom NOTSUP = Atom.of("notsup");

  /** The modules {@code erlang:pre_loaded/0} names: OTP 25's, which its emulator carries in its image. */
  private static final Object PRE_LOADED = Cons.fromList(Stream.of("persistent_term", "counters",
      "atomics", "erts_dirty_process_signal_handler", "erts_literal_area_collector", "erl_tracer", "erts_internal",
      "erlang", "erl_prim_loader", "prim_zip", "prim_net", "prim_socket", "socket_registry", "zlib", "prim_file",
      "prim_inet", "prim_eval", "prim_buffer", "init", "erl_init", "erts_code_purger").map(n -> (Object) Atom.of(n))
      .toList());

  private static final Atom CHECK_PROCESS_CODE = Atom.of("check_process_code");
  private static final Atom GARBAGE_COLLECT = Atom.of("garbage_collect");
  private static final Set<Object> PRIORITIES = Set.of(Atom.of("low"), Atom.of("normal"),
      Atom.of("high"), Atom.of("max"), Atom.of("inherit"));

  /** Prepared code ({@code erlang:prepare_loading/2}): magic references to versions not yet loaded. */
  private static final MagicRefs<LoadedModule> PREPARED = new MagicRefs<>();

  private CodeBifs() {}

  // ---------------------------------------------------------------------------------------------
  // The code table

  @Bif(name = "module_loaded")
  public static Object moduleLoaded(Object module) {
    if (!(module instanceof Atom a)) {
      throw ErlangException.badarg();
    }
    return Atoms.bool(ModuleTable.current(a) != null);
  }

  @Bif(name = "check_old_code")
  public static Object checkOldCode(Object module) {
    if (!(module instanceof Atom a)) {
      throw ErlangException.badarg();
    }
    return Atoms.bool(ModuleTable.old(a) != null);
  }

  /** {@code erlang:loaded/0}: every module with a current or an old version. */
  @Bif(name = "loaded")
  public static Object loaded() {
    return Cons.fromList(new ArrayList<Object>(ModuleTable.withCode()));
  }

  @Bif(name = "pre_loaded")
  public static Object preLoaded() {
    return PRE_LOADED;
  }

  /**
   * {@code erlang:delete_module/1}: the current version becomes old. {@code undefined} for a
   * module never loaded; {@code badarg}, with OTP's error report, while an old version exists.
   */
  @Bif(name = "delete_module")
  public static Object deleteModule(ErlProcess p, Object module) {
    if (!(module instanceof Atom a)) {
      throw ErlangException.badarg();
    }
    switch (ModuleLoader.delete(a)) {
      case UNDEFINED:
        return Atoms.UNDEFINED;
      case NOT_PURGED:
        CodeServer.report(p, "Module " + a.name() + " must be purged before deleting\n");
        throw ErlangException.badarg();
      default:
        return Atoms.TRUE;
    }
  }

  /**
   * {@code erts_internal:prepare_loading/2}: compiles {@code Code} into a version of
   * {@code Module} that is not loaded yet; a magic reference to it, or {@code {error, badfile}}.
   */
  @Bif(module = "erts_internal", name = "prepare_loading")
  public static Object prepareLoading(ErlProcess p, Object module, Object code) {
    if (!(module instanceof Atom m) || !(code instanceof BitString b) || !b.isBinary()) {
      throw ErlangException.badarg();
    }
    LoadedModule v = prepare(p, m, "", b);
    return v == null ? Tuple.of(Atoms.ERROR, BADFILE) : PREPARED.create(v);
  }

  @Bif(name = "has_prepared_code_on_load")
  public static Object hasPreparedCodeOnLoad(Object prepared) {
    LoadedModule v = PREPARED.get(prepared);
    if (v == null) {
      throw ErlangException.badarg();
    }
    return Atoms.bool(v.onLoadFunction() >= 0);
  }

  /**
   * {@code erlang:finish_loading/1}: makes prepared versions current, all or none. {@code ok}, or
   * {@code {Reason, Modules}} with {@code duplicated}, {@code not_purged} (nothing loaded) or
   * {@code on_load} (loaded, waiting for the on_load function). A list of more than one with an
   * on_load module is {@code system_limit}, as OTP cannot load such a group atomically.
   */
  @Bif(name = "finish_loading")
  public static Object finishLoading(Object list) {
    List<LoadedModule> versions = new ArrayList<>();
    Object t = list;
    while (t instanceof Cons c) {
      LoadedModule v = PREPARED.get(c.head);
      if (v == null || v.state() != LoadedModule.State.PREPARED) {
        throw ErlangException.badarg();
      }
      versions.add(v);
      t = c.tail;
    }
    if (t != Nil.NIL) {
      throw ErlangException.badarg();
    }
    if (versions.size() > 1 && versions.stream().anyMatch(v -> v.onLoadFunction() >= 0)) {
      throw ErlangException.systemLimit();
    }
    ModuleLoader.Outcome o = ModuleLoader.finish(versions);
    switch (o.kind()) {
      case OK:
        return Atoms.OK;
      case DUPLICATED:
        return Tuple.of(DUPLICATED, Cons.fromList(new ArrayList<Object>(o.modules())));
      case NOT_PURGED:
        return Tuple.of(NOT_PURGED, Cons.fromList(new ArrayList<Object>(o.modules())));
      default:
        return Tuple.of(ON_LOAD, Cons.fromList(new ArrayList<Object>(o.modules())));
    }
  }

  /**
   * {@code erlang:finish_after_on_load/2}: the on_load function of {@code Module} returned; with
   * {@code true} its version becomes current, with {@code false} it is dropped (to be purged).
   */
  @Bif(name = "finish_after_on_load")
  public static Object finishAfterOnLoad(Object module, Object keep) {
    if (!(module instanceof Atom m) || (keep != Atoms.TRUE && keep != Atoms.FALSE)) {
      throw ErlangException.badarg();
    }
    if (!ModuleLoader.finishAfterOnLoad(m, keep == Atoms.TRUE)) {
      throw ErlangException.badarg();
    }
    return Atoms.TRUE;
  }

  /**
   * {@code erlang:call_on_load_function/1}, a VM function: runs the on_load function of the
   * version of {@code Module} that waits for it, in the calling process (OTP's code server spawns
   * a process for it), and returns what it returns.
   */
  static Object callOnLoadFunction(ErlProcess p, int depth, Object[] args) {
    LoadedModule v = args[0] instanceof Atom m ? ModuleTable.onLoad(m) : null;
    if (v == null) {
      CallError e = new CallError(Atoms.BADARG, false);
      e.addFrame(Bifs.frame(ERLANG, Atom.of("call_on_load_function"), args));
      throw e;
    }
    return v.code(v.onLoadFunction()).invoke(p, depth, new Object[0]);
  }

  /**
   * {@code erts_internal:purge_module/2}, the steps of {@code erts_code_purger}'s purge:
   * {@code prepare} (is there an old version?), {@code prepare_on_load} (a failed on_load
   * version?), then {@code complete} (it goes; {@code true}) or {@code abort} (it stays; {@code false}).
   * Only the registered {@code erts_code_purger} may call it ({@code notsup} otherwise), as in OTP.
   */
  @Bif(module = "erts_internal", name = "purge_module")
  public static Object purgeModule(ErlProcess p, Object module, Object op) {
    if (RegisteredNames.whereis(CODE_PURGER) != p) {
      throw ErlangException.error(NOTSUP); // as OTP: only the purger purges
    }
    if (!(module instanceof Atom m)) {
      throw ErlangException.badarg();
    }
    if (op == PREPARE) {
      return Atoms.bool(ModuleLoader.preparePurge(m, false));
    } else if (op == PREPARE_ON_LOAD) {
      return Atoms.bool(ModuleLoader.preparePurge(m, true));
    } else if (op == COMPLETE) {
      if (!ModuleLoader.completePurge(m)) {
        throw ErlangException.badarg();
      }
      return Atoms.TRUE;
    } else if (op == ABORT) {
      ModuleLoader.abortPurge(m);
      return Atoms.FALSE;
    }
    throw ErlangException.badarg();
  }

  /**
   * {@code erts_internal:check_process_code/1}, a VM function: whether the calling process runs
   * the old version of {@code Module}. Its callers are on the JVM stack; returning through an
   * unwind puts every one of them in a heap frame, where the check reads their versions, and the
   * trampoline carries on at once.
   */
  static Object checkOwnCode(ErlProcess p, int depth, Object[] args) {
    if (!(args[0] instanceof Atom m)) {
      CallError e = new CallError(Atoms.BADARG, false);
      e.addFrame(Bifs.frame(ERTS_INTERNAL, Atom.of("check_process_code"), args));
      throw e;
    }
    LoadedModule old = ModuleLoader.purgeTarget(m);
    if (old == null) {
      return Atoms.FALSE;
    }
    return p.suspend(new Continuation() {
      @Override
      public Object resume(ErlProcess self, Object ignored) {
        return Atoms.bool(ProcessCode.runs(self.suspendedCallers(), old));
      }

      @Override
      public Object resumeException(ErlProcess self, ErlangException e) {
        throw e;
      }
    });
  }

  /**
   * {@code erts_internal:request_system_task/3} with {@code {check_process_code, ReqId, Module}}:
   * the process {@code Pid} checks, on its own thread and with no JVM frames, whether it runs the
   * old version of {@code Module} (the one a purge in progress removes), and sends
   * {@code {check_process_code, ReqId, Boolean}} back; {@code false} if it has exited. This is
   * how {@code erts_code_purger} and {@code erlang:check_process_code/2,3} ask.
   */
  @Bif(module = "erts_internal", name = "request_system_task")
  public static Object requestSystemTask(ErlProcess p, Object pid, Object priority, Object request) {
    if (request instanceof Tuple g && g.arity() == 3 && g.get(0) == GARBAGE_COLLECT) {
      return ProcessBifs.requestGarbageCollect(p, pid, priority, request); // erlang:garbage_collect/1,2
    }
    if (!(pid instanceof Pid target) || !LocalNode.isLocal(target)
        || !PRIORITIES.contains(priority) || !(request instanceof Tuple r) || r.arity() != 3
        || r.get(0) != CHECK_PROCESS_CODE || !(r.get(2) instanceof Atom module)) {
      throw ErlangException.badarg();
    }
    Object reqId = r.get(1);
    SystemTask task = new SystemTask() {
      @Override
      public void run(ErlProcess self) {
        LoadedModule old = ModuleLoader.purgeTarget(module);
        reply(old != null && ProcessCode.runs(self.suspendedCallers(), old));
      }

      @Override
      public void exited() {
        reply(false);
      }

      private void reply(boolean runsOld) {
        p.send(Tuple.of(CHECK_PROCESS_CODE, reqId, Atoms.bool(runsOld)));
      }
    };
    ErlProcess q = target.equals(p.pid()) ? p : Signals.process(target);
    if (q == null) {
      task.exited();
    } else {
      q.requestSystemTask(task);
    }
    return Atoms.OK;
  }

  /**
   * {@code jbeamjit_code:load_binary/3}, the code server's load: {@code erlang:load_module/2}
   * that records the file the module came from ({@code code:is_loaded/1}). {@code {module, M}},
   * or {@code {error, badfile | not_purged | on_load}}.
   */
  @Bif(module = "jbeamjit_code", name = "load_binary")
  public static Object loadBinary(ErlProcess p, Object module, Object file, Object code) {
    String fileName = file instanceof Atom a ? a.name() : ErlStrings.toJava(file);
    if (!(module instanceof Atom m) || fileName == null || !(code instanceof BitString b) || !b.isBinary()) {
      throw ErlangException.badarg();
    }
    LoadedModule v = prepare(p, m, fileName, b);
    if (v == null) {
      return Tuple.of(Atoms.ERROR, BADFILE);
    }
    ModuleLoader.Outcome o = ModuleLoader.finish(List.of(v));
    switch (o.kind()) {
      case OK:
        return Tuple.of(MODULE, m);
      case NOT_PURGED:
        return Tuple.of(Atoms.ERROR, NOT_PURGED);
      default:
        return Tuple.of(Atoms.ERROR, ON_LOAD);
    }
  }

  /**
   * {@code jbeamjit_code:object_code/1}: {@code {Module, Binary, File}} of the file
   * {@code Module.beam} first on the code path, or {@code error} ({@code code:get_object_code/1}).
   */
  @Bif(module = "jbeamjit_code", name = "object_code")
  public static Object objectCode(Object module) {
    if (!(module instanceof Atom m)) {
      throw ErlangException.badarg();
    }
    CodeServer s = CodeServer.current();
    Optional<Path> f = s == null ? Optional.empty() : s.path().find(m.name());
    if (f.isPresent()) {
      try {
        byte[] bytes = Files.readAllBytes(f.get());
        return Tuple.of(m, BitString.wrap(bytes), ErlStrings.of(f.get().toString()));
      } catch (IOException unreadable) {
        return Atoms.ERROR;
      }
    }
    return Atoms.ERROR;
  }

  /**
   * {@code erts_internal:beamfile_chunk/2}: the data of chunk {@code Id} (a list of four bytes)
   * of the {@code .beam} binary, as a sub-binary, or {@code undefined} if it has none or is no
   * {@code .beam} ({@code erl_features:load_allowed/1} reads the {@code Meta} chunk with it).
   */
  @Bif(module = "erts_internal", name = "beamfile_chunk")
  public static Object beamfileChunk(Object binary, Object id) {
    byte[] want = new byte[4];
    Object t = id;
    for (int i = 0; i < 4; i++) {
      if (!(t instanceof Cons c) || !(c.head instanceof Long b) || b < 0 || b > 255) {
        throw ErlangException.badarg();
      }
      want[i] = (byte) (long) b;
      t = c.tail;
    }
    if (t != Nil.NIL || !(binary instanceof BitString bin) || !bin.isBinary()) {
      throw ErlangException.badarg();
    }
    try {
      BeamFile file = BeamFile.parse(bin.toByteArray(), "");
      Optional<Chunk> chunk = file.chunk(new String(want, StandardCharsets.ISO_8859_1));
      if (chunk.isPresent() && chunk.get().size() > 0) {
        return bin.sub(8L * chunk.get().dataStart(), 8L * chunk.get().size());
      }
    } catch (RuntimeException notBeam) {
      // as OTP: a binary that is no IFF file has no chunks
    }
    return Atoms.UNDEFINED;
  }

  /** {@code erts_internal:beamfile_module_md5/1}: the MD5 the loader gives the module in the binary, or {@code undefined}. */
  @Bif(module = "erts_internal", name = "beamfile_module_md5")
  public static Object beamfileModuleMd5(Object binary) {
    if (!(binary instanceof BitString bin) || !bin.isBinary()) {
      throw ErlangException.badarg();
    }
    try {
      return BitString.wrap(BeamLoader.load(bin.toByteArray(), "").md5());
    } catch (RuntimeException notBeam) {
      return Atoms.UNDEFINED;
    }
  }

  /** Compiles {@code code} as a version of {@code module}; {@code null} (after OTP's error report) if it is no such module. */
  private static LoadedModule prepare(ErlProcess p, Atom module, String file, BitString code) {
    CodeServer server = CodeServer.current();
    if (server == null) {
      throw ErlangException.badarg();
    }
    BeamModule beam;
    try {
      beam = BeamLoader.load(code.toByteArray(), file);
    } catch (RuntimeException e) { // BeamFormatException, or a chunk no reader makes sense of
      CodeServer.report(p, "Error loading module " + module.name() + ":\n  " + e.getMessage() + "\n");
      return null;
    }
    if (beam.name() != module) {
      CodeServer.report(p, "Error loading module " + module.name() + ":\n  module name in object code is "
          + beam.name().name() + "\n");
      return null;
    }
    return ModuleLoader.prepare(beam, server.engine());
  }

  // ---------------------------------------------------------------------------------------------
  // Loaded code

  @Bif(name = "function_exported")
  public static Object functionExported(Object module, Object function, Object arity) {
    if (!(module instanceof Atom m) || !(function instanceof Atom f) || !(arity instanceof Long a)) {
      throw ErlangException.badarg();
    }
    if (a < 0 || a > 255) {
      return Atoms.FALSE;
    }
    LoadedModule lm = ModuleTable.current(m);
    boolean exported = lm != null && lm.isExported(f, (int) (long) a);
    return Atoms.bool(exported || Bifs.lookup(m, f, (int) (long) a) != null);
  }

  @Bif(name = "is_builtin")
  public static Object isBuiltin(Object module, Object function, Object arity) {
    if (!(module instanceof Atom m) || !(function instanceof Atom f) || !(arity instanceof Long a)) {
      throw ErlangException.badarg();
    }
    boolean builtin = a >= 0 && a <= 255 && (Bifs.lookup(m, f, (int) (long) a) != null
        || (m.name().equals("erlang") && VmFunctions.lookup(m, f, (int) (long) a) != null));
    return Atoms.bool(builtin);
  }

  /** {@code erlang:fun_info(Fun)}: every item, in OTP's order. */
  @Bif(name = "fun_info")
  public static Object funInfo(Object fun) {
    if (fun instanceof LocalFun f) {
      return Cons.list(funInfo(f, PID), funInfo(f, MODULE), funInfo(f, NEW_INDEX), funInfo(f, NEW_UNIQ),
          funInfo(f, INDEX), funInfo(f, UNIQ), funInfo(f, NAME), funInfo(f, ARITY), funInfo(f, ENV),
          funInfo(f, TYPE));
    } else if (fun instanceof ExportFun f) {
      return Cons.list(funInfo(f, MODULE), funInfo(f, NAME), funInfo(f, ARITY), funInfo(f, ENV), funInfo(f, TYPE));
    }
    throw ErlangException.badarg();
  }

  /**
   * {@code erlang:fun_info_mfa(Fun)}: {@code {Module, Name, Arity}}, the name of a local fun being
   * its generated function's; proc_lib takes a spawned fun's initial call from it.
   */
  @Bif(name = "fun_info_mfa")
  public static Object funInfoMfa(Object fun) {
    if (fun instanceof LocalFun f) {
      return Tuple.of(f.module, funName(f), (long) f.arity());
    } else if (fun instanceof ExportFun f) {
      return Tuple.of(f.module, f.function, (long) f.arity());
    }
    throw ErlangException.badarg();
  }

  /** {@code erlang:fun_info(Fun, Item)}: {@code {Item, Value}}; items a fun of its type lacks are {@code undefined}. */
  @Bif(name = "fun_info")
  public static Object funInfo(Object fun, Object item) {
    if (!(item instanceof Atom i) || !FUN_ITEMS.contains(i)) {
      throw ErlangException.badarg();
    }
    if (fun instanceof LocalFun f) {
      Object v;
      if (i == PID) {
        v = f.pid;
      } else if (i == MODULE) {
        v = f.module;
      } else if (i == NEW_INDEX) {
        v = (long) f.index;
      } else if (i == NEW_UNIQ) {
        v = BitString.wrap(f.uniq());
      } else if (i == INDEX) {
        v = (long) f.oldIndex;
      } else if (i == UNIQ) {
        v = Integer.toUnsignedLong(f.oldUniq);
      } else if (i == NAME) {
        v = funName(f);
      } else if (i == ARITY) {
        v = (long) f.arity();
      } else if (i == ENV) {
        Object[] env = new Object[f.envSize()];
        for (int k = 0; k < env.length; k++) {
          env[k] = f.env(k);
        }
        v = Cons.list(env);
      } else {
        v = LOCAL;
      }
      return Tuple.of(i, v);
    } else if (fun instanceof ExportFun f) {
      Object v;
      if (i == MODULE) {
        v = f.module;
      } else if (i == NAME) {
        v = f.function;
      } else if (i == ARITY) {
        v = (long) f.arity();
      } else if (i == ENV) {
        v = Nil.NIL;
      } else if (i == TYPE) {
        v = EXTERNAL;
      } else {
        v = Atoms.UNDEFINED;
      }
      return Tuple.of(i, v);
    }
    throw ErlangException.badarg();
  }

  /** The name of a local fun's function, from the module version that made it (if it is still the current one). */
  private static Object funName(LocalFun f) {
    LoadedModule m = ModuleTable.current(f.module);
    if (m != null && f.oldIndex < m.funCount() && java.util.Arrays.equals(f.uniq(), m.beam().md5())) {
      return m.fun(f.oldIndex).name();
    }
    return Atoms.UNDEFINED;
  }

  /** What {@code Module:module_info()} returns. */
  @Bif(name = "get_module_info")
  public static Object getModuleInfo(Object module) {
    LoadedModule m = loaded(module);
    return Cons.list(Tuple.of(MODULE, m.name()), Tuple.of(EXPORTS, exports(m)),
        Tuple.of(ATTRIBUTES, m.beam().attributes()), Tuple.of(COMPILE, m.beam().compileInfo()),
        Tuple.of(MD5, m.md5()));
  }

  /** What {@code Module:module_info(Key)} returns. */
  @Bif(name = "get_module_info")
  public static Object getModuleInfo(Object module, Object key) {
    LoadedModule m = loaded(module);
    if (key == MODULE) {
      return m.name();
    } else if (key == EXPORTS) {
      return exports(m);
    } else if (key == ATTRIBUTES) {
      return m.beam().attributes();
    } else if (key == COMPILE) {
      return m.beam().compileInfo();
    } else if (key == MD5) {
      return m.md5();
    } else if (key == FUNCTIONS) {
      List<Object> fs = new ArrayList<>();
      for (BeamFunction f : m.beam().functions()) {
        fs.add(Tuple.of(f.name(), (long) f.arity()));
      }
      return Cons.fromList(fs);
    } else if (key == NIFS) {
      return Nil.NIL;
    } else if (key == NATIVE) {
      return Atoms.FALSE;
    }
    throw ErlangException.badarg();
  }

  private static LoadedModule loaded(Object module) {
    LoadedModule m = module instanceof Atom a ? ModuleTable.current(a) : null;
    if (m == null) {
      throw ErlangException.badarg();
    }
    return m;
  }

  /** The exports in the order of the module's functions, as OTP lists them. */
  private static Object exports(LoadedModule m) {
    List<Object> out = new ArrayList<>();
    for (BeamFunction f : m.beam().functions()) {
      if (m.isExported(f.name(), f.arity())) {
        out.add(Tuple.of(f.name(), (long) f.arity()));
      }
    }
    return Cons.fromList(out);
  }
}
