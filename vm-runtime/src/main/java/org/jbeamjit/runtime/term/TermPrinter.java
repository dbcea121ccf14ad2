package org.jbeamjit.runtime.term;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes a term exactly as {@code io_lib:format("~w", [T])} does in OTP 25: lists are never
 * written as strings, atoms are quoted when they must be and their characters past Latin-1 are
 * escaped as {@code \x{...}}, floats take their shortest form ({@link FloatFormat}), maps list
 * their entries in iteration order, and pids, ports, refs and funs take the forms {@code
 * pid_to_list/1} and friends give.
 *
 * <p>The writer keeps its pending work on a stack, so a term nested a million deep prints without
 * overflowing the JVM stack.
 */
public final class TermPrinter {
  private TermPrinter() {}

  /** Words that are operators or keywords in Erlang and must be quoted as atoms. */
  private static final Set<String> RESERVED = Set.of("after", "begin", "case", "try", "cond", "catch", "andalso",
      "orelse", "end", "fun", "if", "let", "of", "receive", "when", "bnot", "not", "div", "rem", "band", "and", "bor",
      "bxor", "bsl", "bsr", "or", "xor");

  public static String write(Object term) {
    StringBuilder b = new StringBuilder();
    write(b, term);
    return b.toString();
  }

  /** The rest of a list after its first element: {@code ,X...}, {@code |Tail} or nothing. */
  private static final class ListRest {
    final Object rest;

    ListRest(Object rest) {
      this.rest = rest;
    }
  }

  /** Appends the text of {@code term}. Strings on the work stack are literal text (no term is a String). */
  public static void write(StringBuilder out, Object term) {
    ArrayDeque<Object> stack = new ArrayDeque<>();
    stack.push(term);
    while (!stack.isEmpty()) {
      Object t = stack.pop();
      if (t instanceof String) {
        out.append((String) t);
      } else if (t instanceof ListRest) {
        Object rest = ((ListRest) t).rest;
        if (rest instanceof Cons) {
          out.append(',');
          stack.push(new ListRest(((Cons) rest).tail));
          stack.push(((Cons) rest).head);
        } else if (rest != Nil.NIL) {
          out.append('|');
          stack.push(rest);
        }
      } else if (t instanceof Long || t instanceof java.math.BigInteger) {
        out.append(t);
      } else if (t instanceof Atom) {
        appendAtom(out, (Atom) t);
      } else if (t instanceof Double) {
        out.append(FloatFormat.shortest((Double) t));
      } else if (t instanceof Cons) {
        out.append('[');
        stack.push("]");
        stack.push(new ListRest(((Cons) t).tail));
        stack.push(((Cons) t).head);
      } else if (t == Nil.NIL) {
        out.append("[]");
      } else if (t instanceof Tuple) {
        Object[] es = ((Tuple) t).elems;
        out.append('{');
        stack.push("}");
        for (int i = es.length - 1; i >= 0; i--) {
          stack.push(es[i]);
          if (i > 0) {
            stack.push(",");
          }
        }
      } else if (t instanceof ErlMap) {
        List<Map.Entry<Object, Object>> es = new ArrayList<>(((ErlMap) t).size());
        ((ErlMap) t).entries().forEach(es::add);
        out.append("#{");
        stack.push("}");
        for (int i = es.size() - 1; i >= 0; i--) {
          stack.push(es.get(i).getValue());
          stack.push(" => ");
          stack.push(es.get(i).getKey());
          if (i > 0) {
            stack.push(",");
          }
        }
      } else if (t instanceof BitString) {
        appendBits(out, (BitString) t);
      } else if (t instanceof Pid) {
        Pid p = (Pid) t;
        out.append('<').append(nodeNumber(p.node)).append('.').append(Integer.toUnsignedString(p.id)).append('.')
            .append(Integer.toUnsignedString(p.serial)).append('>');
      } else if (t instanceof Port) {
        Port p = (Port) t;
        out.append("#Port<").append(nodeNumber(p.node)).append('.').append(Long.toUnsignedString(p.id)).append('>');
      } else if (t instanceof Ref) {
        Ref r = (Ref) t;
        out.append("#Ref<").append(nodeNumber(r.node));
        for (int i = r.idCount() - 1; i >= 0; i--) {
          out.append('.').append(Integer.toUnsignedString(r.id(i)));
        }
        out.append('>');
      } else if (t instanceof LocalFun) {
        LocalFun f = (LocalFun) t;
        out.append("#Fun<");
        appendAtom(out, f.module);
        out.append('.').append(f.oldIndex).append('.').append(Integer.toUnsignedString(f.oldUniq)).append('>');
      } else if (t instanceof ExportFun) {
        ExportFun f = (ExportFun) t;
        out.append("fun ");
        appendAtom(out, f.module);
        out.append(':');
        appendAtom(out, f.function);
        out.append('/').append(f.arity());
      } else {
        throw new IllegalArgumentException("not an Erlang term: " + (t == null ? "null" : t.getClass().getName()));
      }
    }
  }

