package org.jbeamjit.codegen.jit;

import org.jbeamjit.frontend.ir.Instruction;

/** An instruction the JIT does not compile: its function runs in the interpreter instead. */
final class UnsupportedInstructionException extends RuntimeException {
  UnsupportedInstructionException(Instruction ins) {
    super("instruction " + ins.opcode().erlangName() + " is not compiled", null, false, false);
  }
}
