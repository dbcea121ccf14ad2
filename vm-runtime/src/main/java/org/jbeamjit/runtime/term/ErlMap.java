package org.jbeamjit.runtime.term;

import java.util.Map;

/**
 * An Erlang map: persistent (every update returns a new map, sharing structure). Keys are equal
 * when {@code =:=}. Iteration follows OTP's order: map key order for maps of up to 32 keys.
 * (Being implemented.)
 */
public final class ErlMap {
  public static final ErlMap EMPTY = new ErlMap();

  private ErlMap() {}

  public int size() {
    throw new UnsupportedOperationException("in progress");
  }

  /** The value for {@code key}, or {@code null} if there is none. */
  public Object get(Object key) {
    throw new UnsupportedOperationException("in progress");
  }

  public ErlMap put(Object key, Object value) {
    throw new UnsupportedOperationException("in progress");
  }

  public ErlMap remove(Object key) {
    throw new UnsupportedOperationException("in progress");
  }

  /** Entries in OTP's iteration order. */
  public Iterable<Map.Entry<Object, Object>> entries() {
    throw new UnsupportedOperationException("in progress");
  }
}
