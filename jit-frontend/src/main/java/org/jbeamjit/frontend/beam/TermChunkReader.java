package org.jbeamjit.frontend.beam;

/**
 * A chunk that is one term in the external term format: {@code Attr} (the module's attributes),
 * {@code CInf} (compile information) and {@code Meta}.
 */
public final class TermChunkReader {
  private TermChunkReader() {}

  public static Object read(Chunk chunk) {
    ChunkReader in = chunk.reader();
    int at = in.position();
    return TermDecoding.decode(in, at, in.rest(), "the " + chunk.id() + " chunk");
  }
}
