package org.jbeamjit.runtime.term;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A bitstring: {@code bitSize} bits starting {@code bitOffset} bits into {@code data}. A binary
 * is a bitstring whose size is a whole number of bytes. Sub-binaries share their parent's bytes
 * (they are views with another offset and size), and an offset need not be byte-aligned.
 *
 * <p>Bits are numbered from the most significant bit of each byte, as in Erlang's bit syntax.
 * The bytes covered by a bitstring are never written after it is made.
 */
public final class BitString extends TermObject {
  public static final BitString EMPTY = new BitString(new byte[0], 0, 0, null);

  private final byte[] data;
  private final long bitOffset;
  private final long bitSize;
  /**
   * For bitstrings made by an append: the high-water mark of the shared buffer behind them. Bits
   * below it may belong to visible bitstrings and are never written again; an append that ends
   * exactly at the mark may claim the room above it and write in place (OTP's writable binaries).
   */
  private final AtomicLong extensionMark;

  private BitString(byte[] data, long bitOffset, long bitSize, AtomicLong extensionMark) {
    this.data = data;
    this.bitOffset = bitOffset;
    this.bitSize = bitSize;
    this.extensionMark = extensionMark;
  }

  /** A binary that owns {@code bytes} (the caller gives up the array). */
  public static BitString wrap(byte[] bytes) {
    return new BitString(bytes, 0, (long) bytes.length * 8, null);
  }

  /** A binary of a copy of these bytes. */
  public static BitString copyOf(byte[] bytes) {
    return wrap(bytes.clone());
  }

  /** A view of {@code bitSize} bits of {@code data} from {@code bitOffset}; the array is shared. */
  public static BitString view(byte[] data, long bitOffset, long bitSize) {
    if (bitOffset < 0 || bitSize < 0 || bitOffset + bitSize > (long) data.length * 8) {
      throw new IndexOutOfBoundsException("bits " + bitOffset + "+" + bitSize + " of " + data.length + " bytes");
    }
    return new BitString(data, bitOffset, bitSize, null);
  }

  /**
   * A view like {@link #view} whose buffer may be extended past its end by a later append, under
   * {@code mark} (see {@link #extensionMark()}). For the bit-syntax runtime.
   */
  public static BitString extensible(byte[] data, long bitOffset, long bitSize, AtomicLong mark) {
    BitString b = view(data, bitOffset, bitSize);
    return new BitString(data, b.bitOffset, b.bitSize, mark);
  }

  /** The mark of the extensible buffer this bitstring ends in, or {@code null}. For the bit-syntax runtime. */
  public AtomicLong extensionMark() {
    return extensionMark;
  }

  /** The sub-bitstring of {@code bitSize} bits from {@code bitOffset} of this one, sharing bytes. */
  public BitString sub(long fromBit, long bits) {
    if (fromBit < 0 || bits < 0 || fromBit + bits > bitSize) {
      throw new IndexOutOfBoundsException("bits " + fromBit + "+" + bits + " of " + bitSize);
    }
    return new BitString(data, bitOffset + fromBit, bits, null);
  }

  public long bitSize() {
    return bitSize;
  }

  /** Bytes needed to hold the bits: {@code byte_size/1}. */
  public long byteSize() {
    return (bitSize + 7) >>> 3;
  }

  public boolean isBinary() {
    return (bitSize & 7) == 0;
  }

  /** Whether the bits start on a byte boundary of the backing array. */
  public boolean isByteAligned() {
    return (bitOffset & 7) == 0;
  }

  /** The backing array; shared, never to be written. */
  public byte[] backing() {
    return data;
  }

  public long bitOffset() {
    return bitOffset;
  }

  /** Bit {@code i} (0 = first, most significant) as 0 or 1. */
  public int bit(long i) {
    long b = bitOffset + i;
    return (data[(int) (b >>> 3)] >>> (7 - (int) (b & 7))) & 1;
  }

  /**
   * The {@code i}th byte (bits {@code 8i .. 8i+7}), as an unsigned value. For the last byte of a
   * bitstring that is not a binary, the missing low bits are zero.
   */
  public int byteAt(long i) {
    long b = bitOffset + i * 8;
    int idx = (int) (b >>> 3);
    int shift = (int) (b & 7);
    int v;
    if (shift == 0) {
      v = data[idx] & 0xFF;
    } else {
      int hi = (data[idx] << shift) & 0xFF;
      int lo = idx + 1 < data.length ? (data[idx + 1] & 0xFF) >>> (8 - shift) : 0;
      v = hi | lo;
    }
    long remaining = bitSize - i * 8;
    if (remaining < 8) {
      v &= (0xFF << (8 - remaining)) & 0xFF;
    }
    return v;
  }

  /** The bits as bytes, the last one padded with zero bits: a fresh array. */
  public byte[] toByteArray() {
    int n = (int) byteSize();
    if (isByteAligned()) {
      int start = (int) (bitOffset >>> 3);
      byte[] out = Arrays.copyOfRange(data, start, start + n);
      int tail = (int) (bitSize & 7);
      if (tail != 0) {
        out[n - 1] &= (byte) (0xFF << (8 - tail));
      }
      return out;
    }
    byte[] out = new byte[n];
    for (int i = 0; i < n; i++) {
      out[i] = (byte) byteAt(i);
    }
    return out;
  }
}
