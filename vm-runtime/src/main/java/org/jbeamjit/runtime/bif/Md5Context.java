package org.jbeamjit.runtime.bif;

import java.util.Arrays;
import org.jbeamjit.runtime.error.ErlangException;
import org.jbeamjit.runtime.term.BitString;

/**
 * An MD5 computation in progress, kept in the 88-byte binary that {@code erlang:md5_init/0}
 * returns: the four state words, the message length in bits as two words (low first), then the
 * 64-byte block buffer, words little-endian. Programs may hand any 88-byte binary to
 * {@code md5_update/2} and {@code md5_final/1}, so the layout, and where a partial block sits in
 * the buffer (message byte i at i mod 64, earlier bytes left behind), is OTP's exactly.
 */
final class Md5Context {
  static final int SIZE = 88;
  private static final int BUFFER = 24;

  private static final int[] SHIFTS = {7, 12, 17, 22, 5, 9, 14, 20, 4, 11, 16, 23, 6, 10, 15, 21};
  private static final int[] SINES = new int[64];

  static {
    for (int i = 0; i < 64; i++) {
      SINES[i] = (int) (long) StrictMath.floor(StrictMath.abs(StrictMath.sin(i + 1)) * 4294967296.0);
    }
  }

  private final int[] state = new int[4];
  private int bitsLow;
  private int bitsHigh;
  private final byte[] buffer = new byte[64];

  private Md5Context() {}

  /** {@code md5_init()}: the context binary of a fresh computation. */
  static BitString initial() {
    return init().toBinary();
  }

  /** The computation a context binary holds; {@code badarg} unless it is an 88-byte binary. */
  static Md5Context of(Object context) {
    BitString b = Args.binary(context);
    if (b.byteSize() != SIZE) {
      throw ErlangException.badarg();
    }
    return of(b.toByteArray());
  }

  BitString toBinary() {
    return BitString.wrap(toBytes());
  }

  void update(int b) {
    update(new byte[] {(byte) b}, 0, 1);
  }

  /** A fresh computation (the buffer zeroed; OTP leaves it uninitialised). */
  static Md5Context init() {
    Md5Context c = new Md5Context();
    c.state[0] = 0x67452301;
    c.state[1] = 0xefcdab89;
    c.state[2] = 0x98badcfe;
    c.state[3] = 0x10325476;
    return c;
  }

  /** The computation an 88-byte context binary holds. */
  static Md5Context of(byte[] bytes) {
    Md5Context c = new Md5Context();
    for (int i = 0; i < 4; i++) {
      c.state[i] = word(bytes, 4 * i);
    }
    c.bitsLow = word(bytes, 16);
    c.bitsHigh = word(bytes, 20);
    System.arraycopy(bytes, BUFFER, c.buffer, 0, 64);
    return c;
  }

  byte[] toBytes() {
    byte[] out = new byte[SIZE];
    for (int i = 0; i < 4; i++) {
      putWord(out, 4 * i, state[i]);
    }
    putWord(out, 16, bitsLow);
    putWord(out, 20, bitsHigh);
    System.arraycopy(buffer, 0, out, BUFFER, 64);
    return out;
  }

  void update(byte[] data, int from, int length) {
    int before = bitsLow;
    bitsLow += length << 3;
    if (Integer.compareUnsigned(bitsLow, before) < 0) {
      bitsHigh++;
    }
    bitsHigh += length >>> 29;
    int used = (before >>> 3) & 0x3F;
    int at = from;
    int left = length;
    if (used != 0) {
      int room = 64 - used;
      if (left < room) {
        System.arraycopy(data, at, buffer, used, left);
        return;
      }
      System.arraycopy(data, at, buffer, used, room);
      transform(buffer, 0);
      at += room;
      left -= room;
    }
    while (left >= 64) {
      System.arraycopy(data, at, buffer, 0, 64);
      transform(buffer, 0);
      at += 64;
      left -= 64;
    }
    System.arraycopy(data, at, buffer, 0, left);
  }

  /** The digest: pads with 0x80, zeros and the bit count, as MD5 does, from where the count says. */
  BitString digest() {
    int used = (bitsLow >>> 3) & 0x3F;
    buffer[used] = (byte) 0x80;
    int room = 64 - 1 - used;
    if (room < 8) {
      Arrays.fill(buffer, used + 1, 64, (byte) 0);
      transform(buffer, 0);
      Arrays.fill(buffer, 0, 56, (byte) 0);
    } else {
      Arrays.fill(buffer, used + 1, 56, (byte) 0);
    }
    putWord(buffer, 56, bitsLow);
    putWord(buffer, 60, bitsHigh);
    transform(buffer, 0);
    byte[] out = new byte[16];
    for (int i = 0; i < 4; i++) {
      putWord(out, 4 * i, state[i]);
    }
    return BitString.wrap(out);
  }

  private void transform(byte[] block, int offset) {
    int[] x = new int[16];
    for (int i = 0; i < 16; i++) {
      x[i] = word(block, offset + 4 * i);
    }
    int a = state[0];
    int b = state[1];
    int c = state[2];
    int d = state[3];
    for (int i = 0; i < 64; i++) {
      int f;
      int g;
      switch (i >>> 4) {
        case 0 -> {
          f = (b & c) | (~b & d);
          g = i;
        }
        case 1 -> {
          f = (d & b) | (~d & c);
          g = (5 * i + 1) & 15;
        }
        case 2 -> {
          f = b ^ c ^ d;
          g = (3 * i + 5) & 15;
        }
        default -> {
          f = c ^ (b | ~d);
          g = (7 * i) & 15;
        }
      }
      int rotated = Integer.rotateLeft(a + f + SINES[i] + x[g], SHIFTS[((i >>> 4) << 2) | (i & 3)]);
      a = d;
      d = c;
      c = b;
      b = b + rotated;
    }
    state[0] += a;
    state[1] += b;
    state[2] += c;
    state[3] += d;
  }

  private static int word(byte[] b, int i) {
    return (b[i] & 0xFF) | (b[i + 1] & 0xFF) << 8 | (b[i + 2] & 0xFF) << 16 | (b[i + 3] & 0xFF) << 24;
  }

  private static void putWord(byte[] b, int i, int v) {
    b[i] = (byte) v;
    b[i + 1] = (byte) (v >>> 8);
    b[i + 2] = (byte) (v >>> 16);
    b[i + 3] = (byte) (v >>> 24);
  }
}
