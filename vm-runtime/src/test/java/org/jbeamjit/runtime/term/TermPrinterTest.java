package org.jbeamjit.runtime.term;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.jbeamjit.testing.Erl;
import org.junit.jupiter.api.Test;

/** TermPrinter against erl's ~w over a generated corpus and a list of awkward atoms. */
class TermPrinterTest {
  private static final int CORPUS = 1500;

  @Test
  void writesTheCorpusAsErlDoes() {
    List<String> lines = TermOracle.run("print", "777", Integer.toString(CORPUS));
    assertEquals(CORPUS, lines.size());
    List<String> failures = new ArrayList<>();
    int compared = 0;
    for (String line : lines) {
      int tab = line.indexOf('\t');
      Object term = ErlText.parse(line.substring(0, tab));
      if (!largeMapOrderIsOtps(term)) {
        continue;
      }
      compared++;
      String want = line.substring(tab + 1);
      String got = TermPrinter.write(term);
      if (!got.equals(want) && failures.size() < 10) {
        failures.add(want + "\n  but got\n" + got);
      }
    }
    assertTrue(failures.isEmpty(), String.join("\n", failures));
    assertTrue(compared > CORPUS / 2, "only " + compared + " terms compared");
  }

  /**
   * Whether every map of more than 32 keys in the term iterates in OTP's order: not when a key
   * holds an atom, pid, port, ref or fun, which OTP hashes by its place in OTP's own tables.
   */
  private static boolean largeMapOrderIsOtps(Object t) {
    if (t instanceof Cons) {
      for (; t instanceof Cons; t = ((Cons) t).tail) {
        if (!largeMapOrderIsOtps(((Cons) t).head)) {
          return false;
        }
      }
      return largeMapOrderIsOtps(t);
    } else if (t instanceof Tuple) {
      for (Object e : ((Tuple) t).elems) {
        if (!largeMapOrderIsOtps(e)) {
          return false;
        }
      }
    } else if (t instanceof LocalFun) {
      for (int i = 0; i < ((LocalFun) t).envSize(); i++) {
        if (!largeMapOrderIsOtps(((LocalFun) t).env(i))) {
          return false;
        }
      }
    } else if (t instanceof ErlMap) {
      ErlMap m = (ErlMap) t;
      for (java.util.Map.Entry<Object, Object> e : m.entries()) {
        if (m.size() > ErlMap.FLAT_LIMIT && !hashedByValue(e.getKey())) {
          return false;
        }
        if (!largeMapOrderIsOtps(e.getKey()) || !largeMapOrderIsOtps(e.getValue())) {
          return false;
        }
      }
    }
    return true;
  }

  private static boolean hashedByValue(Object t) {
    if (t instanceof Atom || t instanceof Pid || t instanceof Port || t instanceof Ref || t instanceof Fun) {
      return false;
    } else if (t instanceof Cons) {
      for (; t instanceof Cons; t = ((Cons) t).tail) {
        if (!hashedByValue(((Cons) t).head)) {
          return false;
        }
      }
      return hashedByValue(t);
    } else if (t instanceof Tuple) {
      for (Object e : ((Tuple) t).elems) {
        if (!hashedByValue(e)) {
          return false;
        }
      }
    } else if (t instanceof ErlMap) {
      for (java.util.Map.Entry<Object, Object> e : ((ErlMap) t).entries()) {
        if (!hashedByValue(e.getKey()) || !hashedByValue(e.getValue())) {
          return false;
        }
      }
    }
    return true;
  }

  @Test
  void quotesAtomsAsErlDoes() {
    List<String> names = new ArrayList<>(List.of("", "a", "A", "_", "aB9_@", "a b", "[]", "{}", "and", "if", "maybe",
        "else", "cond", "xor", "nil", "a.b", "a-b", "1a", "ß", "ÿ", "÷", "a÷", "aÀ", "a×", "À", "é", "\u00a0", "a\u00a0",
        "\u007f", "\u0080", "\u009f", "'", "\\", "\"", "\n\r\t\u000b\b\f\u001b", "\u0000\u0001\u001f", "\u0100",
        "a\u03a9", "\uD83D\uDE00", "ok", "true", "a@b"));
    StringBuilder expr = new StringBuilder("[io:format(\"~s~n\", [io_lib:format(\"~w\", [list_to_atom(L)])]) || L <- [");
    for (int i = 0; i < names.size(); i++) {
      expr.append(i == 0 ? "" : ",").append('[');
      int[] cps = names.get(i).codePoints().toArray();
      for (int j = 0; j < cps.length; j++) {
        expr.append(j == 0 ? "" : ",").append(cps[j]);
      }
      expr.append(']');
    }
    expr.append("]]");
    List<String> lines = new String(Erl.evalBytes("io:setopts([{encoding, unicode}]), " + expr + ", halt()."),
        java.nio.charset.StandardCharsets.UTF_8).lines().toList();
    assertEquals(names.size(), lines.size());
    for (int i = 0; i < names.size(); i++) {
      assertEquals(lines.get(i), TermPrinter.write(Atom.of(names.get(i))), "atom " + i);
    }
  }

  @Test
  void deepTermsPrint() {
    Object t = Nil.NIL;
    for (int i = 0; i < 200_000; i++) {
      t = Tuple.of(Cons.list(t));
    }
    String s = TermPrinter.write(t);
    assertEquals(200_000 * 4 + 2, s.length());
    assertTrue(s.startsWith("{[{[") && s.endsWith("]}]}"));
  }
}
