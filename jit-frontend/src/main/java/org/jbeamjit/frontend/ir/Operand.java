package org.jbeamjit.frontend.ir;

/**
 * An instruction operand, fully resolved: registers with their numbers, labels as numbers, atoms,
 * literals and integers as terms, table indices as the entries they name. Which variants an
 * operand can be is given by its {@link org.jbeamjit.frontend.opcode.OperandKind}.
 */
public sealed interface Operand
    permits Register, TypedRegister, Label, Unsigned, Constant, OperandList, AllocationList, ImportRef,
        FunRef, LineRef, StringRef, FieldFlags {

  /** The operand with any type information dropped: a typed register's register, else itself. */
  default Operand withoutType() {
    return this;
  }
}
