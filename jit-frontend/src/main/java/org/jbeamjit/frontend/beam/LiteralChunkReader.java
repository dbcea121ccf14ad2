package org.jbeamjit.frontend.beam;

import java.util.ArrayList;
import java.util.List;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * The literal table (LitT): the uncompressed size, then the zlib-compressed table. A size of 0
 * means the table follows uncompressed (the form newer compilers may write). The table itself is
 * a count, then per literal a 32-bit length and the term in the external term format.
 */
public final class LiteralChunkReader {
  /** zlib cannot shrink data by more than about 1032:1; a larger claimed size is a corrupt header. */
  private static final long MAX_DEFLATE_RATIO = 1032;

  private LiteralChunkReader() {}

  public static List<Object> read(Chunk chunk, String fileName) {
    ChunkReader header = chunk.reader();
    int sizeAt = header.position();
    long uncompressedSize = header.u32();
    ChunkReader table;
    if (uncompressedSize == 0) {
      table = header;
    } else {
      int compressedAt = header.position();
      byte[] compressed = header.rest();
      if (uncompressedSize > compressed.length * MAX_DEFLATE_RATIO + 64 || uncompressedSize > Integer.MAX_VALUE - 8) {
        throw header.errorAt(sizeAt, "uncompressed size " + uncompressedSize + " is impossible for "
            + compressed.length + " compressed bytes");
      }
      byte[] plain = inflate(header, compressedAt, compressed, (int) uncompressedSize);
      table = ChunkReader.ofInflated(fileName, chunk.id(), plain);
    }
    int n = table.count("literal", 4);
    List<Object> literals = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      int at = table.position();
      int size = table.u32AsInt("literal size");
      byte[] ext = table.bytes(size);
      literals.add(TermDecoding.decode(table, at, ext, "literal " + i));
    }
    return literals;
  }

  private static byte[] inflate(ChunkReader in, int at, byte[] compressed, int size) {
    Inflater inflater = new Inflater();
    try {
      inflater.setInput(compressed);
      byte[] out = new byte[size];
      int filled = 0;
      while (filled < size) {
        int n = inflater.inflate(out, filled, size - filled);
        if (n == 0 && (inflater.finished() || inflater.needsInput() || inflater.needsDictionary())) {
          break;
        }
        filled += n;
      }
      if (filled < size) {
        throw in.errorAt(at, "compressed literal table inflates to " + filled + " bytes, not " + size);
      }
      if (!inflater.finished() && inflater.inflate(new byte[1]) > 0) {
        throw in.errorAt(at, "compressed literal table inflates to more than " + size + " bytes");
      }
      return out;
    } catch (DataFormatException e) {
      throw in.errorAt(at, "compressed literal table does not inflate: " + e.getMessage(), e);
    } finally {
      inflater.end();
    }
  }
}
