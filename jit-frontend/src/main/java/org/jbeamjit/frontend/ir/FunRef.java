package org.jbeamjit.frontend.ir;

import java.util.Objects;

/** An index into the fun table (the fun's "old index") and the entry there. */
public record FunRef(int index, FunEntry entry) implements Operand {
  public FunRef {
    Objects.requireNonNull(entry);
  }
}
