package org.jbeamjit.runtime.bif;

import org.jbeamjit.runtime.error.ErlangException;
import org.jbeamjit.runtime.term.Atom;
import org.jbeamjit.runtime.term.Atoms;
import org.jbeamjit.runtime.term.ErlMap;
import org.jbeamjit.runtime.term.Tuple;

/** The map BIFs of module {@code erlang}; a non-map raises {@code {badmap, Term}}. */
public final class MapBifs {
  private MapBifs() {}

  private static final Atom BADMAP = Atom.of("badmap");
  private static final Atom BADKEY = Atom.of("badkey");

  @Bif(name = "map_size", guard = true)
  public static Object mapSize(Object map) {
    return (long) map(map).size();
  }

  @Bif(name = "is_map_key", guard = true)
  public static Object isMapKey(Object key, Object map) {
    return Atoms.bool(map(map).get(key) != null);
  }

  @Bif(name = "map_get", guard = true)
  public static Object mapGet(Object key, Object map) {
    Object v = map(map).get(key);
    if (v == null) {
      throw ErlangException.error(new Tuple(BADKEY, key));
    }
    return v;
  }

  private static ErlMap map(Object t) {
    if (t instanceof ErlMap m) {
      return m;
    }
    throw ErlangException.error(new Tuple(BADMAP, t));
  }
}
