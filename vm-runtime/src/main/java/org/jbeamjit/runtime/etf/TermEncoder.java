package org.jbeamjit.runtime.etf;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jbeamjit.runtime.error.ErlangException;
import org.jbeamjit.runtime.term.Atom;
import org.jbeamjit.runtime.term.BitString;
import org.jbeamjit.runtime.term.Cons;
import org.jbeamjit.runtime.term.ErlMap;
import org.jbeamjit.runtime.term.ExportFun;
import org.jbeamjit.runtime.term.LocalFun;
import org.jbeamjit.runtime.term.Nil;
import org.jbeamjit.runtime.term.Pid;
import org.jbeamjit.runtime.term.Port;
import org.jbeamjit.runtime.term.Ref;
import org.jbeamjit.runtime.term.Terms;
import org.jbeamjit.runtime.term.Tuple;

/**
 * Writes one term in the external format, choosing the same tag as OTP 25 for every value so
 * that the bytes are identical to {@code term_to_binary}'s. Works from an explicit stack, so a
 * term nested a million deep encodes without deep Java recursion.
 */
final class TermEncoder {
  /** The longest list OTP writes as STRING_EXT. */
  private static final int MAX_STRING_LENGTH = 0xFFFF;
  /** The largest binary OTP keeps on a process heap; bigger ones are reference-counted. */
  private static final int OFF_HEAP_BINARY_LIMIT = 64;
  /** Port numbers above this do not fit NEW_PORT_EXT's 28 bits as OTP 25 uses them. */
  private static final long MAX_V3_PORT_NUMBER = (1L << 28) - 1;

  private final int minorVersion;
  private final boolean deterministic;

  private byte[] out = new byte[64];
  private int pos;

  /** Terms still to write, the next on top; also {@link FunSize} markers. */
  private Object[] stack = new Object[16];
  private int sp;

  /** Marks where a NEW_FUN_EXT's size field waits for the end of its free variables. */
  private record FunSize(int at) {}

  /**
   * For {@link #encodeIovec}: the binaries left out of {@code out}, each after the bytes of
   * {@code out} up to its {@code at}; {@code null} when encoding to one array.
   */
  private List<LeftOut> leftOut;

  private record LeftOut(int at, BitString binary) {}

  /** What {@code erlang:external_size/1,2} adds to the encoded size for funs (see {@link #writeLocalFun}). */
  private long funSizeSlack;

  TermEncoder(EncodeOptions opts) {
    this.minorVersion = opts.minorVersion();
    this.deterministic = opts.deterministic();
  }

  /** The encoding of {@code term}, starting with the version byte. */
  byte[] encode(Object term) {
    writeAll(term);
    return Arrays.copyOf(out, pos);
  }

  /**
   * {@code erlang:external_size/1,2}: the encoded size as OTP 25 estimates it, which is exact
   * except that it counts 5 bytes each for a local fun's old index and old uniq.
   */
  long externalSize(Object term) {
    writeAll(term);
    return pos + funSizeSlack;
  }

  /**
   * {@code term_to_iovec/1,2}: the encoding in pieces whose concatenation is {@link #encode}'s,
   * each byte-aligned binary of more than {@value #OFF_HEAP_BINARY_LIMIT} bytes a piece of its own
   * that shares the term's bytes (in OTP, those are the reference-counted binaries).
   */
  List<BitString> encodeIovec(Object term) {
    leftOut = new ArrayList<>();
    writeAll(term);
    List<BitString> pieces = new ArrayList<>(2 * leftOut.size() + 1);
    int from = 0;
    for (LeftOut l : leftOut) {
      if (l.at > from) {
        pieces.add(BitString.view(out, 8L * from, 8L * (l.at - from)));
      }
      pieces.add(l.binary);
      from = l.at;
    }
    if (pos > from) {
      pieces.add(BitString.view(out, 8L * from, 8L * (pos - from)));
    }
    return pieces;
  }

  private void writeAll(Object term) {
    put(Tag.VERSION_MAGIC);
    push(term);
    while (sp > 0) {
      Object t = stack[--sp];
      stack[sp] = null;
      write(t);
    }
  }

  private void write(Object t) {
    if (t instanceof Long l) {
      writeInteger(l);
    } else if (t instanceof Atom a) {
      writeAtom(a);
    } else if (t instanceof Cons c) {
      writeList(c);
    } else if (t instanceof Tuple tu) {
      writeTuple(tu);
    } else if (t == Nil.NIL) {
      put(Tag.NIL_EXT);
    } else if (t instanceof Double d) {
      writeFloat(d);
    } else if (t instanceof BitString b) {
      writeBits(b);
    } else if (t instanceof ErlMap m) {
      writeMap(m);
    } else if (t instanceof BigInteger b) {
      writeBig(b);
    } else if (t instanceof Pid p) {
      writePid(p);
    } else if (t instanceof Port p) {
      writePort(p);
    } else if (t instanceof Ref r) {
      writeRef(r);
    } else if (t instanceof LocalFun f) {
      writeLocalFun(f);
    } else if (t instanceof ExportFun f) {
      put(Tag.EXPORT_EXT);
      writeAtom(f.module);
      writeAtom(f.function);
      writeInteger(f.arity());
    } else if (t instanceof FunSize s) {
      putInt32At(s.at, pos - s.at);
    } else {
      throw new IllegalArgumentException("not an Erlang term: " + (t == null ? "null" : t.getClass().getName()));
    }
  }

