package org.jbeamjit.frontend.ir;

import java.util.Objects;

/**
 * An x or y register with what the compiler proved about the value in it at this instruction
 * (OTP 25 and later): the JIT may skip the checks the type makes redundant.
 */
public record TypedRegister(Register register, BeamType type) implements Operand {
  public TypedRegister {
    Objects.requireNonNull(type);
    if (register instanceof FloatReg) {
      throw new IllegalArgumentException("a float register cannot carry a type");
    }
  }

  @Override
  public Operand withoutType() {
    return register;
  }
}
