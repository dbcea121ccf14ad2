package org.jbeamjit.runtime.bif;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Locale;
import java.util.Map;
import org.jbeamjit.runtime.error.ErlangException;
import org.jbeamjit.runtime.term.Atom;
import org.jbeamjit.runtime.term.Atoms;
import org.jbeamjit.runtime.term.BitString;
import org.jbeamjit.runtime.term.Cons;
import org.jbeamjit.runtime.term.ErlMap;
import org.jbeamjit.runtime.term.ExportFun;
import org.jbeamjit.runtime.term.LocalFun;
import org.jbeamjit.runtime.term.Nil;
import org.jbeamjit.runtime.term.Pid;
import org.jbeamjit.runtime.term.Port;
import org.jbeamjit.runtime.term.Ref;
import org.jbeamjit.runtime.term.Tuple;

/**
 * {@code erlang:display/1}: the emulator's own term printer writing straight to standard output,
 * bypassing the io system. Its text differs from {@code io_lib}'s {@code ~w}: floats in C's
 * {@code %e}, strings detected by Latin-1 printability and written as raw bytes, {@code \r\n} at
 * the end, as OTP 25's {@code erl -noshell} shows.
 */
public final class DisplayBifs {
  private DisplayBifs() {}

  @Bif(name = "display")
  public static Object display(Object term) {
    byte[] text = text(term);
    PrintStream out = System.out;
    synchronized (out) {
      out.write(text, 0, text.length);
      out.write('\r');
      out.write('\n');
      out.flush();
    }
    return Atoms.TRUE;
  }

