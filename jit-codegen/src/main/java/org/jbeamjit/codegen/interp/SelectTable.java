package org.jbeamjit.codegen.interp;

import java.util.HashMap;
import java.util.Map;

/**
 * The jump table of {@code select_val} (values compared with {@code =:=}) or
 * {@code select_tuple_arity}: value to code offset.
 */
final class SelectTable {
  private final Object[] keys;
  private final int[] targets;
  private final Map<Object, Integer> index;

  SelectTable(Object[] keys, int[] targets) {
    this.keys = keys;
    this.targets = targets;
    if (keys.length > 8) {
      index = new HashMap<>(keys.length * 2);
      for (int i = keys.length - 1; i >= 0; i--) {
        index.put(keys[i], targets[i]);
      }
    } else {
      index = null;
    }
  }

  /** The target for {@code value}, or {@code -1}. Keys are atoms and integers, so Java equality is {@code =:=}. */
  int target(Object value) {
    if (index != null) {
      Integer t = index.get(value);
      return t == null ? -1 : t;
    }
    for (int i = 0; i < keys.length; i++) {
      if (keys[i] == value || keys[i].equals(value)) {
        return targets[i];
      }
    }
    return -1;
  }
}
