package org.jbeamjit.frontend.beam;

import java.util.ArrayList;
import java.util.List;
import org.jbeamjit.frontend.ir.Export;
import org.jbeamjit.runtime.term.Atom;

/**
 * The export table (ExpT) or the local function table (LocT), which share a layout: a count, then
 * function (atom index), arity and entry label per entry.
 */
public final class ExportChunkReader {
  private ExportChunkReader() {}

  public static List<Export> read(Chunk chunk, List<Atom> atoms) {
    ChunkReader in = chunk.reader();
    int n = in.count("function", 12);
    List<Export> exports = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      Atom function = TableFields.atom(in, atoms);
      int arity = TableFields.arity(in);
      int label = in.u32AsInt("label");
      exports.add(new Export(function, arity, label));
    }
    return exports;
  }
}
