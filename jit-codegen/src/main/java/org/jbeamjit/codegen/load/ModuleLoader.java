package org.jbeamjit.codegen.load;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MutableCallSite;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jbeamjit.codegen.load.ModuleTable.Slot;
import org.jbeamjit.codegen.ops.Bifs;
import org.jbeamjit.codegen.ops.VmFunctions;
import org.jbeamjit.frontend.ir.BeamModule;
import org.jbeamjit.frontend.ir.Export;
import org.jbeamjit.runtime.bif.BifEntry;
import org.jbeamjit.runtime.code.ExportTable;
import org.jbeamjit.runtime.code.FunctionCode;
import org.jbeamjit.runtime.term.Atom;

/**
 * Makes module versions and moves them through the code table, as OTP's loader does: a version
 * is compiled first ({@link #prepare}: the engine makes its functions, BIF stubs are replaced by
 * their BIFs and the VM's own functions by those, {@link VmFunctions}), then made current
 * ({@link #finish}), which makes the version it replaces old and binds the export entries of its
 * exports, so that fully qualified calls, {@code apply} and export funs switch to it at their next
 * call while local calls and funs stay in the version they run in. Old versions go with
 * {@link #completePurge}; {@link #delete} makes the current version old.
 */
public final class ModuleLoader {
  private ModuleLoader() {}

  /** What {@link #finish} did: {@code ok}, or the reason and the modules it applies to. */
  public record Outcome(Kind kind, List<Atom> modules) {
    public enum Kind {
      /** Every version is current. */
      OK,
      /** A module appears twice: nothing was loaded. */
      DUPLICATED,
      /** A module still has an old version: nothing was loaded. */
      NOT_PURGED,
      /** Loaded, but these modules wait for their on_load function before they are current. */
      ON_LOAD
    }
  }

  /** What {@link #delete} did. */
  public enum Deletion {
    /** The module was never loaded. */
    UNDEFINED,
    /** It has an old version, which must be purged first: nothing changed. */
    NOT_PURGED,
    /** Its current version (if any) is now old. */
    DELETED
  }

  /**
   * Compiles {@code beam} with {@code engine} into a version that is not loaded yet
   * ({@code erlang:prepare_loading/2}): nothing calls it until {@link #finish}.
   */
  public static LoadedModule prepare(BeamModule beam, Engine engine) {
    LoadedModule m = new LoadedModule(beam, engine);
    CompiledFunction[] compiled = engine.compile(m);
    int n = m.functionCount();
    if (compiled.length != n) {
      throw new IllegalStateException(engine.name() + " made " + compiled.length + " functions for the " + n
          + " of " + beam.name());
    }
    FunctionCode[] codes = new FunctionCode[n];
    CompiledFunction[] entries = new CompiledFunction[n];
    for (int i = 0; i < n; i++) {
      BifEntry bif = m.bif(i);
      CompiledFunction vm = VmFunctions.lookup(beam.name(), m.function(i).name(), m.function(i).arity());
      CompiledFunction f = bif != null ? Bifs.function(bif) : vm != null ? vm : compiled[i];
      codes[i] = f.code();
      entries[i] = f;
    }
    m.install(codes, entries);
    return m;
  }

  /**
   * Loads {@code beam} with {@code engine} as the module's current version, whatever was there:
   * an old version is purged first and an on_load function is not run. For tests and tools;
   * Erlang code loads with {@link #finish}.
   */
  public static LoadedModule load(BeamModule beam, Engine engine) {
    LoadedModule m = prepare(beam, engine);
    synchronized (ModuleTable.LOCK) {
      Slot s = ModuleTable.slot(m.name());
      if (s.current != null && s.old != null) {
        purge(s, s.old);
      }
      install(s, m);
    }
    return m;
  }

