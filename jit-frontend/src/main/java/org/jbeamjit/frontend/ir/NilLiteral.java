package org.jbeamjit.frontend.ir;

import org.jbeamjit.runtime.term.Nil;

/** The empty list (atom index 0 in the compact encoding), {@code nil} in disassembly. */
public enum NilLiteral implements Constant {
  NIL;

  @Override
  public Object term() {
    return Nil.NIL;
  }
}
