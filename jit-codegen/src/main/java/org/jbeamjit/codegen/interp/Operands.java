package org.jbeamjit.codegen.interp;

/**
 * How an operand is packed into one int of the code array: the index shifted left by two, the low
 * bits saying where it lives. Sources are x or y registers or constants (constant-pool index);
 * destinations are x or y registers.
 */
final class Operands {
  static final int X = 0;
  static final int Y = 1;
  static final int CONST = 2;

  private Operands() {}

  static int x(int index) {
    return index << 2 | X;
  }

  static int y(int index) {
    return index << 2 | Y;
  }

  static int constant(int poolIndex) {
    return poolIndex << 2 | CONST;
  }

  static int kind(int operand) {
    return operand & 3;
  }

  static int index(int operand) {
    return operand >> 2;
  }
}
