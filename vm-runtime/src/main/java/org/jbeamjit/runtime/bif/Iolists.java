package org.jbeamjit.runtime.bif;

import java.util.ArrayDeque;
import org.jbeamjit.runtime.error.ErlangException;
import org.jbeamjit.runtime.term.BitString;
import org.jbeamjit.runtime.term.Cons;
import org.jbeamjit.runtime.term.Nil;

/**
 * Walks iolists: lists of bytes (0..255), binaries and nested iolists, whose tail may also be a
 * binary. Nesting is followed with an explicit stack, so no depth of nesting overflows the JVM
 * stack. Anything else in the structure is {@code badarg}.
 */
final class Iolists {
  private Iolists() {}

  /** {@code iolist_to_binary/1}: an iolist or a binary. */
  static BitString toBinary(Object iodata) {
    if (iodata instanceof BitString b && b.isBinary()) {
      return b;
    }
    return build(list(iodata), false);
  }

  /** {@code list_to_binary/1}: like {@link #toBinary} but the top level must be a list. */
  static BitString listToBinary(Object iolist) {
    return build(list(iolist), false);
  }

  /** {@code list_to_bitstring/1}: bitstrings of any size are allowed wherever binaries are. */
  static BitString listToBitstring(Object bitstringList) {
    return build(list(bitstringList), true);
  }

  /** {@code iolist_size/1}: an iolist or a binary. */
  static long size(Object iodata) {
    long[] n = {0};
    walk(iodata, false, new Sink() {
      @Override
      public void onByte(int b) {
        n[0]++;
      }

      @Override
      public void onBits(BitString s) {
        n[0] += s.bitSize() >>> 3;
      }
    });
    return n[0];
  }

  private static Object list(Object t) {
    if (t instanceof Cons || t == Nil.NIL) {
      return t;
    }
    throw ErlangException.badarg();
  }

  private static BitString build(Object list, boolean bitsAllowed) {
    BitBuilder out = new BitBuilder(64);
    walk(list, bitsAllowed, new Sink() {
      @Override
      public void onByte(int b) {
        out.appendByte(b);
      }

      @Override
      public void onBits(BitString s) {
        out.append(s);
      }
    });
    return out.toBitString();
  }

  /** Receives the contents of an iolist in order. */
  interface Sink {
    void onByte(int b);

    void onBits(BitString s);
  }

  /** Feeds the bytes and binaries of an iolist or binary to {@code sink}; {@code badarg} if it is neither. */
  static void forEach(Object iodata, Sink sink) {
    walk(iodata, false, sink);
  }

  /**
   * Feeds the bytes and bitstrings of {@code root} to the sink in order. The stack holds the
   * tails still to visit after a nested list; empty tails are not pushed, so a list nested a
   * million deep in its head position costs no stack at all.
   */
  private static void walk(Object root, boolean bitsAllowed, Sink sink) {
    ArrayDeque<Object> pending = new ArrayDeque<>();
    Object t = root;
    for (;;) {
      if (t instanceof Cons c) {
        Object h = c.head;
        if (h instanceof Long b && b >= 0 && b <= 255) {
          sink.onByte((int) (long) b);
        } else if (h instanceof BitString s && (bitsAllowed || s.isBinary())) {
          sink.onBits(s);
        } else if (h instanceof Cons) {
          if (c.tail != Nil.NIL) {
            pending.push(c.tail);
          }
          t = h;
          continue;
        } else if (h != Nil.NIL) {
          throw ErlangException.badarg();
        }
        t = c.tail;
        continue;
      } else if (t instanceof BitString s && (bitsAllowed || s.isBinary())) {
        sink.onBits(s);
      } else if (t != Nil.NIL) {
        throw ErlangException.badarg();
      }
      if (pending.isEmpty()) {
        return;
      }
      t = pending.pop();
    }
  }
}
