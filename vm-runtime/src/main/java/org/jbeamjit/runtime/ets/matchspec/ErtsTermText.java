package org.jbeamjit.runtime.ets.matchspec;

import java.math.BigInteger;
import java.util.Locale;
import java.util.Map;
import org.jbeamjit.runtime.term.Atom;
import org.jbeamjit.runtime.term.BitString;
import org.jbeamjit.runtime.term.Cons;
import org.jbeamjit.runtime.term.ErlMap;
import org.jbeamjit.runtime.term.Nil;
import org.jbeamjit.runtime.term.TermPrinter;
import org.jbeamjit.runtime.term.Tuple;

/**
 * Terms written as the emulator's own printer ({@code %T} in C) writes them, which is how terms
 * appear in the match-spec compiler's error messages. It differs from {@code io_lib}: an atom is
 * quoted only if it does not start with a lowercase letter or has a character other than a letter,
 * digit or {@code _} (so {@code and} is bare and {@code a@b} quoted), floats are {@code %e},
 * printable lists and binaries print as strings with few escapes, maps as {@code #{K=>V}}.
 */
final class ErtsTermText {
  private ErtsTermText() {}

  static String of(Object term) {
    StringBuilder out = new StringBuilder();
    write(out, term);
    return out.toString();
  }

  private static void write(StringBuilder out, Object t) {
    if (t instanceof Atom a) {
      atom(out, a.name());
    } else if (t instanceof Long || t instanceof BigInteger) {
      out.append(t);
    } else if (t instanceof Double d) {
      out.append(String.format(Locale.ROOT, "%.6e", d));
    } else if (t == Nil.NIL) {
      out.append("[]");
    } else if (t instanceof Cons c) {
      list(out, c);
    } else if (t instanceof Tuple tu) {
      out.append('{');
      for (int i = 0; i < tu.arity(); i++) {
        if (i > 0) {
          out.append(',');
        }
        write(out, tu.get(i));
      }
      out.append('}');
    } else if (t instanceof ErlMap m) {
      out.append("#{");
      boolean first = true;
      for (Map.Entry<Object, Object> e : m.toList()) {
        if (!first) {
          out.append(',');
        }
        first = false;
        write(out, e.getKey());
        out.append("=>");
        write(out, e.getValue());
      }
      out.append('}');
    } else if (t instanceof BitString b) {
      binary(out, b);
    } else {
      out.append(TermPrinter.write(t));
    }
  }

  private static void atom(StringBuilder out, String name) {
    boolean quote = name.isEmpty() || !isLower(name.charAt(0));
    for (int i = 1; i < name.length() && !quote; i++) {
      char c = name.charAt(i);
      quote = !(isLower(c) || isUpper(c) || (c >= '0' && c <= '9') || c == '_');
    }
    if (quote) {
      out.append('\'');
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      switch (c) {
        case '\'' -> out.append("\\'");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\f' -> out.append("\\f");
        case '\t' -> out.append("\\t");
        case '\r' -> out.append("\\r");
        case '\b' -> out.append("\\b");
        case 0x0B -> out.append("\\v");
        default -> {
          if (c < ' ' || (c >= 0x80 && c < 0xA0)) {
            out.append('\\').append(String.format("%03o", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    if (quote) {
      out.append('\'');
    }
  }

  private static boolean isLower(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 0xDF && c <= 0xFF && c != 0xF7);
  }

  private static boolean isUpper(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 0xC0 && c <= 0xDE && c != 0xD7);
  }

  private static void list(StringBuilder out, Cons c) {
    if (isPrintable(c)) {
      out.append('"');
      for (Object l = c; l instanceof Cons cell; l = cell.tail) {
        char ch = (char) (long) (Long) cell.head;
        if (ch == '\n') {
          out.append("\\n");
        } else {
          if (ch == '"') {
            out.append('\\');
          }
          out.append(ch);
        }
      }
      out.append('"');
      return;
    }
    out.append('[');
    Object l = c;
    boolean first = true;
    while (l instanceof Cons cell) {
      if (!first) {
        out.append(',');
      }
      first = false;
      write(out, cell.head);
      l = cell.tail;
    }
    if (l != Nil.NIL) {
      out.append('|');
      write(out, l);
    }
    out.append(']');
  }

  /** A proper list of Latin-1 characters that are not control characters, other than whitespace. */
  private static boolean isPrintable(Cons c) {
    Object l = c;
    for (; l instanceof Cons cell; l = cell.tail) {
      if (!(cell.head instanceof Long v) || v < 0 || v > 255) {
        return false;
      }
      boolean control = v < ' ' || v == 127 || (v >= 128 && v < 160);
      boolean space = v == ' ' || v == '\n' || v == '\t' || v == '\r';
      if (control && !space) {
        return false;
      }
    }
    return l == Nil.NIL;
  }

  private static void binary(StringBuilder out, BitString b) {
    long bytes = b.bitSize() / 8;
    int restBits = (int) (b.bitSize() % 8);
    boolean printable = restBits == 0 && bytes > 0;
    for (long i = 0; i < bytes && printable; i++) {
      int v = b.byteAt(i) & 0xFF;
      printable = v >= ' ' && v < 127;
    }
    if (printable) {
      out.append("<<\"");
      for (long i = 0; i < bytes; i++) {
        char ch = (char) (b.byteAt(i) & 0xFF);
        if (ch == '"') {
          out.append('\\');
        }
        out.append(ch);
      }
      out.append("\">>");
      return;
    }
    out.append("<<");
    for (long i = 0; i < bytes; i++) {
      if (i > 0) {
        out.append(',');
      }
      out.append(b.byteAt(i) & 0xFF);
    }
    if (restBits > 0) {
      if (bytes > 0) {
        out.append(',');
      }
      int v = 0;
      for (int i = 0; i < restBits; i++) {
        v = v << 1 | b.bit(bytes * 8 + i);
      }
      out.append(v).append(':').append(restBits);
    }
    out.append(">>");
  }
}
