package org.jbeamjit.runtime.term;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads terms in the syntax {@code io_lib:format("~w", [T])} writes, so differential tests can
 * take terms made by {@code erl}. Local pids, refs and ports are read as this node's
 * ({@code nonode@nohost}, creation 0). A local fun cannot be written back by {@code ~w}, so the
 * oracle scripts send one as {@code {'$fun', Module, Index, Uniq, OldIndex, OldUniq, Arity, Pid,
 * Env}} (Uniq a list of 16 bytes, Env a list), which this reads as a {@link LocalFun}.
 */
final class ErlText {
  private final String s;
  private int pos;

  private ErlText(String s) {
    this.s = s;
  }

  static Object parse(String text) {
    ErlText p = new ErlText(text.strip());
    Object t = p.term();
    if (p.pos != p.s.length()) {
      throw p.error("trailing text");
    }
    return t;
  }

  private IllegalArgumentException error(String what) {
    return new IllegalArgumentException(what + " at " + pos + " in: " + s);
  }

  private char peek() {
    return pos < s.length() ? s.charAt(pos) : '\0';
  }

  private void expect(String word) {
    if (!s.startsWith(word, pos)) {
      throw error("expected " + word);
    }
    pos += word.length();
  }

  private boolean eat(String word) {
    if (s.startsWith(word, pos)) {
      pos += word.length();
      return true;
    }
    return false;
  }

  private Object term() {
    char c = peek();
    if (c == '{') {
      pos++;
      List<Object> es = elements('}');
      Tuple t = Tuple.of(es.toArray());
      return isFunMarker(t) ? toFun(t) : t;
    } else if (c == '[') {
      pos++;
      if (eat("]")) {
        return Nil.NIL;
      }
      List<Object> es = new ArrayList<>();
      es.add(term());
      while (eat(",")) {
        es.add(term());
      }
      Object tail = eat("|") ? term() : Nil.NIL;
      expect("]");
      for (int i = es.size() - 1; i >= 0; i--) {
        tail = new Cons(es.get(i), tail);
      }
      return tail;
    } else if (eat("#{")) {
      ErlMap m = ErlMap.EMPTY;
      if (eat("}")) {
        return m;
      }
      do {
        Object k = term();
        expect(" => ");
        m = m.put(k, term());
      } while (eat(","));
      expect("}");
      return m;
    } else if (eat("<<")) {
      return binary();
    } else if (eat("#Ref<")) {
      long[] parts = dotted('>');
      int[] ids = new int[parts.length - 1];
      for (int i = 0; i < ids.length; i++) {
        ids[i] = (int) parts[parts.length - 1 - i];
      }
      return new Ref(Atoms.NONODE_NOHOST, 0, ids);
    } else if (eat("#Port<")) {
      long[] parts = dotted('>');
      return new Port(Atoms.NONODE_NOHOST, parts[1], 0);
    } else if (c == '<') {
      pos++;
      long[] parts = dotted('>');
      return new Pid(Atoms.NONODE_NOHOST, (int) parts[1], (int) parts[2], 0);
    } else if (eat("fun ")) {
      Atom m = atom();
      expect(":");
      Atom f = atom();
      expect("/");
      return new ExportFun(m, f, (int) (long) (Long) number());
    } else if (c == '-' || Character.isDigit(c)) {
      return number();
    } else {
      return atom();
    }
  }

  private List<Object> elements(char close) {
    List<Object> es = new ArrayList<>();
    if (peek() != close) {
      es.add(term());
      while (eat(",")) {
        es.add(term());
      }
    }
    expect(String.valueOf(close));
    return es;
  }

  private long[] dotted(char close) {
    List<Long> parts = new ArrayList<>();
    int start = pos;
    while (peek() != close) {
      pos++;
    }
    for (String p : s.substring(start, pos).split("\\.")) {
      parts.add(Long.parseLong(p));
    }
    pos++;
    return parts.stream().mapToLong(Long::longValue).toArray();
  }

