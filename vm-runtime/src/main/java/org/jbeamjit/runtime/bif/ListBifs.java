package org.jbeamjit.runtime.bif;

import org.jbeamjit.runtime.error.ErlangException;
import org.jbeamjit.runtime.term.Cons;

/** {@code length}, {@code hd} and {@code tl}. */
public final class ListBifs {
  private ListBifs() {}

  @Bif(name = "length", guard = true)
  public static Object length(Object list) {
    return (long) Args.listLength(list);
  }

  @Bif(name = "hd", guard = true)
  public static Object hd(Object list) {
    if (list instanceof Cons c) {
      return c.head;
    }
    throw ErlangException.badarg();
  }

  @Bif(name = "tl", guard = true)
  public static Object tl(Object list) {
    if (list instanceof Cons c) {
      return c.tail;
    }
    throw ErlangException.badarg();
  }
}
