package org.jbeamjit.runtime.bif;

import java.util.HashMap;
import java.util.Map;
import org.jbeamjit.runtime.term.Cons;
import org.jbeamjit.runtime.term.Nil;
import org.jbeamjit.runtime.term.Terms;

/** The list operators {@code ++} and {@code --}, also callable by name as {@code erlang:append/2} and {@code erlang:subtract/2}. */
public final class ListOperatorBifs {
  /** Below this many elements to remove, a linear scan beats building a multiset. */
  private static final int SCAN_LIMIT = 16;

  private ListOperatorBifs() {}

  /** {@code A ++ B}: A must be a proper list; B may be anything (it becomes the tail). */
  @Bif(name = "++")
  public static Object append(Object a, Object b) {
    if (a == Nil.NIL) {
      return b;
    }
    Object[] front = Args.listToArray(a);
    Object result = b;
    for (int i = front.length - 1; i >= 0; i--) {
      result = new Cons(front[i], result);
    }
    return result;
  }

  @Bif(name = "append")
  public static Object appendByName(Object a, Object b) {
    return append(a, b);
  }

  @Bif(name = "subtract")
  public static Object subtractByName(Object a, Object b) {
    return subtract(a, b);
  }

  /**
   * {@code A -- B}: A without the first occurrence of each element of B, matched with
   * {@code =:=}; both must be proper lists.
   */
  @Bif(name = "--")
  public static Object subtract(Object a, Object b) {
    Object[] keep = Args.listToArray(a);
    Object[] remove = Args.listToArray(b);
    if (keep.length == 0 || remove.length == 0) {
      return a;
    }
    boolean[] removed = new boolean[keep.length];
    if (remove.length <= SCAN_LIMIT) {
      for (Object r : remove) {
        for (int i = 0; i < keep.length; i++) {
          if (!removed[i] && Terms.exactEquals(keep[i], r)) {
            removed[i] = true;
            break;
          }
        }
      }
    } else {
      Map<Key, int[]> counts = new HashMap<>();
      for (Object r : remove) {
        counts.computeIfAbsent(new Key(r), k -> new int[1])[0]++;
      }
      for (int i = 0; i < keep.length; i++) {
        int[] n = counts.get(new Key(keep[i]));
        if (n != null && n[0] > 0) {
          n[0]--;
          removed[i] = true;
        }
      }
    }
    Object result = Nil.NIL;
    for (int i = keep.length - 1; i >= 0; i--) {
      if (!removed[i]) {
        result = new Cons(keep[i], result);
      }
    }
    return result;
  }

  /** A term as a hash key under {@code =:=} (Java's equals would tell 0.0 from -0.0). */
  private record Key(Object term) {
    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && Terms.exactEquals(term, k.term);
    }

    @Override
    public int hashCode() {
      return Terms.hash(term);
    }
  }
}
