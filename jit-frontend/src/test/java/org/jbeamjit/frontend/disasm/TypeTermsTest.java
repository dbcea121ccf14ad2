package org.jbeamjit.frontend.disasm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import org.jbeamjit.frontend.ir.BeamType;
import org.jbeamjit.frontend.ir.TypeKind;
import org.jbeamjit.runtime.etf.ExternalTermFormat;
import org.jbeamjit.runtime.term.Cons;
import org.jbeamjit.runtime.term.TermPrinter;
import org.jbeamjit.runtime.term.Terms;
import org.jbeamjit.testing.Erl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every OTP 25 type-set, with and without bounds, shown as {@code beam_types:decode_ext/1} does. */
class TypeTermsTest {
  private static final long[][] BOUNDS = {{0, -1}, {0, 255}, {-5, 10}, {Long.MIN_VALUE, Long.MAX_VALUE}, {7, 7}};

  @Test
  void everyKindSetAndSomeBoundsMatchBeamTypes(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("types.etf");
    StringBuilder bounds = new StringBuilder("[");
    for (long[] b : BOUNDS) {
      bounds.append(bounds.length() > 1 ? "," : "").append("{").append(b[0]).append(",").append(b[1]).append("}");
    }
    bounds.append("]");
    Erl.eval("file:write_file(\"" + out + "\", term_to_binary([beam_types:decode_ext(<<B:16, Min:64, Max:64>>)"
        + " || {Min, Max} <- " + bounds + ", B <- lists:seq(0, 8191)]))");
    Object expected = ExternalTermFormat.decode(Files.readAllBytes(out));

    List<Object> actual = new ArrayList<>();
    for (long[] b : BOUNDS) {
      for (int bits = 0; bits < 8192; bits++) {
        BeamType t = b[0] <= b[1] ? BeamType.of(kinds(bits), OptionalLong.of(b[0]), OptionalLong.of(b[1]), 1)
            : BeamType.of(kinds(bits));
        actual.add(TypeTerms.otp25(t));
      }
    }
    List<Object> want = new ArrayList<>();
    for (Object l = expected; l instanceof Cons c; l = c.tail) {
      want.add(c.head);
    }
    assertEquals(want.size(), actual.size());
    for (int i = 0; i < want.size(); i++) {
      int index = i;
      assertTrue(Terms.exactEquals(want.get(i), actual.get(i)), () -> "entry " + index + ": ours "
          + TermPrinter.write(actual.get(index)) + ", beam_types " + TermPrinter.write(want.get(index)));
    }
  }

  /** The kinds of an OTP 25 type-bit set: bit i is the i-th {@link TypeKind}. */
  private static Set<TypeKind> kinds(int bits) {
    Set<TypeKind> kinds = EnumSet.noneOf(TypeKind.class);
    for (TypeKind k : TypeKind.values()) {
      if ((bits & (1 << k.ordinal())) != 0) {
        kinds.add(k);
      }
    }
    return kinds;
  }
}
