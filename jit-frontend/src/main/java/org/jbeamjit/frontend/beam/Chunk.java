package org.jbeamjit.frontend.beam;

import java.util.Arrays;

/** One chunk of a {@code .beam} file: its four-character id and where its data lies in the file. */
public final class Chunk {
  private final String fileName;
  private final String id;
  private final byte[] file;
  private final int dataStart;
  private final int size;

  Chunk(String fileName, String id, byte[] file, int dataStart, int size) {
    this.fileName = fileName;
    this.id = id;
    this.file = file;
    this.dataStart = dataStart;
    this.size = size;
  }

  public String id() {
    return id;
  }

  /** Where the chunk's data (after the id and size) starts in the file. */
  public int dataStart() {
    return dataStart;
  }

  /** The size of the data, without padding. */
  public int size() {
    return size;
  }

  /** A cursor over the data. */
  public ChunkReader reader() {
    return ChunkReader.ofFile(fileName, id, file, dataStart, dataStart + size);
  }

  /** A copy of the data. */
  public byte[] data() {
    return Arrays.copyOfRange(file, dataStart, dataStart + size);
  }

  @Override
  public String toString() {
    return id + "@" + dataStart + "+" + size;
  }
}
