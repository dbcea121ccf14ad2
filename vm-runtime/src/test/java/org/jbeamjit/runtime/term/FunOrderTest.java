package org.jbeamjit.runtime.term;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.jbeamjit.runtime.etf.ExternalTermFormat;
import org.jbeamjit.testing.Erl;
import org.junit.jupiter.api.Test;

/**
 * Local funs whose identifying fields vary independently (index, old index, old uniq, uniq, arity,
 * free variables), ordered by erl and by {@link Terms}: OTP compares module, index, old uniq as a
 * wrapped difference and the free variables, and nothing else.
 */
class FunOrderTest {
  @Test
  void localFunsOrderAsInErl() {
    Random rnd = new Random(25);
    Pid pid = new Pid(Atoms.NONODE_NOHOST, 0, 0, 0);
    int[] interesting = {0, 1, 2, Integer.MAX_VALUE, Integer.MIN_VALUE, -1, 0x7FFFFFF};
    List<Object> funs = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      byte[] uniq = new byte[16];
      rnd.nextBytes(uniq);
      Object[] env = new Object[rnd.nextInt(3)];
      for (int j = 0; j < env.length; j++) {
        env[j] = (long) rnd.nextInt(3);
      }
      funs.add(new LocalFun(Atom.of(rnd.nextBoolean() ? "m" : "n"), rnd.nextInt(3), uniq, rnd.nextInt(3),
          interesting[rnd.nextInt(interesting.length)], rnd.nextInt(3), pid, env));
    }
    StringBuilder hex = new StringBuilder();
    for (Object f : funs) {
      hex.append(HexFormat.of().formatHex(ExternalTermFormat.encode(f))).append(' ');
    }
    String erl = Erl.eval(
        "Fs = [binary_to_term(binary:decode_hex(list_to_binary(H))) || H <- string:lexemes(\"" + hex + "\", \" \")],"
            + " [io:format(\"~w~n\", [[if A < B -> -1; A == B -> 0; true -> 1 end || B <- Fs]]) || A <- Fs]");
    String[] rows = erl.trim().split("\n");
    assertEquals(funs.size(), rows.length);
    for (int i = 0; i < funs.size(); i++) {
      StringBuilder ours = new StringBuilder("[");
      for (int j = 0; j < funs.size(); j++) {
        ours.append(j > 0 ? "," : "").append(Integer.signum(Terms.compare(funs.get(i), funs.get(j))));
      }
      assertEquals(rows[i].trim(), ours.append("]").toString(), "row " + i + ": " + TermPrinter.write(funs.get(i)));
    }
  }
}
