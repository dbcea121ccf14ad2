package org.jbeamjit.runtime.term;

/**
 * The Java object behaviour shared by the boxed term classes (tuples, lists, bitstrings, maps,
 * pids, ports, refs and funs): two terms are {@code equals} when they are {@code =:=}, hash
 * consistently with that, and print as {@code erl} prints them. Atoms and {@code []} are not
 * among them: they are unique, so identity is their equality. The constructor is
 * package-private so that no class outside this package can pose as a term.
 */
public abstract class TermObject {
  TermObject() {}

  @Override
  public final boolean equals(Object o) {
    return o instanceof TermObject && Terms.exactEquals(this, o);
  }

  @Override
  public final int hashCode() {
    return Terms.hash(this);
  }

  @Override
  public final String toString() {
    return TermPrinter.write(this);
  }
}
