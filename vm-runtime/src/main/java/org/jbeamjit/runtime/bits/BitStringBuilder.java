package org.jbeamjit.runtime.bits;

import java.math.BigInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.jbeamjit.runtime.error.ErlangException;
import org.jbeamjit.runtime.term.BitString;

/**
 * Writes the segments of a bitstring under construction, in order, and yields it as an immutable
 * {@link BitString}. Construction is two-phase, as in OTP: the caller first adds up the segment
 * sizes with {@link BitSizes} (which raises {@code badarg} or {@code system_limit} for bad sizes),
 * makes a builder for that many bits, then puts each segment (which raises {@code badarg} for a
 * bad value). A builder only ever writes bits that no visible bitstring covers.
 */
public final class BitStringBuilder {
  /** OTP gives a binary made by an append at least this much room, and twice what it holds. */
  private static final int MIN_APPEND_BYTES = 256;

  private byte[] data;
  /** Where the result starts in {@code data}. */
  private long start;
  /** Where the next segment goes. */
  private long pos;
  /** The end of the bits this builder may write; past it, the builder moves to a bigger array. */
  private long limit;
  /** The extension mark of an append's buffer, given to the result so the next append can extend it; else null. */
  private AtomicLong mark;

  private BitStringBuilder(byte[] data, long start, long pos, long limit, AtomicLong mark) {
    this.data = data;
    this.start = start;
    this.pos = pos;
    this.limit = limit;
    this.mark = mark;
  }

  /** A builder for a new bitstring of {@code bits} bits ({@code bs_init_bits}, {@code bs_create_bin}). */
  public static BitStringBuilder withBits(long bits) {
    if (bits > BitSizes.MAX_BITS) {
      throw ErlangException.systemLimit();
    }
    byte[] data = new byte[(int) ((bits + 7) >>> 3)];
    return new BitStringBuilder(data, 0, 0, (long) data.length << 3, null);
  }

  /**
   * A builder whose result is {@code bin} followed by {@code extraBits} more bits: the
   * {@code append} and {@code private_append} segments of {@code bs_create_bin}, and
   * {@code bs_append}. {@code bin} must be a bitstring whose size is a multiple of {@code unit}.
   * When {@code bin} ends where its buffer's free room begins, the new bits go there and nothing
   * is copied, so a loop that appends to its accumulator costs amortised O(bits appended).
   */
  public static BitStringBuilder appending(Object bin, int unit, long extraBits) {
    if (!(bin instanceof BitString b) || (unit > 1 && b.bitSize() % unit != 0)) {
      throw ErlangException.badarg();
    }
    long total = BitSizes.add(b.bitSize(), extraBits);
    long end = b.bitOffset() + b.bitSize();
    // The bits after b are ours only if b ends at its buffer's mark and we move the mark first:
    // of two processes appending to the same b, one extends it in place and the other copies.
    AtomicLong m = b.extensionMark();
    if (m != null && end + extraBits <= (long) b.backing().length << 3 && m.compareAndSet(end, end + extraBits)) {
      return new BitStringBuilder(b.backing(), b.bitOffset(), end, end + extraBits, m);
    }
    long totalBytes = (total + 7) >>> 3;
    long capacity = Math.min(Math.max(MIN_APPEND_BYTES, totalBytes * 2), BitSizes.MAX_BITS >>> 3);
    byte[] data = new byte[(int) capacity];
    BitArrays.copy(b.backing(), b.bitOffset(), data, 0, b.bitSize());
    return new BitStringBuilder(data, 0, b.bitSize(), total, new AtomicLong(total));
  }

  /**
   * {@code bs_init_writable} (compilers before OTP 22, for binary comprehensions): an empty binary
   * that appends can fill in place, with room for {@code sizeBytes} bytes when that is a
   * non-negative integer and for 1024 otherwise, as in OTP.
   */
  public static BitString emptyWritable(Object sizeBytes) {
    long bytes = sizeBytes instanceof Long l && l >= 0 ? Math.min(l, BitSizes.MAX_BITS >>> 3) : 1024;
    byte[] data = new byte[(int) Math.max(bytes, 1)];
    return BitString.extensible(data, 0, 0, new AtomicLong(0));
  }

  /** The bits written so far. */
  public long bitSize() {
    return pos - start;
  }

  /** The bitstring built so far; the builder may go on writing after it. */
  public BitString build() {
    return mark == null ? BitString.view(data, start, pos - start) : BitString.extensible(data, start, pos - start, mark);
  }

  /** An integer segment of {@code bits} bits; {@code badarg} unless the value is an integer. */
  public void putInteger(Object value, long bits, int flags) {
    if (value instanceof Long l && bits <= 64) {
      putLong(l, (int) bits, flags);
    } else if (value instanceof Long || value instanceof BigInteger) {
      reserve(bits);
      IntegerCodec.write(data, pos, value, bits, BitFlags.isLittle(flags));
      pos += bits;
    } else {
      throw ErlangException.badarg();
    }
  }

  /** The low {@code bits} (0..64) bits of {@code v}: an integer segment whose value is known to be a small integer. */
  public void putLong(long v, int bits, int flags) {
    reserve(bits);
    IntegerCodec.writeLong(data, pos, v, bits, BitFlags.isLittle(flags));
    pos += bits;
  }

  /** A float segment: 16, 32 or 64 bits of a float or an integer; {@code badarg} otherwise. */
  public void putFloat(Object value, long bits, int flags) {
    if (!FloatCodec.isFloatSize(bits)) {
      throw ErlangException.badarg();
    }
    putLong(FloatCodec.encode(FloatCodec.toDouble(value), (int) bits), (int) bits, flags);
  }

  /** The first {@code bits} bits of a bitstring ({@code V:Size/binary}, and string segments). */
  public void putBinary(Object value, long bits) {
    if (!(value instanceof BitString b) || b.bitSize() < bits) {
      throw ErlangException.badarg();
    }
    putBits(b, bits);
  }

  /** A whole bitstring whose size must be a multiple of {@code unit} ({@code V/binary}, {@code V/bits}). */
  public void putBinaryAll(Object value, int unit) {
    if (!(value instanceof BitString b) || (unit > 1 && b.bitSize() % unit != 0)) {
      throw ErlangException.badarg();
    }
    putBits(b, b.bitSize());
  }

  public void putUtf8(Object value) {
    UtfCodec.writeUtf8(this, codePoint(value));
  }

  public void putUtf16(Object value, int flags) {
    UtfCodec.writeUtf16(this, codePoint(value), flags);
  }

  public void putUtf32(Object value, int flags) {
    putLong(codePoint(value), 32, flags);
  }

  private static int codePoint(Object value) {
    int cp = UtfCodec.codePoint(value);
    if (cp < 0) {
      throw ErlangException.badarg();
    }
    return cp;
  }

  private void putBits(BitString b, long bits) {
    reserve(bits);
    BitArrays.copy(b.backing(), b.bitOffset(), data, pos, bits);
    pos += bits;
  }

  /** Makes room for {@code bits} more bits, moving to a private array if the claimed room is short. */
  private void reserve(long bits) {
    if (pos + bits <= limit) {
      return;
    }
    long used = pos - start;
    long need = BitSizes.add(used, bits);
    long bytes = Math.min(Math.max((need + 7) >>> 3, ((used + 7) >>> 3) * 2), BitSizes.MAX_BITS >>> 3);
    byte[] bigger = new byte[(int) bytes];
    BitArrays.copy(data, start, bigger, 0, used);
    data = bigger;
    mark = null; // a private array: the result is not extensible (the next append copies)
    start = 0;
    pos = used;
    limit = bytes << 3;
  }
}
