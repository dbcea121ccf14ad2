package org.jbeamjit.frontend.ir;

import java.util.Objects;
import org.jbeamjit.runtime.term.Atom;

/** An atom from the atom table, {@code {atom,A}}. */
public record AtomLiteral(Atom atom) implements Constant {
  public AtomLiteral {
    Objects.requireNonNull(atom);
  }

  @Override
  public Object term() {
    return atom;
  }
}
