package org.jbeamjit.runtime.bif;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jbeamjit.runtime.error.ErlangException;
import org.jbeamjit.runtime.term.Atom;
import org.jbeamjit.runtime.term.BitString;
import org.jbeamjit.runtime.term.Cons;
import org.jbeamjit.runtime.term.Nil;
import org.junit.jupiter.api.Test;

/** {@code erlang:display_string/1} and {@code display_nl/0} write to standard error the bytes erl writes. */
class DisplayStringTest {
  /** The strings, as Erlang source and as terms, in the same order. */
  private static final String ERLANG = "[\"ab\\n\", [256, $\\n], \"a\\r\\nb\\rc\", [], [16#10FFFF, 0, $a, $\\n]]";

  private static final List<Object> STRINGS = List.of(Cons.string("ab\n"), Cons.list(256L, (long) '\n'),
      Cons.string("a\r\nb\rc"), Nil.NIL, Cons.list(0x10FFFFL, 0L, (long) 'a', (long) '\n'));

  @Test
  void writesWhatErlWrites() throws Exception {
    byte[] erl = erlStderr("[erlang:display_string(S) || S <- " + ERLANG + "], erlang:display_nl(), halt().");
    ByteArrayOutputStream ours = new ByteArrayOutputStream();
    PrintStream original = System.err;
    System.setErr(new PrintStream(ours, true));
    try {
      for (Object s : STRINGS) {
        DisplayBifs.displayString(s);
      }
      DisplayBifs.displayNl();
    } finally {
      System.setErr(original);
    }
    assertArrayEquals(erl, ours.toByteArray(), () -> "erl: " + new String(erl) + "\nours: " + ours);
  }

  @Test
  void onlyFlatListsOfCharactersAreStrings() {
    for (Object bad : List.of(BitString.wrap(new byte[] {'a'}), Atom.of("a"), Cons.list(Cons.string("a")),
        new Cons(1L, 2L), Cons.list(-1L), Cons.list(0x110000L), Cons.list(0xD800L))) {
      assertThrows(ErlangException.class, () -> DisplayBifs.displayString(bad), bad::toString);
    }
  }

  private static byte[] erlStderr(String expr) throws IOException, InterruptedException {
    Process p = new ProcessBuilder("erl", "-noshell", "-eval", expr).redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .start();
    p.getOutputStream().close();
    byte[] err = p.getErrorStream().readAllBytes();
    if (!p.waitFor(60, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new IllegalStateException("erl timed out");
    }
    return err;
  }
}
