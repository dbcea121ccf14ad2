package org.jbeamjit.runtime.bif;

import java.util.Arrays;
import org.jbeamjit.runtime.term.BitString;

/** Appends bytes and bitstrings at any bit position, for building binaries and bitstrings. */
final class BitBuilder {
  private byte[] buf;
  private long bits;

  BitBuilder(int initialBytes) {
    buf = new byte[Math.max(16, initialBytes)];
  }

  void appendByte(int b) {
    ensure(bits + 8);
    int idx = (int) (bits >>> 3);
    int shift = (int) (bits & 7);
    if (shift == 0) {
      buf[idx] = (byte) b;
    } else {
      buf[idx] |= (byte) ((b & 0xFF) >>> shift);
      buf[idx + 1] = (byte) (b << (8 - shift));
    }
    bits += 8;
  }

  void append(BitString s) {
    long n = s.bitSize();
    if ((bits & 7) == 0 && s.isByteAligned()) {
      ensure(bits + n);
      int whole = (int) (n >>> 3);
      System.arraycopy(s.backing(), (int) (s.bitOffset() >>> 3), buf, (int) (bits >>> 3), whole);
      bits += (long) whole * 8;
      if ((n & 7) != 0) {
        appendBits(s.byteAt(whole), (int) (n & 7));
      }
      return;
    }
    long whole = n >>> 3;
    for (long i = 0; i < whole; i++) {
      appendByte(s.byteAt(i));
    }
    if ((n & 7) != 0) {
      appendBits(s.byteAt(whole), (int) (n & 7));
    }
  }

  /** The top {@code count} bits of {@code b} (the rest of {@code b} is zero). */
  private void appendBits(int b, int count) {
    ensure(bits + 8);
    long before = bits;
    appendByte(b);
    bits = before + count;
  }

  long bitSize() {
    return bits;
  }

  BitString toBitString() {
    byte[] bytes = Arrays.copyOf(buf, (int) ((bits + 7) >>> 3));
    return BitString.view(bytes, 0, bits);
  }

  private void ensure(long bitCapacity) {
    long need = (bitCapacity + 7) >>> 3;
    if (need + 1 > buf.length) {
      if (need + 1 > Integer.MAX_VALUE - 16) {
        throw new OutOfMemoryError("binary too large");
      }
      buf = Arrays.copyOf(buf, (int) Math.max(need + 1, Math.min(Integer.MAX_VALUE - 16, buf.length * 2L)));
    }
  }
}
