package org.jbeamjit.codegen.load;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import org.jbeamjit.runtime.term.Atom;

/**
 * The loaded modules: name to current version. (Old versions and purging belong to the hot-swap
 * layer, which keeps its own record of them; this table answers "what runs now".)
 */
public final class ModuleTable {
  private static final ConcurrentHashMap<Atom, LoadedModule> CURRENT = new ConcurrentHashMap<>();

  private ModuleTable() {}

  /** The current version of {@code module}, or {@code null} if it is not loaded. */
  public static LoadedModule current(Atom module) {
    return CURRENT.get(module);
  }

  /** Makes {@code m} the current version of its module; returns the version it replaces, or {@code null}. */
  static LoadedModule makeCurrent(LoadedModule m) {
    return CURRENT.put(m.name(), m);
  }

  /** Forgets the current version of {@code module} (its exports must have been unbound). */
  static LoadedModule remove(Atom module) {
    return CURRENT.remove(module);
  }

  /** Every loaded module, in no particular order. */
  public static List<LoadedModule> all() {
    return new ArrayList<>(CURRENT.values());
  }
}