  private Object binary() {
    if (eat(">>")) {
      return BitString.EMPTY;
    }
    List<Long> bytes = new ArrayList<>();
    int tailBits = 0;
    do {
      long v = (Long) number();
      if (eat(":")) {
        tailBits = (int) (long) (Long) number();
      }
      bytes.add(v);
    } while (eat(","));
    expect(">>");
    byte[] data = new byte[bytes.size()];
    for (int i = 0; i < data.length; i++) {
      data[i] = (byte) (long) bytes.get(i);
    }
    if (tailBits == 0) {
      return BitString.wrap(data);
    }
    // ~w writes the last partial byte as its value in tailBits bits.
    data[data.length - 1] = (byte) (bytes.get(data.length - 1) << (8 - tailBits));
    return BitString.view(data, 0, (long) (data.length - 1) * 8 + tailBits);
  }

  private Object number() {
    int start = pos;
    if (peek() == '-') {
      pos++;
    }
    while (Character.isDigit(peek())) {
      pos++;
    }
    boolean isFloat = false;
    if (peek() == '.' && pos + 1 < s.length() && Character.isDigit(s.charAt(pos + 1))) {
      isFloat = true;
      pos++;
      while (Character.isDigit(peek())) {
        pos++;
      }
    }
    if (peek() == 'e' && isFloat) {
      pos++;
      if (peek() == '-' || peek() == '+') {
        pos++;
      }
      while (Character.isDigit(peek())) {
        pos++;
      }
    }
    String text = s.substring(start, pos);
    if (isFloat) {
      return Double.parseDouble(text);
    }
    return Integers.normalize(new BigInteger(text));
  }

  private Atom atom() {
    if (peek() != '\'') {
      int start = pos;
      while (pos < s.length() && isAtomChar(s.charAt(pos))) {
        pos++;
      }
      if (start == pos) {
        throw error("unexpected character");
      }
      return Atom.of(s.substring(start, pos));
    }
    pos++;
    StringBuilder b = new StringBuilder();
    for (;;) {
      char c = s.charAt(pos++);
      if (c == '\'') {
        return Atom.of(b.toString());
      }
      if (c != '\\') {
        b.append(c);
        continue;
      }
      char e = s.charAt(pos++);
      switch (e) {
        case 'n': b.append('\n'); break;
        case 't': b.append('\t'); break;
        case 'r': b.append('\r'); break;
        case 'b': b.append('\b'); break;
        case 'f': b.append('\f'); break;
        case 'v': b.append('\u000b'); break;
        case 'e': b.append('\u001b'); break;
        case 's': b.append(' '); break;
        case 'd': b.append('\u007f'); break;
        case 'x': {
          expect("{");
          int end = s.indexOf('}', pos);
          b.appendCodePoint(Integer.parseInt(s.substring(pos, end), 16));
          pos = end + 1;
          break;
        }
        case '^': b.append((char) (s.charAt(pos++) & 31)); break;
        default:
          if (e >= '0' && e <= '7') {
            int v = e - '0';
            for (int i = 0; i < 2 && peek() >= '0' && peek() <= '7'; i++) {
              v = v * 8 + (s.charAt(pos++) - '0');
            }
            b.append((char) v);
          } else {
            b.append(e);
          }
      }
    }
  }

  private static boolean isAtomChar(char c) {
    return Character.isLetterOrDigit(c) || c == '_' || c == '@' || (c >= 0xC0 && c <= 0xFF && c != 0xD7 && c != 0xF7);
  }

  private static boolean isFunMarker(Tuple t) {
    return t.arity() == 9 && t.get(0) == Atom.of("$fun");
  }

  private static LocalFun toFun(Tuple t) {
    byte[] uniq = new byte[16];
    Object l = t.get(3);
    for (int i = 0; i < 16; i++) {
      uniq[i] = (byte) (long) (Long) ((Cons) l).head;
      l = ((Cons) l).tail;
    }
    List<Object> env = new ArrayList<>();
    for (Object e = t.get(8); e instanceof Cons; e = ((Cons) e).tail) {
      env.add(((Cons) e).head);
    }
    return new LocalFun((Atom) t.get(1), (int) (long) (Long) t.get(2), uniq, (int) (long) (Long) t.get(4),
        (int) (long) (Long) t.get(5), (int) (long) (Long) t.get(6), (Pid) t.get(7), env.toArray());
  }
}