  private void writeInteger(long v) {
    if (v >= 0 && v <= 255) {
      put(Tag.SMALL_INTEGER_EXT);
      put((int) v);
    } else if (v == (int) v) {
      put(Tag.INTEGER_EXT);
      putInt32((int) v);
    } else {
      writeBig(BigInteger.valueOf(v));
    }
  }

  private void writeBig(BigInteger v) {
    byte[] magnitude = v.abs().toByteArray(); // big-endian, maybe with a leading 0 for the sign
    int skip = magnitude[0] == 0 ? 1 : 0;
    int n = magnitude.length - skip;
    if (n < 256) {
      put(Tag.SMALL_BIG_EXT);
      put(n);
    } else {
      put(Tag.LARGE_BIG_EXT);
      putInt32(n);
    }
    put(v.signum() < 0 ? 1 : 0);
    ensure(n);
    for (int i = magnitude.length - 1; i >= skip; i--) {
      out[pos++] = magnitude[i];
    }
  }

  private void writeFloat(double d) {
    if (Double.isNaN(d) || Double.isInfinite(d)) {
      throw new IllegalArgumentException("not an Erlang float: " + d);
    }
    if (minorVersion == 0) {
      put(Tag.FLOAT_EXT);
      ensure(FloatExt.LENGTH);
      FloatExt.write(d, out, pos);
      pos += FloatExt.LENGTH;
    } else {
      put(Tag.NEW_FLOAT_EXT);
      putInt64(Double.doubleToRawLongBits(d));
    }
  }

  /**
   * Before minor version 2, OTP writes a name it can spell in Latin-1 as ATOM_EXT (never the
   * small form) and only other names as UTF-8; from 2 on every atom is UTF-8.
   */
  private void writeAtom(Atom a) {
    String name = a.name();
    if (minorVersion < 2 && isLatin1(name)) {
      put(Tag.ATOM_EXT);
      putInt16(name.length());
      ensure(name.length());
      for (int i = 0; i < name.length(); i++) {
        out[pos++] = (byte) name.charAt(i);
      }
      return;
    }
    byte[] utf8 = name.getBytes(StandardCharsets.UTF_8);
    if (utf8.length <= 255) {
      put(Tag.SMALL_ATOM_UTF8_EXT);
      put(utf8.length);
    } else {
      put(Tag.ATOM_UTF8_EXT);
      putInt16(utf8.length);
    }
    putBytes(utf8, 0, utf8.length);
  }

