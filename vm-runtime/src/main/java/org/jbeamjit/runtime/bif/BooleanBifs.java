package org.jbeamjit.runtime.bif;

import org.jbeamjit.runtime.term.Atoms;

/** The strict boolean operators: both operands are always evaluated and must be booleans. */
public final class BooleanBifs {
  private BooleanBifs() {}

  @Bif(name = "and")
  public static Object and(Object a, Object b) {
    boolean x = Args.bool(a);
    return Atoms.bool(Args.bool(b) && x);
  }

  @Bif(name = "or")
  public static Object or(Object a, Object b) {
    boolean x = Args.bool(a);
    return Atoms.bool(Args.bool(b) || x);
  }

  @Bif(name = "xor")
  public static Object xor(Object a, Object b) {
    return Atoms.bool(Args.bool(a) ^ Args.bool(b));
  }

  @Bif(name = "not")
  public static Object not(Object a) {
    return Atoms.bool(!Args.bool(a));
  }
}
