package org.jbeamjit.runtime.nif;

import java.util.ArrayDeque;

/**
 * A queue of bytes written in blocks and read from the front (OTP's {@code ErlNifIOQueue}): the
 * blocks are kept as written, so a read that takes a block whole does not copy it.
 */
final class ByteQueue {
  private final ArrayDeque<byte[]> blocks = new ArrayDeque<>();
  /** How much of the first block has been read. */
  private int headOffset;
  private long size;

  long size() {
    return size;
  }

  void write(byte[] block) {
    if (block.length > 0) {
      blocks.addLast(block);
      size += block.length;
    }
  }

  /** The unread part of the first block; empty if the queue is. */
  byte[] head() {
    byte[] first = blocks.peekFirst();
    if (first == null) {
      return new byte[0];
    }
    return headOffset == 0 ? first : java.util.Arrays.copyOfRange(first, headOffset, first.length);
  }

  /** Takes the first {@code n} bytes ({@code n <= size()}). */
  byte[] read(int n) {
    byte[] out = new byte[n];
    int done = 0;
    while (done < n) {
      byte[] first = blocks.peekFirst();
      int take = Math.min(n - done, first.length - headOffset);
      System.arraycopy(first, headOffset, out, done, take);
      done += take;
      drop(take);
    }
    return out;
  }

  /** Drops the first {@code n} bytes ({@code n <= size()}). */
  void skip(long n) {
    long left = n;
    while (left > 0) {
      byte[] first = blocks.peekFirst();
      int take = (int) Math.min(left, first.length - headOffset);
      drop(take);
      left -= take;
    }
  }

  /** The index of the first byte equal to {@code b}, or -1. */
  long indexOf(byte b) {
    long base = 0;
    int from = headOffset;
    for (byte[] block : blocks) {
      for (int i = from; i < block.length; i++) {
        if (block[i] == b) {
          return base + i - from;
        }
      }
      base += block.length - from;
      from = 0;
    }
    return -1;
  }


  private void drop(int n) {
    headOffset += n;
    size -= n;
    if (headOffset == blocks.peekFirst().length) {
      blocks.removeFirst();
      headOffset = 0;
    }
  }
}
