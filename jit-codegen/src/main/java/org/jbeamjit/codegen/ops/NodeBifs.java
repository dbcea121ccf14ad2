package org.jbeamjit.codegen.ops;

import org.jbeamjit.runtime.bif.Bif;
import org.jbeamjit.runtime.error.ErlangException;
import org.jbeamjit.runtime.term.Atom;
import org.jbeamjit.runtime.term.Atoms;
import org.jbeamjit.runtime.term.Cons;
import org.jbeamjit.runtime.term.Nil;
import org.jbeamjit.runtime.term.Tuple;

/** {@code erlang:halt/0,1,2}: stop the node. */
public final class NodeBifs {
  private static final Atom ABORT = Atom.of("abort");
  private static final Atom FLUSH = Atom.of("flush");
  private static final Atom BADOPT = Atom.of("badopt");

  private NodeBifs() {}

  @Bif(name = "halt")
  public static Object halt() {
    throw new Halt(0);
  }

  @Bif(name = "halt")
  public static Object halt(Object status) {
    return halt(status, Nil.NIL);
  }

  /** {@code halt(Status, Options)}: an integer status, {@code abort}, or a slogan string (status 1). */
  @Bif(name = "halt")
  public static Object halt(Object status, Object options) {
    checkOptions(options);
    if (status instanceof Long l && l >= 0 && l <= Integer.MAX_VALUE) {
      throw new Halt((int) (long) l);
    } else if (status instanceof Long l && l >= 0) {
      throw new Halt((int) (l & 0xFF)); // erl takes any non-negative integer; the OS keeps its low byte
    } else if (status instanceof java.math.BigInteger b && b.signum() >= 0) {
      throw new Halt(b.intValue() & 0xFF);
    } else if (status == ABORT) {
      throw new Halt(134);
    }
    String slogan = ErlStrings.toJava(status);
    if (slogan == null) {
      throw ErlangException.badarg();
    }
    System.out.flush();
    System.err.print(slogan + "\r\n"); // as BEAM ends it, whatever the terminal's mode
    System.err.flush();
    throw new Halt(1, slogan);
  }

  /** OTP 25's one option, {@code {flush, boolean()}}; anything else is badarg with cause {@code badopt}. */
  private static void checkOptions(Object options) {
    Object l = options;
    while (l instanceof Cons c && c.head instanceof Tuple t && t.arity() == 2 && t.get(0) == FLUSH
        && (t.get(1) == Atoms.TRUE || t.get(1) == Atoms.FALSE)) {
      l = c.tail;
    }
    if (l != Nil.NIL) {
      throw ErlangException.badarg(BADOPT);
    }
  }
}
