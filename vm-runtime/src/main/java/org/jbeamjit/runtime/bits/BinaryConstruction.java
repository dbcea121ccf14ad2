package org.jbeamjit.runtime.bits;

import org.jbeamjit.runtime.term.BitString;

/**
 * {@code bs_create_bin} as one call, for the interpreter and for segment lists the JIT does not
 * specialise. First every segment's size is worked out in order: bad sizes raise {@code badarg}
 * or {@code system_limit}, and so do a {@code V/binary} whose V is not a bitstring (its size is
 * needed) and a utf32 value that is not a code point. Then the appended-to bitstring is checked,
 * then the segments are written in order (bad values raise {@code badarg}). This is the order in
 * which OTP 25 reports errors, which shows when one construction has more than one.
 */
public final class BinaryConstruction {
  private BinaryConstruction() {}

  /**
   * Builds the bitstring. {@code values[i]} and {@code sizes[i]} are segment i's value and size
   * operands: an integer term, {@link BitSizes#ALL}, or anything for the utf types (which take
   * no size). A string segment's value is the bitstring of its bytes and its size the byte count.
   */
  public static BitString create(Segment[] segments, Object[] values, Object[] sizes) {
    int n = segments.length;
    long[] bits = new long[n];
    long total = 0;
    boolean appends = n > 0 && isAppend(segments[0].type());
    for (int i = appends ? 1 : 0; i < n; i++) {
      bits[i] = segmentBits(segments[i], values[i], sizes[i]);
      total = BitSizes.add(total, bits[i]);
    }
    BitStringBuilder out;
    if (appends) {
      out = BitStringBuilder.appending(values[0], segments[0].unit(), total);
    } else {
      out = BitStringBuilder.withBits(total);
    }
    for (int i = appends ? 1 : 0; i < n; i++) {
      put(out, segments[i], values[i], sizes[i], bits[i]);
    }
    return out.build();
  }

  private static boolean isAppend(SegmentType t) {
    return t == SegmentType.APPEND || t == SegmentType.PRIVATE_APPEND;
  }

  /** The first phase for one segment: its size in bits. */
  public static long segmentBits(Segment s, Object value, Object size) {
    return switch (s.type()) {
      case INTEGER, FLOAT, STRING -> BitSizes.bits(size, s.unit());
      case BINARY -> size == BitSizes.ALL ? BitSizes.allBits(value) : BitSizes.bits(size, s.unit());
      case UTF8 -> BitSizes.utf8Bits(value);
      case UTF16 -> BitSizes.utf16Bits(value);
      case UTF32 -> BitSizes.utf32Bits(value);
      case APPEND, PRIVATE_APPEND -> throw new IllegalArgumentException("append must be the first segment");
    };
  }

  /** The second phase for one segment: writes it, {@code bits} being what the first phase said. */
  public static void put(BitStringBuilder out, Segment s, Object value, Object size, long bits) {
    switch (s.type()) {
      case INTEGER -> out.putInteger(value, bits, s.flags());
      case FLOAT -> out.putFloat(value, bits, s.flags());
      case BINARY -> {
        if (size == BitSizes.ALL) {
          out.putBinaryAll(value, s.unit());
        } else {
          out.putBinary(value, bits);
        }
      }
      case STRING -> out.putBinary(value, bits);
      case UTF8 -> out.putUtf8(value);
      case UTF16 -> out.putUtf16(value, s.flags());
      case UTF32 -> out.putUtf32(value, s.flags());
      case APPEND, PRIVATE_APPEND -> throw new IllegalArgumentException("append must be the first segment");
    }
  }
}
