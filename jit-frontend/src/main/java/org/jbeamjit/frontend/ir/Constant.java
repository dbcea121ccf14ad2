package org.jbeamjit.frontend.ir;

/** An operand whose value is known when the module is loaded. */
public sealed interface Constant extends Operand
    permits AtomLiteral, NilLiteral, IntegerLiteral, FloatLiteral, CharLiteral, Literal {

  /** The Erlang term this operand stands for. */
  Object term();
}
