package org.jbeamjit.frontend.ir;

import java.util.Objects;
import org.jbeamjit.runtime.term.BitString;

/**
 * Bytes of the string table: an offset and the bytes it names (for {@code bs_match_string}, the
 * bytes holding the bits to match).
 */
public record StringRef(int offset, BitString bytes) implements Operand {
  public StringRef {
    Objects.requireNonNull(bytes);
  }
}
