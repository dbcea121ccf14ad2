package org.jbeamjit.frontend.beam;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jbeamjit.frontend.ir.LineTable;
import org.jbeamjit.frontend.ir.Location;
import org.jbeamjit.runtime.term.Atom;

/**
 * The line table (Line): version (0), flags, the number of line instructions, the number of
 * locations, the number of file names; then the locations as compact terms, where an atom-tagged
 * term switches to another file and an integer-tagged term is a line in the current file; then
 * the file names, each a 16-bit length and UTF-8 bytes. Location {@code i} (from 1) is what line
 * index {@code i} means. File 0 is not stored: it is the module's own source, {@code Module.erl}.
 */
public final class LineChunkReader {
  private LineChunkReader() {}

  public static LineTable read(Chunk chunk, Atom module) {
    ChunkReader in = chunk.reader();
    int versionAt = in.position();
    long version = in.u32();
    if (version != 0) {
      throw in.errorAt(versionAt, "unsupported line table version " + version);
    }
    in.u32(); // flags: none are defined
    in.u32(); // the number of line instructions, which the code itself tells
    int locationCount = in.count("location", 1);
    int fileCount = in.count("file name", 2);
    CompactTermReader terms = new CompactTermReader(in);
    int[] fileOf = new int[locationCount];
    int[] lineOf = new int[locationCount];
    int file = 0;
    for (int n = 0; n < locationCount; ) {
      int at = in.position();
      int tag = terms.peekTag();
      if (tag == CompactTermReader.TAG_A) {
        long f = terms.readNumber(tag, "file index");
        if (f > fileCount) {
          throw in.errorAt(at, "file index " + f + " is out of range (there are " + fileCount + " file names)");
        }
        file = (int) f;
      } else if (tag == CompactTermReader.TAG_I) {
        long line = terms.readNumber(tag, "line number");
        if (line > Integer.MAX_VALUE) {
          throw in.errorAt(at, "line number " + line + " is too large");
        }
        fileOf[n] = file;
        lineOf[n] = (int) line;
        n++;
      } else {
        throw in.errorAt(at, "a location must be tagged a or i, not " + CompactTermReader.tagName(tag));
      }
    }
    List<String> files = new ArrayList<>(fileCount + 1);
    files.add(module.name() + ".erl");
    for (int i = 0; i < fileCount; i++) {
      int at = in.position();
      byte[] name = in.bytes(in.u16());
      try {
        files.add(StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT)
            .decode(ByteBuffer.wrap(name))
            .toString());
      } catch (CharacterCodingException e) {
        throw in.errorAt(at, "file name is not valid UTF-8");
      }
    }
    List<Location> locations = new ArrayList<>(locationCount + 1);
    locations.add(Location.NONE);
    for (int i = 0; i < locationCount; i++) {
      locations.add(new Location(files.get(fileOf[i]), lineOf[i]));
    }
    return new LineTable(files, locations);
  }
}