  /**
   * {@code erlang:finish_loading/1}: makes each prepared version current, all or none. Refused
   * (nothing loaded) if a module appears twice or still has an old version. A version with an
   * on_load function is loaded but not made current: it waits for {@link #finishAfterOnLoad}.
   * Every element must be {@link LoadedModule.State#PREPARED}, and a list with an on_load
   * module must have only that one (the caller checks, as OTP's BIF does).
   */
  public static Outcome finish(List<LoadedModule> prepared) {
    synchronized (ModuleTable.LOCK) {
      Set<Atom> seen = new HashSet<>();
      List<Atom> duplicated = new ArrayList<>();
      for (LoadedModule m : prepared) {
        if (!seen.add(m.name())) {
          duplicated.add(m.name());
        }
      }
      if (!duplicated.isEmpty()) {
        return new Outcome(Outcome.Kind.DUPLICATED, duplicated);
      }
      List<Atom> notPurged = new ArrayList<>();
      for (LoadedModule m : prepared) {
        Slot s = ModuleTable.slotIfAny(m.name());
        if (s != null && s.current != null && s.old != null) {
          notPurged.add(m.name());
        }
      }
      if (!notPurged.isEmpty()) {
        return new Outcome(Outcome.Kind.NOT_PURGED, notPurged);
      }
      List<Atom> onLoad = new ArrayList<>();
      for (LoadedModule m : prepared) {
        Slot s = ModuleTable.slot(m.name());
        if (m.onLoadFunction() >= 0) {
          if (s.onLoad != null) {
            s.onLoad.setState(LoadedModule.State.PURGED); // a newer load replaces one still waiting
          }
          s.onLoad = m;
          m.setState(LoadedModule.State.ON_LOAD);
          onLoad.add(m.name());
        } else {
          install(s, m);
        }
      }
      return new Outcome(onLoad.isEmpty() ? Outcome.Kind.OK : Outcome.Kind.ON_LOAD, onLoad);
    }
  }

  /**
   * {@code erlang:finish_after_on_load/2}: the on_load function of {@code module}'s waiting
   * version has returned. If {@code keep}, the version becomes current (the current one old);
   * otherwise it is dropped, to be purged by {@code purge_module(M, prepare_on_load)}. Returns
   * {@code false} if no version waits.
   */
  public static boolean finishAfterOnLoad(Atom module, boolean keep) {
    synchronized (ModuleTable.LOCK) {
      Slot s = ModuleTable.slotIfAny(module);
      LoadedModule m = s == null ? null : s.onLoad;
      if (m == null) {
        return false;
      }
      s.onLoad = null;
      if (keep) {
        if (s.current != null && s.old != null) {
          purge(s, s.old); // loaded over an old version since finish_loading checked: it goes
        }
        install(s, m);
      } else {
        if (s.failedOnLoad != null) {
          s.failedOnLoad.setState(LoadedModule.State.PURGED);
        }
        s.failedOnLoad = m;
        m.setState(LoadedModule.State.OLD);
      }
      return true;
    }
  }

  /**
   * {@code erlang:delete_module/1}: the current version becomes old and the module's exports go
   * back to the undefined-function path. Refused while an old version exists.
   */
  public static Deletion delete(Atom module) {
    synchronized (ModuleTable.LOCK) {
      Slot s = ModuleTable.slotIfAny(module);
      if (s == null) {
        return Deletion.UNDEFINED;
      }
      if (s.old != null) {
        return Deletion.NOT_PURGED;
      }
      LoadedModule m = s.current;
      if (m != null) {
        s.current = null;
        s.old = m;
        m.setState(LoadedModule.State.OLD);
        List<MutableCallSite> changed = new ArrayList<>();
        for (Export e : m.beam().exports()) {
          unbind(m, e, changed);
        }
        sync(changed);
      }
      return Deletion.DELETED;
    }
  }

  /**
   * The first step of a purge ({@code erts_internal:purge_module(M, prepare)}): marks the old
   * version (or, with {@code failedOnLoad}, a version whose on_load function failed) as the one
   * to go, and returns whether there is one. The purger then deals with the processes that run
   * it ({@link #purgeTarget}) and completes or aborts.
   */
  public static boolean preparePurge(Atom module, boolean failedOnLoad) {
    synchronized (ModuleTable.LOCK) {
      Slot s = ModuleTable.slotIfAny(module);
      LoadedModule target = s == null ? null : failedOnLoad ? s.failedOnLoad : s.old;
      if (s != null) {
        s.purging = target;
      }
      return target != null;
    }
  }

  /** The version a purge of {@code module} in progress will remove, or else its old version, or {@code null}. */
  public static LoadedModule purgeTarget(Atom module) {
    Slot s = ModuleTable.slotIfAny(module);
    if (s == null) {
      return null;
    }
    LoadedModule p = s.purging;
    return p != null ? p : s.old;
  }