  /**
   * {@code erlang:display_string/1}: a flat list of characters, UTF-8 encoded, to standard error,
   * each newline written as CR LF as the emulator's raw output does. The emulator prints it as a C
   * string, so the output stops at the first NUL.
   */
  @Bif(name = "display_string")
  public static Object displayString(Object string) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    boolean ended = false;
    Object l = string;
    while (l instanceof Cons c && c.head instanceof Long ch && ch >= 0 && ch <= Character.MAX_CODE_POINT
        && !(ch >= Character.MIN_SURROGATE && ch <= Character.MAX_SURROGATE)) {
      l = c.tail;
      ended |= ch == 0;
      if (ended) {
        continue;
      }
      if (ch == '\n') {
        bytes.write('\r');
      }
      bytes.writeBytes(new String(Character.toChars((int) (long) ch)).getBytes(StandardCharsets.UTF_8));
    }
    if (l != Nil.NIL) {
      throw ErlangException.badarg();
    }
    writeErr(bytes.toByteArray());
    return Atoms.TRUE;
  }

  /** {@code erlang:display_nl/0}: a line end on standard error. */
  @Bif(name = "display_nl")
  public static Object displayNl() {
    writeErr(new byte[] {'\r', '\n'});
    return Atoms.TRUE;
  }

  private static void writeErr(byte[] bytes) {
    PrintStream err = System.err;
    synchronized (err) {
      err.write(bytes, 0, bytes.length);
      err.flush();
    }
  }

  /** The bytes {@code display/1} writes for {@code term}, without the line end. */
  public static byte[] text(Object term) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ArrayDeque<Object> work = new ArrayDeque<>();
    work.push(term);
    while (!work.isEmpty()) {
      Object t = work.pop();
      if (t instanceof String s) {
        ascii(out, s);
      } else if (t instanceof ListRest r) {
        if (r.rest instanceof Cons c) {
          out.write(',');
          work.push(new ListRest(c.tail));
          work.push(c.head);
        } else if (r.rest != Nil.NIL) {
          out.write('|');
          work.push(r.rest);
        }
      } else if (t instanceof Long || t instanceof java.math.BigInteger) {
        ascii(out, t.toString());
      } else if (t instanceof Double d) {
        ascii(out, String.format(Locale.ROOT, "%e", d));
      } else if (t instanceof Atom a) {
        atom(out, a);
      } else if (t == Nil.NIL) {
        ascii(out, "[]");
      } else if (t instanceof Cons c) {
        if (isPrintableString(c)) {
          string(out, c);
        } else {
          out.write('[');
          work.push("]");
          work.push(new ListRest(c.tail));
          work.push(c.head);
        }
      } else if (t instanceof Tuple tu) {
        out.write('{');
        work.push("}");
        for (int i = tu.arity() - 1; i >= 0; i--) {
          work.push(tu.get(i));
          if (i > 0) {
            work.push(",");
          }
        }
      } else if (t instanceof ErlMap m) {
        ascii(out, "#{");
        work.push("}");
        var entries = m.toList();
        for (int i = entries.size() - 1; i >= 0; i--) {
          Map.Entry<Object, Object> e = entries.get(i);
          work.push(e.getValue());
          work.push("=>");
          work.push(e.getKey());
          if (i > 0) {
            work.push(",");
          }
        }
      } else if (t instanceof BitString b) {
        binary(out, b);
      } else if (t instanceof LocalFun f) {
        ascii(out, "#Fun<");
        byte[] name = f.module.utf8();
        out.write(name, 0, name.length);
        ascii(out, "." + f.oldIndex + "." + Integer.toUnsignedLong(f.oldUniq) + ">");
      } else if (t instanceof ExportFun f) {
        ascii(out, "fun ");
        atom(out, f.module);
        out.write(':');
        atom(out, f.function);
        ascii(out, "/" + f.arity());
      } else if (t instanceof Pid p) {
        ascii(out, "<0." + p.id + "." + p.serial + ">");
      } else if (t instanceof Ref r) {
        StringBuilder sb = new StringBuilder("#Ref<0");
        for (int i = r.idCount() - 1; i >= 0; i--) {
          sb.append('.').append(Integer.toUnsignedLong(r.id(i)));
        }
        ascii(out, sb.append('>').toString());
      } else if (t instanceof Port p) {
        ascii(out, "#Port<0." + p.id + ">");
      } else {
        ascii(out, "<unknown:" + t + ">");
      }
    }
    return out.toByteArray();
  }

  private record ListRest(Object rest) {}

  private static void ascii(ByteArrayOutputStream out, String s) {
    byte[] b = s.getBytes(StandardCharsets.ISO_8859_1);
    out.write(b, 0, b.length);
  }

  private static boolean isControl(long c) {
    return c < ' ' || c == 127 || (c >= 128 && c < 160);
  }

  private static boolean isSpace(long c) {
    return c == ' ' || c == '\n' || c == '\t' || c == '\r';
  }

  /** A non-empty proper list of Latin-1 characters none of which is a control character other than a space. */
  private static boolean isPrintableString(Cons list) {
    Object t = list;
    while (t instanceof Cons c) {
      if (!(c.head instanceof Long l) || l < 0 || l > 255 || (isControl(l) && !isSpace(l))) {
        return false;
      }
      t = c.tail;
    }
    return t == Nil.NIL;
  }

  private static void string(ByteArrayOutputStream out, Cons list) {
    out.write('"');
    for (Object t = list; t instanceof Cons c; t = c.tail) {
      int ch = (int) (long) (Long) c.head;
      if (ch == '\n') {
        ascii(out, "\\n");
      } else {
        if (ch == '"') {
          out.write('\\');
        }
        out.write(ch);
      }
    }
    out.write('"');
  }

  private static boolean isLower(int c) {
    return (c >= 'a' && c <= 'z') || (c >= 223 && c <= 255 && c != 247);
  }

  private static boolean isUpper(int c) {
    return (c >= 'A' && c <= 'Z') || (c >= 192 && c <= 222 && c != 215);
  }

  private static boolean isAlnum(int c) {
    return (c >= '0' && c <= '9') || isLower(c) || isUpper(c);
  }

  private static void atom(ByteArrayOutputStream out, Atom a) {
    String name = a.name();
    if (name.isEmpty()) {
      ascii(out, "''");
      return;
    }
    int[] cps = name.codePoints().toArray();
    boolean quote = !isLower(latin1(cps[0]));
    for (int i = 1; i < cps.length && !quote; i++) {
      int c = latin1(cps[i]);
      quote = !isAlnum(c) && c != '_';
    }
    if (quote) {
      out.write('\'');
    }
    for (int c : cps) {
      switch (c) {
        case '\'' -> ascii(out, "\\'");
        case '\\' -> ascii(out, "\\\\");
        case '\n' -> ascii(out, "\\n");
        case '\f' -> ascii(out, "\\f");
        case '\t' -> ascii(out, "\\t");
        case '\r' -> ascii(out, "\\r");
        case '\b' -> ascii(out, "\\b");
        case 0x0B -> ascii(out, "\\v");
        default -> {
          if (c < ' ' || (c >= 128 && c < 160)) {
            ascii(out, String.format(Locale.ROOT, "\\%03o", c));
          } else {
            byte[] b = new String(Character.toChars(c)).getBytes(StandardCharsets.UTF_8);
            out.write(b, 0, b.length);
          }
        }
      }
    }
    if (quote) {
      out.write('\'');
    }
  }

  /** A code point as the quoting rule sees it: characters beyond U+07FF never count as letters. */
  private static int latin1(int cp) {
    return cp < 0x800 ? cp : 0;
  }

  private static void binary(ByteArrayOutputStream out, BitString b) {
    long wholeBytes = b.bitSize() / 8;
    int restBits = (int) (b.bitSize() % 8);
    boolean printable = restBits == 0 && wholeBytes > 0;
    for (long i = 0; i < wholeBytes && printable; i++) {
      int o = b.byteAt(i);
      printable = o >= ' ' && o < 127;
    }
    if (printable) {
      ascii(out, "<<\"");
      for (long i = 0; i < wholeBytes; i++) {
        int o = b.byteAt(i);
        if (o == '"') {
          out.write('\\');
        }
        out.write(o);
      }
      ascii(out, "\">>");
      return;
    }
    StringBuilder sb = new StringBuilder("<<");
    for (long i = 0; i < wholeBytes; i++) {
      if (i > 0) {
        sb.append(',');
      }
      sb.append(b.byteAt(i));
    }
    if (restBits != 0) {
      if (wholeBytes > 0) {
        sb.append(',');
      }
      long v = 0;
      for (int i = 0; i < restBits; i++) {
        v = (v << 1) | b.bit(wholeBytes * 8 + i);
      }
      sb.append(v).append(':').append(restBits);
    }
    ascii(out, sb.append(">>").toString());
  }
}
