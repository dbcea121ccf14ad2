package org.jbeamjit.codegen.ops;

import org.jbeamjit.runtime.term.Cons;
import org.jbeamjit.runtime.term.Nil;

/** Erlang strings (lists of code points) to and from Java strings. */
public final class ErlStrings {
  private ErlStrings() {}

  /** The Erlang string of {@code s}: a list of its code points. */
  public static Object of(String s) {
    int[] cps = s.codePoints().toArray();
    Object l = Nil.NIL;
    for (int i = cps.length - 1; i >= 0; i--) {
      l = new Cons((long) cps[i], l);
    }
    return l;
  }

  /** The Java string of a proper list of code points, or {@code null} if {@code t} is not one. */
  public static String toJava(Object t) {
    StringBuilder sb = new StringBuilder();
    while (t instanceof Cons c) {
      if (!(c.head instanceof Long l) || l < 0 || l > Character.MAX_CODE_POINT) {
        return null;
      }
      sb.appendCodePoint((int) (long) l);
      t = c.tail;
    }
    return t == Nil.NIL ? sb.toString() : null;
  }
}
