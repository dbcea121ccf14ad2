package org.jbeamjit.runtime.term;

import java.util.List;

/**
 * A list cell {@code [Head | Tail]}. The tail is any term: a proper list ends in {@link Nil#NIL},
 * an improper one in anything else. Immutable, so lists are shared between processes.
 */
public final class Cons extends TermObject {
  public final Object head;
  public final Object tail;

  public Cons(Object head, Object tail) {
    this.head = head;
    this.tail = tail;
  }

  /** The proper list of these elements. */
  public static Object list(Object... elements) {
    Object l = Nil.NIL;
    for (int i = elements.length - 1; i >= 0; i--) {
      l = new Cons(elements[i], l);
    }
    return l;
  }

  /** The proper list of these elements. */
  public static Object fromList(List<?> elements) {
    Object l = Nil.NIL;
    for (int i = elements.size() - 1; i >= 0; i--) {
      l = new Cons(elements.get(i), l);
    }
    return l;
  }

  /** The Erlang string (list of code points) of {@code s}. */
  public static Object string(CharSequence s) {
    int[] cps = s.codePoints().toArray();
    Object l = Nil.NIL;
    for (int i = cps.length - 1; i >= 0; i--) {
      l = new Cons((long) cps[i], l);
    }
    return l;
  }
}
