package org.jbeamjit.runtime.code;

import java.util.concurrent.ConcurrentHashMap;
import org.jbeamjit.runtime.term.Atom;

/** The VM's export table: one {@link Export} per {@code M:F/A} ever called or loaded. */
public final class ExportTable {
  private record Key(Atom module, Atom function, int arity) {}

  private static final ConcurrentHashMap<Key, Export> ENTRIES = new ConcurrentHashMap<>();

  private ExportTable() {}

  /** The entry for {@code M:F/A}, made (unbound) if it did not exist. */
  public static Export entry(Atom module, Atom function, int arity) {
    return ENTRIES.computeIfAbsent(new Key(module, function, arity), k -> new Export(module, function, arity));
  }

  /** The entry for {@code M:F/A} if it exists, else {@code null}. */
  public static Export find(Atom module, Atom function, int arity) {
    return ENTRIES.get(new Key(module, function, arity));
  }
}
