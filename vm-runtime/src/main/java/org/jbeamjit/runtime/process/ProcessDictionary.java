package org.jbeamjit.runtime.process;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jbeamjit.runtime.term.Atoms;
import org.jbeamjit.runtime.term.Cons;
import org.jbeamjit.runtime.term.Nil;
import org.jbeamjit.runtime.term.Terms;
import org.jbeamjit.runtime.term.Tuple;

/**
 * A process's dictionary ({@code put/2}, {@code get/1}, ...): keys match exactly ({@code =:=}),
 * which is what the terms' {@code equals} is. Only its own process touches it.
 */
public final class ProcessDictionary {
  private final Map<Object, Object> map = new HashMap<>();

  /** {@code put/2}: the old value or {@code undefined}. */
  public Object put(Object key, Object value) {
    Object old = map.put(key, value);
    return old == null ? Atoms.UNDEFINED : old;
  }

  /** {@code get/1}: the value or {@code undefined}. */
  public Object get(Object key) {
    Object v = map.get(key);
    return v == null ? Atoms.UNDEFINED : v;
  }

  /** {@code erase/1}: the old value or {@code undefined}. */
  public Object erase(Object key) {
    Object old = map.remove(key);
    return old == null ? Atoms.UNDEFINED : old;
  }

  /** {@code get/0}: every {@code {Key, Value}}. */
  public Object entries() {
    List<Object> out = new ArrayList<>(map.size());
    for (Map.Entry<Object, Object> e : map.entrySet()) {
      out.add(Tuple.of(e.getKey(), e.getValue()));
    }
    return Cons.fromList(out);
  }

  /** {@code erase/0}: every {@code {Key, Value}}, and the dictionary is empty afterwards. */
  public Object eraseAll() {
    Object all = entries();
    map.clear();
    return all;
  }

  /** {@code get_keys/0}. */
  public Object keys() {
    Object l = Nil.NIL;
    for (Object k : map.keySet()) {
      l = new Cons(k, l);
    }
    return l;
  }

  /** {@code get_keys/1}: the keys whose value is {@code =:=} {@code value}. */
  public Object keysOf(Object value) {
    Object l = Nil.NIL;
    for (Map.Entry<Object, Object> e : map.entrySet()) {
      if (Terms.exactEquals(e.getValue(), value)) {
        l = new Cons(e.getKey(), l);
      }
    }
    return l;
  }

  public int size() {
    return map.size();
  }
}
