package org.jbeamjit.frontend.ir;

import java.util.Objects;

/**
 * An index into the line table and the source location there; {@link Location#NONE} for index 0
 * and in modules compiled without line information.
 */
public record LineRef(int index, Location location) implements Operand {
  public LineRef {
    Objects.requireNonNull(location);
  }
}