  /**
   * The number OTP prints for a node in a pid, port or ref: 0 for the local node. This VM does not
   * distribute yet, so every node but {@code nonode@nohost} is printed as 1.
   */
  private static int nodeNumber(Atom node) {
    return node == Atoms.NONODE_NOHOST ? 0 : 1;
  }

  /** An atom as {@code ~w} writes it: {@code io_lib:write_atom_as_latin1/1}. */
  public static String atom(Atom a) {
    StringBuilder b = new StringBuilder();
    appendAtom(b, a);
    return b.toString();
  }

  private static void appendAtom(StringBuilder out, Atom a) {
    String name = a.name();
    if (!mustQuote(name)) {
      out.append(name);
      return;
    }
    out.append('\'');
    name.codePoints().forEach(c -> appendQuotedChar(out, c));
    out.append('\'');
  }

  /** Unquoted atoms start with a lowercase letter (Latin-1 included) and go on with name characters. */
  private static boolean mustQuote(String name) {
    if (name.isEmpty() || RESERVED.contains(name)) {
      return true;
    }
    int first = name.charAt(0);
    if (!isLower(first)) {
      return true;
    }
    for (int i = 1; i < name.length(); i++) {
      char c = name.charAt(i);
      if (!(isLower(c) || isUpper(c) || (c >= '0' && c <= '9') || c == '_' || c == '@')) {
        return true;
      }
    }
    return false;
  }

  private static boolean isLower(int c) {
    return (c >= 'a' && c <= 'z') || (c >= 0xDF && c <= 0xFF && c != 0xF7);
  }

  private static boolean isUpper(int c) {
    return (c >= 'A' && c <= 'Z') || (c >= 0xC0 && c <= 0xDE && c != 0xD7);
  }

  /** One character inside quotes: printable Latin-1 as is, control characters and the rest escaped. */
  private static void appendQuotedChar(StringBuilder out, int c) {
    switch (c) {
      case '\'': out.append("\\'"); return;
      case '\\': out.append("\\\\"); return;
      case '\n': out.append("\\n"); return;
      case '\r': out.append("\\r"); return;
      case '\t': out.append("\\t"); return;
      case 0x0B: out.append("\\v"); return;
      case '\b': out.append("\\b"); return;
      case '\f': out.append("\\f"); return;
      case 0x1B: out.append("\\e"); return;
      case 0x7F: out.append("\\d"); return;
      default:
    }
    if ((c >= ' ' && c <= '~') || (c >= 0xA0 && c <= 0xFF)) {
      out.append((char) c);
    } else if (c > 0xFF) {
      out.append("\\x{").append(Integer.toHexString(c).toUpperCase(java.util.Locale.ROOT)).append('}');
    } else {
      out.append('\\').append((char) ('0' + (c >> 6))).append((char) ('0' + ((c >> 3) & 7)))
          .append((char) ('0' + (c & 7)));
    }
  }

  /** {@code <<1,2,3>>}; a last partial byte is written as its value and bit count, {@code <<1,2:3>>}. */
  private static void appendBits(StringBuilder out, BitString b) {
    out.append("<<");
    long whole = b.bitSize() >>> 3;
    for (long i = 0; i < whole; i++) {
      if (i > 0) {
        out.append(',');
      }
      out.append(b.byteAt(i));
    }
    int rest = (int) (b.bitSize() & 7);
    if (rest != 0) {
      if (whole > 0) {
        out.append(',');
      }
      out.append(b.byteAt(whole) >>> (8 - rest)).append(':').append(rest);
    }
    out.append(">>");
  }
}
