package org.jbeamjit.runtime.etf;

import java.util.Arrays;
import java.util.Random;

/**
 * Damages valid encodings the ways that matter to a decoder: bytes changed (at random, to the
 * values at the edges of signed and unsigned ranges, to a tag), length fields made huge or off by
 * one, input cut short, bytes dropped, inserted or repeated. Seeded, so a run is repeatable.
 */
final class Mutator {
  private static final int[] EDGE_BYTES = {0, 1, 2, 3, 7, 8, 0x7F, 0x80, 0xFE, 0xFF};
  private static final int[] EDGE_WORDS = {0, 1, 2, -1, 0x7FFFFFFF, 0x80000000, 0xFFFF, 0x10000, 0x1000000, 255, 256};
  private static final int[] TAGS = {70, 77, 80, 82, 88, 89, 90, 97, 98, 99, 100, 101, 102, 103, 104, 105, 106,
      107, 108, 109, 110, 111, 113, 114, 115, 116, 117, 118, 119, 120, 121};

  private final Random random;

  Mutator(long seed) {
    this.random = new Random(seed);
  }

  /** {@code seed} with one to three mutations. */
  byte[] mutate(byte[] seed) {
    byte[] b = seed.clone();
    for (int n = 1 + random.nextInt(3); n > 0; n--) {
      b = mutateOnce(b);
    }
    return b;
  }

  private byte[] mutateOnce(byte[] b) {
    if (b.length == 0) {
      return new byte[] {(byte) random.nextInt(256)};
    }
    int at = random.nextInt(b.length);
    switch (random.nextInt(9)) {
      case 0:
        b[at] = (byte) random.nextInt(256);
        return b;
      case 1:
        b[at] = (byte) EDGE_BYTES[random.nextInt(EDGE_BYTES.length)];
        return b;
      case 2:
        b[at] = (byte) TAGS[random.nextInt(TAGS.length)];
        return b;
      case 3:
        b[at] += random.nextBoolean() ? 1 : -1;
        return b;
      case 4: {
        int word = EDGE_WORDS[random.nextInt(EDGE_WORDS.length)];
        for (int i = 0; i < 4 && at + i < b.length; i++) {
          b[at + i] = (byte) (word >>> (24 - 8 * i));
        }
        return b;
      }
      case 5:
        return Arrays.copyOf(b, at);
      case 6: {
        int n = Math.min(1 + random.nextInt(8), b.length - at);
        byte[] out = new byte[b.length - n];
        System.arraycopy(b, 0, out, 0, at);
        System.arraycopy(b, at + n, out, at, b.length - at - n);
        return out;
      }
      case 7: {
        byte[] insert = new byte[1 + random.nextInt(8)];
        random.nextBytes(insert);
        byte[] out = new byte[b.length + insert.length];
        System.arraycopy(b, 0, out, 0, at);
        System.arraycopy(insert, 0, out, at, insert.length);
        System.arraycopy(b, at, out, at + insert.length, b.length - at);
        return out;
      }
      default: {
        int n = Math.min(1 + random.nextInt(16), b.length - at);
        byte[] out = Arrays.copyOf(b, b.length + n);
        System.arraycopy(b, at, out, at + n, b.length - at);
        return out;
      }
    }
  }
}
