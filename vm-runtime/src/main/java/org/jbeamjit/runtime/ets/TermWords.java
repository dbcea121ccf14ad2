package org.jbeamjit.runtime.ets;

import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.Map;
import org.jbeamjit.runtime.term.Atom;
import org.jbeamjit.runtime.term.BitString;
import org.jbeamjit.runtime.term.Cons;
import org.jbeamjit.runtime.term.ErlMap;
import org.jbeamjit.runtime.term.Nil;
import org.jbeamjit.runtime.term.Tuple;

/**
 * The size of a term in machine words as a 64-bit BEAM lays it out (what
 * {@code erts_debug:flat_size/1} counts, binaries of over 64 bytes counted by their header
 * only), for {@code ets:info(T, memory)}: an estimate of what OTP would report, as the objects
 * here are shared Java objects.
 */
final class TermWords {
  private TermWords() {}

  static long of(Object term) {
    long words = 0;
    ArrayDeque<Object> todo = new ArrayDeque<>();
    todo.push(term);
    while (!todo.isEmpty()) {
      Object t = todo.pop();
      if (t instanceof Tuple tu) {
        words += 1 + tu.arity();
        for (Object e : tu.elems) {
          todo.push(e);
        }
      } else if (t instanceof Cons c) {
        words += 2;
        todo.push(c.head);
        todo.push(c.tail);
      } else if (t instanceof Double) {
        words += 2;
      } else if (t instanceof BigInteger b) {
        words += 1 + (b.bitLength() + 63) / 64;
      } else if (t instanceof Long l && (l >= 1L << 59 || l < -(1L << 59))) {
        words += 2;
      } else if (t instanceof BitString b) {
        long bytes = b.byteSize();
        words += bytes <= 64 ? 2 + (bytes + 7) / 8 : 6;
      } else if (t instanceof ErlMap m) {
        words += m.isFlat() ? 3 + 2L * m.size() : 4L * m.size();
        for (Map.Entry<Object, Object> e : m.entries()) {
          todo.push(e.getKey());
          todo.push(e.getValue());
        }
      } else if (!(t instanceof Atom) && t != Nil.NIL && !(t instanceof Long)) {
        words += 4; // pids, ports, references, funs: a small boxed term
      }
    }
    return words;
  }
}
