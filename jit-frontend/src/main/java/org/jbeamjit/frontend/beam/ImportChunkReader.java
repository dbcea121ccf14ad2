package org.jbeamjit.frontend.beam;

import java.util.ArrayList;
import java.util.List;
import org.jbeamjit.frontend.ir.Import;
import org.jbeamjit.runtime.term.Atom;

/** The import table (ImpT): a count, then module, function (atom indices) and arity per entry. */
public final class ImportChunkReader {
  private ImportChunkReader() {}

  public static List<Import> read(Chunk chunk, List<Atom> atoms) {
    ChunkReader in = chunk.reader();
    int n = in.count("import", 12);
    List<Import> imports = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      Atom module = TableFields.atom(in, atoms);
      Atom function = TableFields.atom(in, atoms);
      int arity = TableFields.arity(in);
      imports.add(new Import(module, function, arity));
    }
    return imports;
  }
}
