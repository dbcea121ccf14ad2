package org.jbeamjit.runtime.bif;

import java.util.concurrent.atomic.AtomicLong;
import org.jbeamjit.runtime.error.ErlangException;
import org.jbeamjit.runtime.term.Atom;
import org.jbeamjit.runtime.term.Cons;
import org.jbeamjit.runtime.term.Nil;

/**
 * {@code erlang:unique_integer/0,1}: integers unique on this node until it stops. As on erl, the
 * plain and the {@code monotonic} ones come from two separate sequences, both starting at -2^59
 * (a small integer on a 64-bit BEAM), and {@code positive} shifts a sequence to start at 1.
 */
public final class UniqueIntegerBifs {
  private static final Atom POSITIVE = Atom.of("positive");
  private static final Atom MONOTONIC = Atom.of("monotonic");
  private static final long BASE = -(1L << 59);

  /** The number of plain unique integers handed out. */
  private static final AtomicLong UNIQUE = new AtomicLong();
  /** The number of monotonic unique integers handed out. */
  private static final AtomicLong MONOTONIC_COUNT = new AtomicLong();

  private UniqueIntegerBifs() {}

  @Bif(name = "unique_integer")
  public static Object uniqueInteger() {
    return next(false, false);
  }

  @Bif(name = "unique_integer")
  public static Object uniqueInteger(Object modifiers) {
    boolean positive = false;
    boolean monotonic = false;
    Object l = modifiers;
    while (l instanceof Cons c) {
      if (c.head == POSITIVE) {
        positive = true;
      } else if (c.head == MONOTONIC) {
        monotonic = true;
      } else {
        throw ErlangException.badarg();
      }
      l = c.tail;
    }
    if (l != Nil.NIL) {
      throw ErlangException.badarg();
    }
    return next(positive, monotonic);
  }

  private static long next(boolean positive, boolean monotonic) {
    long n = (monotonic ? MONOTONIC_COUNT : UNIQUE).getAndIncrement();
    return positive ? n + 1 : BASE + n;
  }
}
