package org.jbeamjit.frontend.ir;

import java.util.List;
import java.util.Objects;
import org.jbeamjit.frontend.opcode.Opcode;

/**
 * One generic BEAM instruction with its operands resolved. There are exactly
 * {@code opcode.arity()} operands, operand {@code i} being of kind {@code opcode.operandKind(i)}.
 * The typed accessors throw {@link ClassCastException} when asked for the wrong variant.
 */
public record Instruction(Opcode opcode, List<Operand> operands) {
  public Instruction {
    Objects.requireNonNull(opcode);
    operands = List.copyOf(operands);
    if (operands.size() != opcode.arity()) {
      throw new IllegalArgumentException(opcode.erlangName() + " takes " + opcode.arity() + " operands, not "
          + operands.size());
    }
  }

  public static Instruction of(Opcode opcode, Operand... operands) {
    return new Instruction(opcode, List.of(operands));
  }

  public Operand operand(int i) {
    return operands.get(i);
  }

  public Label label(int i) {
    return (Label) operands.get(i);
  }

  /** The value of an {@link Unsigned} operand. */
  public int unsigned(int i) {
    return ((Unsigned) operands.get(i)).value();
  }

  public OperandList list(int i) {
    return (OperandList) operands.get(i);
  }

  public ImportRef importRef(int i) {
    return (ImportRef) operands.get(i);
  }

  public FunRef funRef(int i) {
    return (FunRef) operands.get(i);
  }
}
