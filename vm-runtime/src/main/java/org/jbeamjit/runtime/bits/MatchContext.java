package org.jbeamjit.runtime.bits;

import org.jbeamjit.runtime.term.BitString;

/**
 * The state of a binary match: a bitstring and a position in it. It lives in a register while a
 * function matches, and is handed to callees that accept a match context, never to Erlang code.
 *
 * <p>Every operation that can fail returns {@code null} or {@code false} for "no match" (the
 * instruction branches to its fail label) and then leaves the position where it was; matching
 * raises no exceptions, whatever the size operand holds. Operations named {@code read...} or
 * {@code skipBits} do not check: they are for code that has checked the room first with
 * {@link #remaining}, {@link #ensureAtLeast} or {@link #ensureExactly}. Segments taken out as
 * bitstrings share the matched bitstring's bytes.
 */
public final class MatchContext {
  private final byte[] data;
  /** Where the matched bitstring starts in {@code data}: position 0. */
  private final long base;
  private final long end;
  private long pos;

  private MatchContext(byte[] data, long base, long end) {
    this.data = data;
    this.base = base;
    this.end = end;
    this.pos = base;
  }

  /**
   * {@code bs_start_match3} and {@code bs_start_match4}: a context at the start of a bitstring,
   * the same context when given one (a callee carries on where its caller stopped), or
   * {@code null} when the term is neither.
   */
  public static MatchContext start(Object term) {
    if (term instanceof MatchContext c) {
      return c;
    }
    if (term instanceof BitString b) {
      return new MatchContext(b.backing(), b.bitOffset(), b.bitOffset() + b.bitSize());
    }
    return null;
  }

  /** {@code bs_get_position}: bits matched so far. */
  public long position() {
    return pos - base;
  }

  /** {@code bs_set_position}: back to a position {@link #position} gave. */
  public void position(long position) {
    pos = base + position;
  }

  /** Bits left to match. */
  public long remaining() {
    return end - pos;
  }

  /** {@code bs_get_integer2}: an integer of {@code size * unit} bits, or {@code null}. */
  public Object getInteger(Object size, int unit, int flags) {
    long bits = fieldBits(size, unit);
    if (bits < 0 || bits > end - pos) {
      return null;
    }
    return readInteger(bits, flags);
  }

  /** An integer of {@code bits} bits, unchecked. */
  public Object readInteger(long bits, int flags) {
    Object v = IntegerCodec.read(data, pos, bits, BitFlags.isLittle(flags), BitFlags.isSigned(flags));
    pos += bits;
    return v;
  }

  /** The next {@code bits} (0..64) bits as an unsigned big-endian number, unchecked: the fast path for small fields. */
  public long readBits(int bits) {
    long v = BitArrays.read(data, pos, bits);
    pos += bits;
    return v;
  }

  /**
   * {@code bs_get_float2}: a float of 16, 32 or 64 bits, or {@code null} (also for NaN and
   * infinities). A size of 0 matches 0.0 and takes no bits, as it does in OTP.
   */
  public Object getFloat(Object size, int unit, int flags) {
    long bits = fieldBits(size, unit);
    if (bits == 0) {
      return 0.0;
    }
    if (!FloatCodec.isFloatSize(bits) || bits > end - pos) {
      return null;
    }
    int n = (int) bits;
    double d = FloatCodec.decode(IntegerCodec.readLong(data, pos, n, BitFlags.isLittle(flags)), n);
    if (Double.isNaN(d)) {
      return null;
    }
    pos += n;
    return d;
  }

  /**
   * {@code bs_get_binary2}: the next {@code size * unit} bits, or with size {@link BitSizes#ALL}
   * the rest when its size is a multiple of {@code unit}; or {@code null}.
   */
  public BitString getBinary(Object size, int unit) {
    long bits = size == BitSizes.ALL ? restBits(unit) : fieldBits(size, unit);
    if (bits < 0 || bits > end - pos) {
      return null;
    }
    return readBinary(bits);
  }

