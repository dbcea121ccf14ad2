package org.jbeamjit.runtime.bits;

import java.nio.ByteOrder;

/**
 * The flag bits of a bit syntax segment, numbered as OTP's {@code erl_bits.h} numbers them (the
 * loader's {@code FieldFlags} uses the same numbers, so a flags operand passes through unchanged).
 * Only byte order and signedness change what a segment means; the other bits are ignored here.
 */
public final class BitFlags {
  public static final int LITTLE = 0x02;
  public static final int SIGNED = 0x04;
  /** The byte order of the machine running the code, which OTP's loader resolves the same way. */
  public static final int NATIVE = 0x10;

  private static final boolean NATIVE_IS_LITTLE = ByteOrder.nativeOrder() == ByteOrder.LITTLE_ENDIAN;

  private BitFlags() {}

  public static boolean isLittle(int flags) {
    return (flags & NATIVE) != 0 ? NATIVE_IS_LITTLE : (flags & LITTLE) != 0;
  }

  public static boolean isSigned(int flags) {
    return (flags & SIGNED) != 0;
  }
}
