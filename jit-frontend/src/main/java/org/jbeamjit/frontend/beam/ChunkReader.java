package org.jbeamjit.frontend.beam;

import org.jbeamjit.frontend.BeamFormatException;

/**
 * A cursor over the bytes of one chunk (or of the uncompressed literal table), reading big-endian
 * numbers. Every read is bounds-checked, and every error names the file, the chunk and the byte
 * offset in the file.
 */
public final class ChunkReader {
  private final String fileName;
  private final String chunkId;
  private final byte[] data;
  private final int start;
  private final int end;
  private final long fileOffsetOfStart;
  private final boolean inflated;
  private int pos;

  private ChunkReader(String fileName, String chunkId, byte[] data, int start, int end, long fileOffsetOfStart,
      boolean inflated) {
    this.fileName = fileName;
    this.chunkId = chunkId;
    this.data = data;
    this.start = start;
    this.end = end;
    this.fileOffsetOfStart = fileOffsetOfStart;
    this.inflated = inflated;
    this.pos = start;
  }

  /** A reader over {@code data[start, end)}, which lies at {@code start} in the file. */
  static ChunkReader ofFile(String fileName, String chunkId, byte[] data, int start, int end) {
    return new ChunkReader(fileName, chunkId, data, start, end, 0, false);
  }

  /**
   * A reader over bytes that are not in the file as such (the inflated literal table): errors
   * give the offset within these bytes and say so.
   */
  static ChunkReader ofInflated(String fileName, String chunkId, byte[] data) {
    return new ChunkReader(fileName, chunkId, data, 0, data.length, 0, true);
  }

  public String fileName() {
    return fileName;
  }

  public String chunkId() {
    return chunkId;
  }

  /** The offset of the next byte: in the file, or in the inflated bytes for an inflated reader. */
  public int position() {
    return pos;
  }

  public int remaining() {
    return end - pos;
  }

  public boolean atEnd() {
    return pos >= end;
  }

  /** The next byte, without consuming it. */
  public int peekU8() {
    need(1, "a byte");
    return data[pos] & 0xFF;
  }

  public int u8() {
    need(1, "a byte");
    return data[pos++] & 0xFF;
  }

  public int u16() {
    need(2, "a 16-bit number");
    int v = (data[pos] & 0xFF) << 8 | (data[pos + 1] & 0xFF);
    pos += 2;
    return v;
  }

  /** An unsigned 32-bit number. */
  public long u32() {
    need(4, "a 32-bit number");
    long v = 0;
    for (int i = 0; i < 4; i++) {
      v = v << 8 | (data[pos + i] & 0xFF);
    }
    pos += 4;
    return v;
  }

  /** An unsigned 32-bit number that must fit an {@code int}. */
  public int u32AsInt(String what) {
    int at = pos;
    long v = u32();
    if (v > Integer.MAX_VALUE) {
      throw errorAt(at, what + " " + v + " is too large");
    }
    return (int) v;
  }

  /**
   * A 32-bit count of table entries, each at least {@code minEntryBytes} long: a count the rest
   * of the chunk cannot hold is an error here rather than a huge allocation later.
   */
  public int count(String what, int minEntryBytes) {
    int at = pos;
    long n = u32();
    if (n * minEntryBytes > remaining()) {
      throw errorAt(at, what + " count " + n + " does not fit in the " + remaining() + " bytes left");
    }
    return (int) n;
  }

  public long s64() {
    need(8, "a 64-bit number");
    long v = 0;
    for (int i = 0; i < 8; i++) {
      v = v << 8 | (data[pos + i] & 0xFF);
    }
    pos += 8;
    return v;
  }

  /** The next {@code n} bytes, copied. */
  public byte[] bytes(int n) {
    need(n, n + " bytes");
    byte[] out = new byte[n];
    System.arraycopy(data, pos, out, 0, n);
    pos += n;
    return out;
  }

  /** All bytes left, copied. */
  public byte[] rest() {
    return bytes(remaining());
  }

  public void skip(int n) {
    need(n, n + " bytes");
    pos += n;
  }

  private void need(int n, String what) {
    if (n < 0 || n > end - pos) {
      throw error("truncated: expected " + what + " but only " + (end - pos) + " bytes are left");
    }
  }

  /** An error at the current position. */
  public BeamFormatException error(String problem) {
    return errorAt(pos, problem);
  }

  /** An error at {@code position} (as {@link #position()} gives it). */
  public BeamFormatException errorAt(int position, String problem) {
    return errorAt(position, problem, null);
  }

  public BeamFormatException errorAt(int position, String problem, Throwable cause) {
    String where = inflated ? problem + " (offset in the uncompressed literal table)" : problem;
    return new BeamFormatException(fileName, chunkId, fileOffsetOfStart + position, where, cause);
  }
}
