package org.jbeamjit.frontend.ir;

import java.util.Objects;

/** A source location of the line table: file name and line number. */
public record Location(String file, int line) {
  /** Line table index 0, and any index when the module has no line table: no location known. */
  public static final Location NONE = new Location("", 0);

  public Location {
    Objects.requireNonNull(file);
  }

  public boolean isNone() {
    return this == NONE;
  }
}
