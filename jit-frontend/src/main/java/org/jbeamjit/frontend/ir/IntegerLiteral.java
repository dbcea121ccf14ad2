package org.jbeamjit.frontend.ir;

import java.math.BigInteger;
import org.jbeamjit.runtime.term.Integers;

/**
 * An integer encoded in the instruction (tag i): a {@link Long}, or a {@link BigInteger} only when
 * it does not fit one.
 */
public record IntegerLiteral(Object value) implements Constant {
  public IntegerLiteral {
    if (value instanceof BigInteger big) {
      value = Integers.normalize(big);
    } else if (!(value instanceof Long)) {
      throw new IllegalArgumentException("not an integer: " + value);
    }
  }

  public static IntegerLiteral of(long value) {
    return new IntegerLiteral(value);
  }

  @Override
  public Object term() {
    return value;
  }
}
