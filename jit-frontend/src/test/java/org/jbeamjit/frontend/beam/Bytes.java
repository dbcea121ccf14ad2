package org.jbeamjit.frontend.beam;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** Builds test chunks byte by byte, big-endian as the BEAM format is. */
final class Bytes {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();

  static Bytes of(int... bytes) {
    return new Bytes().u8(bytes);
  }

  Bytes u8(int... bytes) {
    for (int b : bytes) {
      out.write(b);
    }
    return this;
  }

  Bytes u16(int v) {
    return u8(v >>> 8, v);
  }

  Bytes u32(long v) {
    return u8((int) (v >>> 24), (int) (v >>> 16), (int) (v >>> 8), (int) v);
  }

  Bytes s64(long v) {
    return u32(v >>> 32).u32(v);
  }

  Bytes bytes(byte[] b) {
    out.write(b, 0, b.length);
    return this;
  }

  Bytes ascii(String s) {
    return bytes(s.getBytes(StandardCharsets.ISO_8859_1));
  }

  /** A length byte, then the name in UTF-8. */
  Bytes name(String s) {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    return u8(b.length).bytes(b);
  }

  byte[] build() {
    return out.toByteArray();
  }

  /** The bytes as a chunk of a file called {@code test.beam}, starting at offset 0. */
  Chunk chunk(String id) {
    byte[] data = build();
    return new Chunk("test.beam", id, data, 0, data.length);
  }

  ChunkReader reader() {
    byte[] data = build();
    return ChunkReader.ofFile("test.beam", "Code", data, 0, data.length);
  }
}