  /** The next {@code bits} bits as a bitstring, unchecked. */
  public BitString readBinary(long bits) {
    BitString b = BitString.view(data, pos, bits);
    pos += bits;
    return b;
  }

  /** {@code bs_skip_bits2}: as {@link #getBinary} without making the bitstring. */
  public boolean skip(Object size, int unit) {
    long bits = size == BitSizes.ALL ? restBits(unit) : fieldBits(size, unit);
    if (bits < 0 || bits > end - pos) {
      return false;
    }
    pos += bits;
    return true;
  }

  /** Skips {@code bits} bits, unchecked. */
  public void skipBits(long bits) {
    pos += bits;
  }

  /** {@code bs_test_tail2}: whether exactly {@code bits} bits are left. */
  public boolean testTail(long bits) {
    return end - pos == bits;
  }

  /** {@code bs_test_unit}: whether the bits left are a multiple of {@code unit}. */
  public boolean testUnit(int unit) {
    return (end - pos) % unit == 0;
  }

  /** {@code bs_match_string}: whether the next {@code bits} bits are the first {@code bits} of {@code string}; skips them if so. */
  public boolean matchString(BitString string, long bits) {
    if (bits > end - pos || bits > string.bitSize()
        || !BitArrays.equal(data, pos, string.backing(), string.bitOffset(), bits)) {
      return false;
    }
    pos += bits;
    return true;
  }

  /** {@code bs_get_utf8}: a code point, or {@code null} for anything but a valid shortest-form sequence. */
  public Object getUtf8() {
    return codePoint(UtfCodec.decodeUtf8(data, pos, end - pos));
  }

  public Object getUtf16(int flags) {
    return codePoint(UtfCodec.decodeUtf16(data, pos, end - pos, BitFlags.isLittle(flags)));
  }

  public Object getUtf32(int flags) {
    return codePoint(UtfCodec.decodeUtf32(data, pos, end - pos, BitFlags.isLittle(flags)));
  }

  public boolean skipUtf8() {
    return getUtf8() != null;
  }

  public boolean skipUtf16(int flags) {
    return getUtf16(flags) != null;
  }

  public boolean skipUtf32(int flags) {
    return getUtf32(flags) != null;
  }

  /** {@code bs_get_tail}: the bits left, as a bitstring; the position stays. */
  public BitString tail() {
    return BitString.view(data, pos, end - pos);
  }

  /** {@code bs_match}'s {@code ensure_at_least}: at least {@code bits} left, and what is beyond them a multiple of {@code unit}. */
  public boolean ensureAtLeast(long bits, int unit) {
    long left = end - pos;
    return left >= bits && (unit <= 1 || (left - bits) % unit == 0);
  }

  /** {@code bs_match}'s {@code ensure_exactly}. */
  public boolean ensureExactly(long bits) {
    return end - pos == bits;
  }

  /** {@code bs_match}'s {@code =:=}: whether the next {@code bits} (0..64) bits, unchecked, are {@code expected}; skips them if so. */
  public boolean matchBits(int bits, long expected) {
    if (BitArrays.read(data, pos, bits) != expected) {
      return false;
    }
    pos += bits;
    return true;
  }

  private Object codePoint(long decoded) {
    if (decoded == UtfCodec.INVALID) {
      return null;
    }
    pos += decoded >>> 32;
    return (long) (int) decoded;
  }

  private long restBits(int unit) {
    long left = end - pos;
    return unit <= 1 || left % unit == 0 ? left : -1;
  }

  /** {@code size * unit}, or -1 when the size is not a non-negative integer or the product is absurd. */
  private static long fieldBits(Object size, int unit) {
    if (size instanceof Long l && l >= 0) {
      long s = l;
      return unit != 0 && s > Long.MAX_VALUE / unit ? -1 : s * unit;
    }
    return -1;
  }
}
