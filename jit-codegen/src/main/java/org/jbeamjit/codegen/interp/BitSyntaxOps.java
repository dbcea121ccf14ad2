package org.jbeamjit.codegen.interp;

import org.jbeamjit.runtime.process.ErlProcess;

/** The bit syntax instructions of the interpreter, kept apart from the main loop. */
final class BitSyntaxOps {
  private BitSyntaxOps() {}

  /** Executes the bit syntax instruction at {@code pc}; returns the next pc. */
  static int execute(int[] code, int pc, Object[] x, Object[] y, Object[] k, ErlProcess p) {
    throw new IllegalStateException("unknown interpreter instruction " + code[pc] + " at " + pc);
  }
}