  private static boolean isLatin1(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) > 0xFF) {
        return false;
      }
    }
    return true;
  }

  private void writeList(Cons list) {
    int stringLength = byteStringLength(list);
    if (stringLength >= 0) {
      put(Tag.STRING_EXT);
      putInt16(stringLength);
      ensure(stringLength);
      for (Object l = list; l instanceof Cons c; l = c.tail) {
        out[pos++] = (byte) (long) (Long) c.head;
      }
      return;
    }
    int n = 0;
    Object tail = list;
    while (tail instanceof Cons c) {
      n++;
      tail = c.tail;
    }
    put(Tag.LIST_EXT);
    putInt32(n);
    reserve(n + 1);
    stack[sp] = tail;
    int i = sp + n; // the first element goes on top
    for (Object l = list; l instanceof Cons c; l = c.tail) {
      stack[i--] = c.head;
    }
    sp += n + 1;
  }

  /** The length of {@code list} if OTP writes it as STRING_EXT (a proper list of bytes, short enough), else -1. */
  private static int byteStringLength(Cons list) {
    int n = 0;
    Object l = list;
    while (l instanceof Cons c) {
      if (n == MAX_STRING_LENGTH || !(c.head instanceof Long v) || v < 0 || v > 255) {
        return -1;
      }
      n++;
      l = c.tail;
    }
    return l == Nil.NIL ? n : -1;
  }

  private void writeTuple(Tuple t) {
    int n = t.arity();
    if (n <= 255) {
      put(Tag.SMALL_TUPLE_EXT);
      put(n);
    } else {
      put(Tag.LARGE_TUPLE_EXT);
      putInt32(n);
    }
    reserve(n);
    for (int i = n - 1; i >= 0; i--) {
      stack[sp++] = t.elems[i];
    }
  }

  private void writeBits(BitString b) {
    int tailBits = (int) (b.bitSize() & 7);
    int length = (int) b.byteSize();
    if (tailBits == 0) {
      put(Tag.BINARY_EXT);
      putInt32(length);
    } else {
      put(Tag.BIT_BINARY_EXT);
      putInt32(length);
      put(tailBits);
    }
    long wholeBytes = b.bitSize() >>> 3;
    if (leftOut != null && b.isByteAligned() && wholeBytes > OFF_HEAP_BINARY_LIMIT) {
      leftOut.add(new LeftOut(pos, b.sub(0, wholeBytes * 8)));
      if (tailBits != 0) {
        put(b.byteAt(wholeBytes));
      }
      return;
    }
    byte[] bytes = b.toByteArray();
    putBytes(bytes, 0, bytes.length);
  }

  private void writeMap(ErlMap m) {
    put(Tag.MAP_EXT);
    putInt32(m.size());
    // OTP writes a map in the order of maps:to_list/1.
    List<Map.Entry<Object, Object>> entries = m.toList();
    if (deterministic) {
      entries = new ArrayList<>(entries);
      entries.sort((x, y) -> Terms.compareMapKeys(x.getKey(), y.getKey()));
    }
    reserve(2 * entries.size());
    for (int i = entries.size() - 1; i >= 0; i--) {
      stack[sp++] = entries.get(i).getValue();
      stack[sp++] = entries.get(i).getKey();
    }
  }

  private void writePid(Pid p) {
    put(Tag.NEW_PID_EXT);
    writeAtom(p.node);
    putInt32(p.id);
    putInt32(p.serial);
    putInt32(p.creation);
  }

  private void writePort(Port p) {
    if (p.id >= 0 && p.id <= MAX_V3_PORT_NUMBER) {
      put(Tag.NEW_PORT_EXT);
      writeAtom(p.node);
      putInt32((int) p.id);
    } else {
      put(Tag.V4_PORT_EXT);
      writeAtom(p.node);
      putInt64(p.id);
    }
    putInt32(p.creation);
  }

  private void writeRef(Ref r) {
    put(Tag.NEWER_REFERENCE_EXT);
    putInt16(r.idCount());
    writeAtom(r.node);
    putInt32(r.creation);
    for (int i = 0; i < r.idCount(); i++) {
      putInt32(r.id(i));
    }
  }

  private void writeLocalFun(LocalFun f) {
    put(Tag.NEW_FUN_EXT);
    int sizeAt = pos;
    putInt32(0); // patched by the FunSize marker once the free variables are written
    put(f.arity());
    byte[] uniq = f.uniq();
    putBytes(uniq, 0, uniq.length);
    putInt32(f.index);
    putInt32(f.envSize());
    writeAtom(f.module);
    int before = pos;
    writeInteger(f.oldIndex);
    writeInteger(f.oldUniq);
    // OTP's size estimate reserves INTEGER_EXT's 5 bytes for each of the two
    funSizeSlack += 10 - (pos - before);
    writePid(f.pid);
    int n = f.envSize();
    reserve(n + 1);
    stack[sp++] = new FunSize(sizeAt);
    for (int i = n - 1; i >= 0; i--) {
      stack[sp++] = f.env(i);
    }
  }

  private void push(Object t) {
    reserve(1);
    stack[sp++] = t;
  }

  private void reserve(int n) {
    if (stack.length - sp < n) {
      stack = Arrays.copyOf(stack, grow(stack.length, sp + (long) n));
    }
  }

  private void ensure(int n) {
    if (out.length - pos < n) {
      out = Arrays.copyOf(out, grow(out.length, pos + (long) n));
    }
  }

  private static int grow(int length, long needed) {
    long size = Math.max(needed, 2L * length);
    if (needed > Integer.MAX_VALUE - 8) {
      throw ErlangException.systemLimit();
    }
    return (int) Math.min(size, Integer.MAX_VALUE - 8);
  }

  private void put(int b) {
    ensure(1);
    out[pos++] = (byte) b;
  }

  private void putBytes(byte[] b, int from, int n) {
    ensure(n);
    System.arraycopy(b, from, out, pos, n);
    pos += n;
  }

  private void putInt16(int v) {
    ensure(2);
    out[pos++] = (byte) (v >>> 8);
    out[pos++] = (byte) v;
  }

  private void putInt32(int v) {
    ensure(4);
    putInt32At(pos, v);
    pos += 4;
  }

  private void putInt32At(int at, int v) {
    out[at] = (byte) (v >>> 24);
    out[at + 1] = (byte) (v >>> 16);
    out[at + 2] = (byte) (v >>> 8);
    out[at + 3] = (byte) v;
  }

  private void putInt64(long v) {
    putInt32((int) (v >>> 32));
    putInt32((int) v);
  }
}
