package org.jbeamjit.runtime.re;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jbeamjit.runtime.error.ErlangException;
import org.jbeamjit.runtime.etf.ExternalTermFormat;
import org.jbeamjit.runtime.term.Atom;
import org.jbeamjit.runtime.term.BitString;
import org.jbeamjit.runtime.term.Cons;
import org.jbeamjit.runtime.term.Nil;
import org.jbeamjit.runtime.term.Terms;
import org.jbeamjit.runtime.term.Tuple;
import org.jbeamjit.testing.Erl;
import org.junit.jupiter.api.Test;

/**
 * The re BIFs against erl: {@code cases.terms} lists grids of subjects, patterns and options
 * (plus single cases); {@code re_oracle.escript} evaluates every combination on erl, and each
 * outcome must be the same here, by {@link ReBifs} called directly.
 */
class ReOracleTest {
  private static final Atom OK = Atom.of("ok");
  private static final Atom RUN = Atom.of("run");

  @Test
  void everyCaseAgreesWithErl() throws IOException, URISyntaxException {
    Path script = resource("re_oracle.escript");
    Path out = Files.createTempFile("re-oracle", ".bin");
    List<String> bad = new ArrayList<>();
    int n = 0;
    try {
      Erl.escript(script, resource("cases.terms").toString(), out.toString());
      for (Object l = ExternalTermFormat.decode(Files.readAllBytes(out)); l != Nil.NIL; l = ((Cons) l).tail) {
        Tuple pair = (Tuple) ((Cons) l).head;
        Tuple call = (Tuple) pair.get(0);
        Object expected = pair.get(1);
        Object actual = outcome(call);
        n++;
        if (!Terms.exactEquals(actual, expected)) {
          bad.add(call + "\n    erl:      " + expected + "\n    jbeamjit: " + actual);
        }
      }
    } finally {
      Files.deleteIfExists(out);
    }
    assertTrue(n > 5000, "only " + n + " cases");
    assertEquals(List.of(), bad, bad.size() + " of " + n + " cases differ from erl:\n" + String.join("\n", bad));
  }

  private static Object outcome(Tuple call) {
    try {
      if (call.get(0) == RUN) {
        return new Tuple(OK, ReBifs.run(call.get(1), call.get(2), call.get(3)));
      }
      return new Tuple(OK, shape(ReBifs.compile(call.get(1), call.get(2))));
    } catch (ErlangException e) {
      return new Tuple(e.kind(), e.reason());
    }
  }

  /** A compiled pattern without its binary, which is PCRE bytecode on erl. */
  private static Object shape(Object compiled) {
    if (compiled instanceof Tuple t && t.get(0) == OK && t.get(1) instanceof Tuple p
        && p.arity() == 5 && p.get(4) instanceof BitString) {
      return new Tuple(OK, new Tuple(p.get(0), p.get(1), p.get(2), p.get(3)));
    }
    return compiled;
  }

  private static Path resource(String name) throws URISyntaxException {
    return Path.of(ReOracleTest.class.getResource(name).toURI());
  }
}
