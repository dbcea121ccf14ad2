package org.jbeamjit.runtime.bif;

import org.jbeamjit.runtime.error.ErlangException;
import org.jbeamjit.runtime.term.Atom;
import org.jbeamjit.runtime.term.Atoms;
import org.jbeamjit.runtime.term.BitString;
import org.jbeamjit.runtime.term.Cons;
import org.jbeamjit.runtime.term.Nil;
import org.jbeamjit.runtime.term.Tuple;

/** Argument checks shared by the BIFs: each returns the argument in the type asked for, or raises {@code badarg}. */
final class Args {
  private Args() {}

  static Atom atom(Object t) {
    if (t instanceof Atom a) {
      return a;
    }
    throw ErlangException.badarg();
  }

  static Tuple tuple(Object t) {
    if (t instanceof Tuple tu) {
      return tu;
    }
    throw ErlangException.badarg();
  }

  static BitString bitstring(Object t) {
    if (t instanceof BitString b) {
      return b;
    }
    throw ErlangException.badarg();
  }

  /** A binary: a bitstring of whole bytes. */
  static BitString binary(Object t) {
    if (t instanceof BitString b && b.isBinary()) {
      return b;
    }
    throw ErlangException.badarg();
  }

  static boolean bool(Object t) {
    if (t == Atoms.TRUE) {
      return true;
    } else if (t == Atoms.FALSE) {
      return false;
    }
    throw ErlangException.badarg();
  }

  /** An integer in {@code [min, max]}. */
  static int intIn(Object t, int min, int max) {
    if (t instanceof Long l && l >= min && l <= max) {
      return (int) (long) l;
    }
    throw ErlangException.badarg();
  }

  /** The length of a proper list. */
  static int listLength(Object list) {
    int n = 0;
    Object l = list;
    while (l instanceof Cons c) {
      n++;
      l = c.tail;
    }
    if (l != Nil.NIL) {
      throw ErlangException.badarg();
    }
    return n;
  }

  /** The elements of a proper list. */
  static Object[] listToArray(Object list) {
    Object[] out = new Object[listLength(list)];
    Object l = list;
    for (int i = 0; i < out.length; i++) {
      Cons c = (Cons) l;
      out[i] = c.head;
      l = c.tail;
    }
    return out;
  }

  /** The bytes of a proper list of integers 0..255 (a latin-1 string). */
  static byte[] byteList(Object list) {
    byte[] out = new byte[listLength(list)];
    Object l = list;
    for (int i = 0; i < out.length; i++) {
      Cons c = (Cons) l;
      out[i] = (byte) intIn(c.head, 0, 255);
      l = c.tail;
    }
    return out;
  }

  /** The list of these bytes as integers 0..255, in front of {@code tail}. */
  static Object bytesToList(byte[] bytes, int from, int to, Object tail) {
    Object l = tail;
    for (int i = to - 1; i >= from; i--) {
      l = new Cons((long) (bytes[i] & 0xFF), l);
    }
    return l;
  }
}
