package org.jbeamjit.frontend.ir;

/** An x, y or float register. */
public sealed interface Register extends Operand permits XReg, YReg, FloatReg {
  int index();
}
