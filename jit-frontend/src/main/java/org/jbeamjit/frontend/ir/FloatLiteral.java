package org.jbeamjit.frontend.ir;

/**
 * A float encoded in the instruction itself (extended tag 0), the form compilers before OTP R14
 * used; newer ones put floats in the literal table.
 */
public record FloatLiteral(double value) implements Constant {
  @Override
  public Object term() {
    return value;
  }
}
