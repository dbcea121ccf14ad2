package org.jbeamjit.runtime.bif;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jbeamjit.runtime.error.ErlangException;
import org.jbeamjit.runtime.term.Atom;
import org.jbeamjit.runtime.term.Atoms;
import org.jbeamjit.runtime.term.Cons;
import org.jbeamjit.runtime.term.ErlMap;
import org.jbeamjit.runtime.term.Tuple;

/**
 * {@code persistent_term}: the node's global store of terms, read without copying. Terms are
 * immutable here and shared anyway, so it is a concurrent map keyed by {@code =:=}.
 */
public final class PersistentTermBifs {
  private static final ConcurrentHashMap<Object, Object> STORE = new ConcurrentHashMap<>();

  private PersistentTermBifs() {}

  @Bif(module = "persistent_term", name = "put")
  public static Object put(Object key, Object value) {
    STORE.put(key, value);
    return Atoms.OK;
  }

  @Bif(module = "persistent_term", name = "get")
  public static Object get(Object key) {
    Object v = STORE.get(key);
    if (v == null) {
      throw ErlangException.badarg();
    }
    return v;
  }

  @Bif(module = "persistent_term", name = "get")
  public static Object get(Object key, Object dflt) {
    Object v = STORE.get(key);
    return v == null ? dflt : v;
  }

  @Bif(module = "persistent_term", name = "get")
  public static Object get() {
    List<Object> out = new ArrayList<>(STORE.size());
    for (Map.Entry<Object, Object> e : STORE.entrySet()) {
      out.add(Tuple.of(e.getKey(), e.getValue()));
    }
    return Cons.fromList(out);
  }

  @Bif(module = "persistent_term", name = "erase")
  public static Object erase(Object key) {
    return Atoms.bool(STORE.remove(key) != null);
  }

  /** {@code #{count => N, memory => Bytes}}; the memory is an estimate (terms are shared JVM objects). */
  /** {@code erts_internal:erase_persistent_terms/0}: {@code init:restart/0} starts the node over with none. */
  @Bif(module = "erts_internal", name = "erase_persistent_terms")
  public static Object eraseAll() {
    STORE.clear();
    return Atoms.OK;
  }

  @Bif(module = "persistent_term", name = "info")
  public static Object info() {
    int n = STORE.size();
    return ErlMap.of(Atom.of("count"), (long) n, Atom.of("memory"), 64L * n);
  }
}
