package org.jbeamjit.frontend.ir;

import java.util.Objects;
import org.jbeamjit.runtime.term.Atom;

/**
 * An entry of the fun table (FunT): the local function that implements a fun, its arity
 * (counting the free variables), entry label, index, number of free variables and the old unique
 * value that {@code make_fun2} and fun identity use.
 */
public record FunEntry(Atom function, int arity, int label, int index, int freeCount, int oldUniq) {
  public FunEntry {
    Objects.requireNonNull(function);
  }

  /** {@link #oldUniq()} as the unsigned 32-bit value OTP shows. */
  public long oldUniqUnsigned() {
    return Integer.toUnsignedLong(oldUniq);
  }
}
