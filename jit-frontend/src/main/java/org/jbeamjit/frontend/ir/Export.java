package org.jbeamjit.frontend.ir;

import java.util.Objects;
import org.jbeamjit.runtime.term.Atom;

/** An entry of the export (ExpT) or local function (LocT) table: a function and its entry label. */
public record Export(Atom function, int arity, int label) {
  public Export {
    Objects.requireNonNull(function);
  }
}
