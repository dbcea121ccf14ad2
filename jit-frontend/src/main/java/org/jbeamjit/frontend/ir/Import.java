package org.jbeamjit.frontend.ir;

import java.util.Objects;
import org.jbeamjit.runtime.term.Atom;

/** An entry of the import table: a function of another module (or a BIF) this module calls. */
public record Import(Atom module, Atom function, int arity) {
  public Import {
    Objects.requireNonNull(module);
    Objects.requireNonNull(function);
  }
}
