package org.jbeamjit.frontend.beam;

import java.util.List;
import org.jbeamjit.runtime.term.Atom;

/** Fields shared by the function tables: 32-bit atom indices (counting from 1) and arities. */
final class TableFields {
  /** OTP's limit on the number of arguments of a function. */
  static final int MAX_ARITY = 255;

  private TableFields() {}

  static Atom atom(ChunkReader in, List<Atom> atoms) {
    int at = in.position();
    long index = in.u32();
    if (index < 1 || index > atoms.size()) {
      throw in.errorAt(at, "atom index " + index + " is out of range (the table has " + atoms.size() + " atoms)");
    }
    return atoms.get((int) index - 1);
  }

  static int arity(ChunkReader in) {
    int at = in.position();
    long arity = in.u32();
    if (arity > MAX_ARITY) {
      throw in.errorAt(at, "arity " + arity + " is larger than " + MAX_ARITY);
    }
    return (int) arity;
  }
}
