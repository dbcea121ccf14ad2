package org.jbeamjit.codegen.load;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import org.jbeamjit.runtime.term.Atom;

/**
 * The code table: for each module ever loaded, its current version, its old version and a
 * version waiting for its {@code -on_load} function, as OTP's module table keeps them. A module
 * has at most one of each; loading a new version makes the current one old, and a module whose
 * old version has not been purged cannot take another (OTP's {@code not_purged}).
 *
 * <p>Readers (the hot path: {@code module_loaded}, funs, the autoloader) read volatile fields
 * without locking. Every change is made by {@link ModuleLoader} while it holds {@link #LOCK},
 * OTP's "code load permission", so that a load, a delete and a purge of one module never
 * interleave.
 */
public final class ModuleTable {
  /** Held while the table changes. */
  static final Object LOCK = new Object();

  /** The versions of one module. */
  static final class Slot {
    volatile LoadedModule current;
    volatile LoadedModule old;
    /** Loaded, its on_load function not yet finished ({@code erlang:finish_after_on_load/2}). */
    volatile LoadedModule onLoad;
    /** An on_load version that failed, kept until {@code purge_module(M, prepare_on_load)} takes it. */
    volatile LoadedModule failedOnLoad;
    /** The version a purge in progress will remove: the old one, or a failed on_load one. */
    volatile LoadedModule purging;
  }

  private static final ConcurrentHashMap<Atom, Slot> SLOTS = new ConcurrentHashMap<>();

  private ModuleTable() {}

  /** The current version of {@code module}, or {@code null} if it is not loaded. */
  public static LoadedModule current(Atom module) {
    Slot s = SLOTS.get(module);
    return s == null ? null : s.current;
  }

  /** The old version of {@code module}, or {@code null}. */
  public static LoadedModule old(Atom module) {
    Slot s = SLOTS.get(module);
    return s == null ? null : s.old;
  }

  /** The version of {@code module} whose on_load function has not finished, or {@code null}. */
  public static LoadedModule onLoad(Atom module) {
    Slot s = SLOTS.get(module);
    return s == null ? null : s.onLoad;
  }

  /** Whether {@code module} was ever loaded (OTP keeps a module's table entry once made). */
  public static boolean isKnown(Atom module) {
    return SLOTS.containsKey(module);
  }

  /** Every current version, in no particular order. */
  public static List<LoadedModule> all() {
    List<LoadedModule> out = new ArrayList<>();
    for (Slot s : SLOTS.values()) {
      LoadedModule m = s.current;
      if (m != null) {
        out.add(m);
      }
    }
    return out;
  }

  /** The modules with a current or an old version ({@code erlang:loaded/0}). */
  public static List<Atom> withCode() {
    List<Atom> out = new ArrayList<>();
    SLOTS.forEach((name, s) -> {
      if (s.current != null || s.old != null) {
        out.add(name);
      }
    });
    return out;
  }

  /** The versions of every module that are current or old, for counting what stays loaded. */
  public static List<LoadedModule> allVersions() {
    List<LoadedModule> out = new ArrayList<>();
    for (Slot s : SLOTS.values()) {
      for (LoadedModule m : new LoadedModule[] {s.current, s.old, s.onLoad, s.failedOnLoad}) {
        if (m != null) {
          out.add(m);
        }
      }
    }
    return out;
  }

  /** The slot of {@code module}, made if it has none; only under {@link #LOCK}. */
  static Slot slot(Atom module) {
    return SLOTS.computeIfAbsent(module, k -> new Slot());
  }

  /** The slot of {@code module}, or {@code null}. */
  static Slot slotIfAny(Atom module) {
    return SLOTS.get(module);
  }

  /** Forgets {@code module} altogether; only under {@link #LOCK}. */
  static Slot forget(Atom module) {
    return SLOTS.remove(module);
  }
}
