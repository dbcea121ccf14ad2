package org.jbeamjit.codegen.interp;

import java.util.HashMap;
import java.util.Map;

/**
 * The jump table of {@code select_val} (values compared with {@code =:=}) or
 * {@code select_tuple_arity}: value to code offset.
 */
final class SelectTable {
  private final Object[] keys;

  private static Object zeroAsPositive(Object v) {
    return v instanceof Double d && d == 0.0 ? (Object) 0.0 : v;
  }

  private final int[] targets;
  private final Map<Object, Integer> index;

  SelectTable(Object[] keys, int[] targets) {
    for (int i = 0; i < keys.length; i++) {
      keys[i] = zeroAsPositive(keys[i]);
    }
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

  /**
   * The target for {@code value}, or {@code -1}. Keys are atoms, integers and floats, for which
   * Java equality is {@code =:=} once -0.0 counts as 0.0 (they are equal in OTP 25).
   */
  int target(Object value) {
    value = zeroAsPositive(value);
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
