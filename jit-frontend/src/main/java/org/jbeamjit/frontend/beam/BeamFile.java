package org.jbeamjit.frontend.beam;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.jbeamjit.frontend.BeamFormatException;

/**
 * The IFF container of a {@code .beam} file: {@code "FOR1"}, the form size, {@code "BEAM"}, then
 * chunks of a four-character id, a 32-bit size and the data, each padded to a multiple of four
 * bytes. A gzip-compressed file (as {@code compressed} beams are) is inflated first.
 */
public final class BeamFile {
  /** Chunks this loader reads: each may appear at most once. */
  private static final Set<String> KNOWN = Set.of("AtU8", "Atom", "Code", "StrT", "ImpT", "ExpT", "LocT", "FunT",
      "LitT", "Line", "Attr", "CInf", "Type", "Meta");

  /** A compressed beam may not inflate to more than this: no real module comes near it. */
  static final int MAX_INFLATED_SIZE = 256 << 20;

  private final String fileName;
  private final List<Chunk> chunks;

  private BeamFile(String fileName, List<Chunk> chunks) {
    this.fileName = fileName;
    this.chunks = List.copyOf(chunks);
  }

  /** Splits {@code bytes} into chunks; the array must not be changed afterwards. */
  public static BeamFile parse(byte[] bytes, String fileName) {
    if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0x1F && (bytes[1] & 0xFF) == 0x8B) {
      bytes = gunzip(bytes, fileName);
    }
    if (bytes.length < 12) {
      throw new BeamFormatException(fileName, null, 0, "not a BEAM file: only " + bytes.length + " bytes");
    }
    if (!"FOR1".equals(id(bytes, 0))) {
      throw new BeamFormatException(fileName, null, 0, "not a BEAM file: no FOR1 header");
    }
    long formSize = u32(bytes, 4);
    if (formSize < 4 || formSize > bytes.length - 8L) {
      throw new BeamFormatException(fileName, null, 4,
          "form size " + formSize + " does not match the file size " + bytes.length);
    }
    if (!"BEAM".equals(id(bytes, 8))) {
      throw new BeamFormatException(fileName, null, 8, "not a BEAM file: form type is not BEAM");
    }
    int end = (int) (8 + formSize);
    List<Chunk> chunks = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    int pos = 12;
    while (pos < end) {
      if (end - pos < 8) {
        throw new BeamFormatException(fileName, null, pos, "truncated chunk header");
      }
      String id = id(bytes, pos);
      long size = u32(bytes, pos + 4);
      if (size > end - pos - 8) {
        throw new BeamFormatException(fileName, id, pos + 4,
            "chunk size " + size + " exceeds the " + (end - pos - 8) + " bytes left in the file");
      }
      if (KNOWN.contains(id) && !seen.add(id)) {
        throw new BeamFormatException(fileName, id, pos, "duplicate chunk");
      }
      chunks.add(new Chunk(fileName, id, bytes, pos + 8, (int) size));
      // The last chunk's padding may be missing: no reason to reject an otherwise whole file.
      pos = (int) Math.min(end, pos + 8 + ((size + 3) & ~3L));
    }
    return new BeamFile(fileName, chunks);
  }

  private static long u32(byte[] bytes, int at) {
    return (bytes[at] & 0xFFL) << 24 | (bytes[at + 1] & 0xFF) << 16 | (bytes[at + 2] & 0xFF) << 8
        | (bytes[at + 3] & 0xFF);
  }

  private static String id(byte[] bytes, int at) {
    return new String(bytes, at, 4, StandardCharsets.ISO_8859_1);
  }

  private static byte[] gunzip(byte[] compressed, String fileName) {
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(compressed))) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buf = new byte[65536];
      for (int n; (n = in.read(buf)) > 0; ) {
        if (out.size() + n > MAX_INFLATED_SIZE) {
          throw new BeamFormatException(fileName, null, 0, "gzip-compressed file inflates to more than "
              + MAX_INFLATED_SIZE + " bytes");
        }
        out.write(buf, 0, n);
      }
      return out.toByteArray();
    } catch (IOException | RuntimeException e) {
      if (e instanceof BeamFormatException bfe) {
        throw bfe;
      }
      throw new BeamFormatException(fileName, null, 0, "gzip-compressed file does not inflate: " + e.getMessage(), e);
    }
  }

  public String fileName() {
    return fileName;
  }

  /** The chunks in file order. */
  public List<Chunk> chunks() {
    return chunks;
  }

  /** The first chunk with this id. */
  public Optional<Chunk> chunk(String id) {
    for (Chunk c : chunks) {
      if (c.id().equals(id)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  /** The chunk with this id, which the file must have. */
  public Chunk require(String id) {
    return chunk(id).orElseThrow(() -> new BeamFormatException(fileName, id, -1, "missing mandatory chunk"));
  }
}
