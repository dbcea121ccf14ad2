package org.jbeamjit.frontend.beam;

import java.util.ArrayList;
import java.util.List;
import org.jbeamjit.frontend.ir.FunEntry;
import org.jbeamjit.runtime.term.Atom;

/**
 * The fun table (FunT): a count, then per fun the function (atom index), its arity, entry label,
 * index, number of free variables and old unique value, all 32-bit.
 */
public final class FunChunkReader {
  private FunChunkReader() {}

  public static List<FunEntry> read(Chunk chunk, List<Atom> atoms) {
    ChunkReader in = chunk.reader();
    int n = in.count("fun", 24);
    List<FunEntry> funs = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      Atom function = TableFields.atom(in, atoms);
      int arity = TableFields.arity(in);
      int label = in.u32AsInt("label");
      int index = in.u32AsInt("fun index");
      int freeAt = in.position();
      int free = in.u32AsInt("free variable count");
      if (free > arity) {
        throw in.errorAt(freeAt, "fun has " + free + " free variables but arity " + arity);
      }
      int oldUniq = (int) in.u32();
      funs.add(new FunEntry(function, arity, label, index, free, oldUniq));
    }
    return funs;
  }
}
