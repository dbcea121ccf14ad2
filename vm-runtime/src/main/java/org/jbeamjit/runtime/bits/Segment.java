package org.jbeamjit.runtime.bits;

import java.util.Objects;

/**
 * The parts of a {@code bs_create_bin} segment that are fixed in the code: its type, unit and
 * flags ({@link BitFlags}). The value and size operands vary per execution.
 */
public record Segment(SegmentType type, int unit, int flags) {
  public Segment {
    Objects.requireNonNull(type);
  }
}
