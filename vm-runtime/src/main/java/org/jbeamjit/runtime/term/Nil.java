package org.jbeamjit.runtime.term;

/** The empty list {@code []}; a singleton, so it compares with {@code ==}. */
public final class Nil {
  public static final Nil NIL = new Nil();

  private Nil() {}

  @Override
  public String toString() {
    return "[]";
  }
}
