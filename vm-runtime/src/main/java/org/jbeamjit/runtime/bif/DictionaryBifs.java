package org.jbeamjit.runtime.bif;

import org.jbeamjit.runtime.process.ErlProcess;

/** The process dictionary. */
public final class DictionaryBifs {
  private DictionaryBifs() {}

  @Bif(name = "put")
  public static Object put(ErlProcess p, Object key, Object value) {
    return p.dictionary().put(key, value);
  }

  @Bif(name = "get")
  public static Object get(ErlProcess p) {
    return p.dictionary().entries();
  }

  @Bif(name = "get")
  public static Object get(ErlProcess p, Object key) {
    return p.dictionary().get(key);
  }

  @Bif(name = "get_keys")
  public static Object getKeys(ErlProcess p) {
    return p.dictionary().keys();
  }

  @Bif(name = "get_keys")
  public static Object getKeys(ErlProcess p, Object value) {
    return p.dictionary().keysOf(value);
  }

  @Bif(name = "erase")
  public static Object erase(ErlProcess p) {
    return p.dictionary().eraseAll();
  }

  @Bif(name = "erase")
  public static Object erase(ErlProcess p, Object key) {
    return p.dictionary().erase(key);
  }
}
