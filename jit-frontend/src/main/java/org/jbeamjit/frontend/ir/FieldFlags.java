package org.jbeamjit.frontend.ir;

/** The flags of a bit syntax segment, as OTP's {@code erl_bits.h} numbers them. */
public record FieldFlags(int bits) implements Operand {
  public static final int ALIGNED = 0x01;
  public static final int LITTLE = 0x02;
  public static final int SIGNED = 0x04;
  public static final int EXACT = 0x08;
  public static final int NATIVE = 0x10;

  public boolean isLittle() {
    return (bits & LITTLE) != 0;
  }

  public boolean isSigned() {
    return (bits & SIGNED) != 0;
  }

  /** The byte order of the machine running the code. */
  public boolean isNative() {
    return (bits & NATIVE) != 0;
  }
}
