package org.jbeamjit.frontend.ir;

import java.util.List;

/**
 * A list operand (extended tag 1): the value/label pairs of {@code select_val}, the key/value pairs
 * of map instructions, the segments of {@code bs_create_bin}, and so on.
 */
public record OperandList(List<Operand> elements) implements Operand {
  public OperandList {
    elements = List.copyOf(elements);
  }

  public int size() {
    return elements.size();
  }

  public Operand get(int i) {
    return elements.get(i);
  }
}