  /** Removes the version {@link #preparePurge} marked: it is purged for good. Returns whether there was one. */
  public static boolean completePurge(Atom module) {
    synchronized (ModuleTable.LOCK) {
      Slot s = ModuleTable.slotIfAny(module);
      LoadedModule target = s == null ? null : s.purging;
      if (target == null) {
        return false;
      }
      s.purging = null;
      purge(s, target);
      return true;
    }
  }

  /** Gives up the purge {@link #preparePurge} started: the version stays. Returns whether one was in progress. */
  public static boolean abortPurge(Atom module) {
    synchronized (ModuleTable.LOCK) {
      Slot s = ModuleTable.slotIfAny(module);
      if (s == null || s.purging == null) {
        return false;
      }
      s.purging = null;
      return true;
    }
  }

  /**
   * Forgets {@code module} altogether, current and old version: its exports go back to the
   * undefined-function path (or to the BIF, for a BIF stub). The versions are not purged: code
   * already running them (a server process that outlives a test, say) goes on as before. For
   * tests, and for a node that changes engine. Returns the version that was current, or
   * {@code null}.
   */
  public static LoadedModule unload(Atom module) {
    synchronized (ModuleTable.LOCK) {
      Slot s = ModuleTable.forget(module);
      if (s == null) {
        return null;
      }
      LoadedModule current = s.current;
      List<MutableCallSite> changed = new ArrayList<>();
      if (current != null) {
        for (Export e : current.beam().exports()) {
          unbind(current, e, changed);
        }
      }
      sync(changed);
      return current;
    }
  }

  /** Makes {@code m} current: the current version becomes old (the caller has made room), the exports switch. */
  private static void install(Slot s, LoadedModule m) {
    LoadedModule previous = s.current;
    if (previous != null) {
      s.old = previous;
      previous.setState(LoadedModule.State.OLD);
    }
    s.current = m;
    m.setState(LoadedModule.State.CURRENT);
    List<MutableCallSite> changed = new ArrayList<>();
    for (Export e : m.beam().exports()) {
      int i = m.functionIndex(e.function(), e.arity());
      org.jbeamjit.runtime.code.Export entry = ExportTable.entry(m.name(), e.function(), e.arity());
      entry.bind(m.code(i), m.entry(i)::direct);
      linked(entry, changed);
    }
    if (previous != null) {
      for (Export e : previous.beam().exports()) {
        if (!m.isExported(e.function(), e.arity())) {
          unbind(previous, e, changed);
        }
      }
    }
    sync(changed);
  }

  private static void purge(Slot s, LoadedModule target) {
    target.setState(LoadedModule.State.PURGED);
    if (s.old == target) {
      s.old = null;
    }
    if (s.failedOnLoad == target) {
      s.failedOnLoad = null;
    }
  }

  private static void unbind(LoadedModule m, Export e, List<MutableCallSite> changed) {
    org.jbeamjit.runtime.code.Export entry = ExportTable.entry(m.name(), e.function(), e.arity());
    BifEntry bif = Bifs.lookup(m.name(), e.function(), e.arity());
    CompiledFunction vm = VmFunctions.lookup(m.name(), e.function(), e.arity());
    if (bif != null || vm != null) {
      CompiledFunction f = bif != null ? Bifs.function(bif) : vm;
      entry.bind(f.code(), f::direct);
    } else {
      entry.unbind();
    }
    linked(entry, changed);
  }

  /** Adds the entry's call site to those to sync, if code has linked to it: an unlinked one has no callers to switch. */
  private static void linked(org.jbeamjit.runtime.code.Export entry, List<MutableCallSite> changed) {
    MutableCallSite site = entry.linkedSite();
    if (site != null) {
      changed.add(site);
    }
  }

  /**
   * Makes the new targets visible to every thread before the load returns: a process on another
   * scheduler makes its next fully qualified call to the new version, not to one it cached.
   */
  private static void sync(List<MutableCallSite> changed) {
    if (!changed.isEmpty()) {
      MutableCallSite.syncAll(changed.toArray(new MutableCallSite[0]));
    }
  }
}
