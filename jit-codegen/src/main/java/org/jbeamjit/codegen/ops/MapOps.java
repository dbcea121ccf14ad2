package org.jbeamjit.codegen.ops;

import org.jbeamjit.runtime.term.ErlMap;

/** The map update instructions ({@code put_map_assoc}, {@code put_map_exact}). */
public final class MapOps {
  private MapOps() {}

  /**
   * {@code Map#{K1 => V1, ...}}: {@code pairs} holds keys and values alternately. A non-map raises
   * {@code {badmap, M}} when {@code raise}, else gives {@code null} (the instruction's fail label).
   */
  public static ErlMap putAssoc(Object map, Object[] pairs, boolean raise) {
    if (!(map instanceof ErlMap m)) {
      if (raise) {
        throw Errors.badmap(map);
      }
      return null;
    }
    for (int i = 0; i < pairs.length; i += 2) {
      m = m.put(pairs[i], pairs[i + 1]);
    }
    return m;
  }

  /**
   * {@code Map#{K1 := V1, ...}}: every key must be present already, else {@code {badkey, K}} (or
   * {@code null} for the fail label when not {@code raise}).
   */
  public static ErlMap putExact(Object map, Object[] pairs, boolean raise) {
    if (!(map instanceof ErlMap m)) {
      if (raise) {
        throw Errors.badmap(map);
      }
      return null;
    }
    for (int i = 0; i < pairs.length; i += 2) {
      if (!m.containsKey(pairs[i])) {
        if (raise) {
          throw Errors.badkey(pairs[i]);
        }
        return null;
      }
      m = m.put(pairs[i], pairs[i + 1]);
    }
    return m;
  }
}
