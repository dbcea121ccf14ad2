package org.jbeamjit.frontend.ir;

/** A reference to a label, {@code {f,N}}. Label 0 is "no label": on failure, raise instead. */
public record Label(int number) implements Operand {
  public boolean isNone() {
    return number == 0;
  }
}
