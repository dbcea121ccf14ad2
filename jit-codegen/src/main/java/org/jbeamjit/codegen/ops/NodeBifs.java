package org.jbeamjit.codegen.ops;

import org.jbeamjit.runtime.bif.Bif;
import org.jbeamjit.runtime.error.ErlangException;
import org.jbeamjit.runtime.term.Atom;
import org.jbeamjit.runtime.term.Cons;
import org.jbeamjit.runtime.term.Nil;

/** {@code erlang:halt/0,1,2}: stop the node. */
public final class NodeBifs {
  private static final Atom ABORT = Atom.of("abort");

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
    if (!(options == Nil.NIL || options instanceof Cons)) {
      throw ErlangException.badarg();
    }
    if (status instanceof Long l && l >= 0 && l <= Integer.MAX_VALUE) {
      throw new Halt((int) (long) l);
    } else if (status == ABORT) {
      throw new Halt(134);
    }
    String slogan = ErlStrings.toJava(status);
    if (slogan == null) {
      throw ErlangException.badarg();
    }
    System.out.flush();
    System.err.println(slogan);
    throw new Halt(1);
  }
}
