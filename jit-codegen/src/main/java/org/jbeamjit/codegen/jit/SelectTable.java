package org.jbeamjit.codegen.jit;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The values of a long {@code select_val} on atoms, each with its position: compiled code looks
 * the selected value up and branches with a tableswitch. Atoms are unique, so identity is
 * equality.
 */
public final class SelectTable {
  private final Map<Object, Integer> index = new IdentityHashMap<>();

  SelectTable(List<Object> values) {
    for (int i = 0; i < values.size(); i++) {
      index.putIfAbsent(values.get(i), i);
    }
  }

  /** The position of {@code value} among the table's values, or -1. */
  public int indexOf(Object value) {
    Integer i = index.get(value);
    return i == null ? -1 : i;
  }
}
