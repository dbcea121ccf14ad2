package org.jbeamjit.frontend.ir;

import java.util.Objects;

/** An index into the import table and the function it names: a remote call target or a BIF. */
public record ImportRef(int index, Import entry) implements Operand {
  public ImportRef {
    Objects.requireNonNull(entry);
  }
}
