package org.jbeamjit.codegen.interp;

import org.jbeamjit.frontend.ir.Instruction;

/** The bit syntax instructions, translated for the interpreter. */
final class BitSyntaxTranslation {
  private BitSyntaxTranslation() {}

  static void emit(Translator t, Instruction in) {
    throw new IllegalStateException("the interpreter cannot run " + in.opcode().erlangName() + " (in " + t.where() + ")");
  }
}
