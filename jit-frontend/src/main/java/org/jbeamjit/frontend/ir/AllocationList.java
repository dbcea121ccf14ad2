package org.jbeamjit.frontend.ir;

import java.util.List;

/**
 * A heap need given per kind of object (extended tag 3): words, floats and funs, in the order the
 * compiler wrote them.
 */
public record AllocationList(List<Entry> entries) implements Operand {
  public enum Kind {
    WORDS,
    FLOATS,
    FUNS
  }

  public record Entry(Kind kind, int count) {}

  public AllocationList {
    entries = List.copyOf(entries);
  }

  /** The total count for one kind. */
  public long count(Kind kind) {
    long n = 0;
    for (Entry e : entries) {
      if (e.kind == kind) {
        n += e.count;
      }
    }
    return n;
  }
}
