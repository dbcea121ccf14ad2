package org.jbeamjit.frontend.ir;

import java.util.Objects;

/** An entry of the literal table (extended tag 4): any term, shared by every use. */
public record Literal(int index, Object term) implements Constant {
  public Literal {
    Objects.requireNonNull(term);
  }
}
