package org.jbeamjit.frontend.ir;

/** A character (tag h), an obsolete way to write a small integer; OTP refuses to load it. */
public record CharLiteral(int codePoint) implements Constant {
  @Override
  public Object term() {
    return (long) codePoint;
  }
}
