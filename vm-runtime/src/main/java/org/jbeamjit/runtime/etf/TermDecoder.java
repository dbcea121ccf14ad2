package org.jbeamjit.runtime.etf;

import java.math.BigInteger;
import java.util.Arrays;
import org.jbeamjit.runtime.error.ErlangException;
import org.jbeamjit.runtime.term.Atom;
import org.jbeamjit.runtime.term.Atoms;
import org.jbeamjit.runtime.term.BitString;
import org.jbeamjit.runtime.term.Cons;
import org.jbeamjit.runtime.term.ErlMap;
import org.jbeamjit.runtime.term.ExportFun;
import org.jbeamjit.runtime.term.Integers;
import org.jbeamjit.runtime.term.LocalFun;
import org.jbeamjit.runtime.term.Nil;
import org.jbeamjit.runtime.term.Pid;
import org.jbeamjit.runtime.term.Port;
import org.jbeamjit.runtime.term.Ref;
import org.jbeamjit.runtime.term.Tuple;
import org.jbeamjit.runtime.term.Utf8;

/**
 * Reads one term (after the version byte) from a byte range, accepting and refusing exactly what
 * OTP 25's {@code binary_to_term} does: any refusal is {@code badarg}.
 *
 * <p>Input is untrusted. Nothing is allocated from a length field before the input is known to
 * hold that much: every element still owed by an open tuple, list, map or fun takes at least one
 * byte, so their sum never exceeds the bytes left. Nesting is kept on explicit stacks rather than
 * the Java stack, so a term nested a million deep decodes like a flat one.
 */
final class TermDecoder {
  /**
   * This node, which owns the pids, ports and references that name it. OTP refuses such
   * identifiers when they could not have been made here; until distribution exists, this node
   * is always {@code nonode@nohost} with creation 0.
   */
  private static final Atom LOCAL_NODE = Atoms.NONODE_NOHOST;
  private static final int LOCAL_CREATION = 0;
  private static final long MAX_LOCAL_PID_NUMBER = (1 << 15) - 1;
  private static final long MAX_LOCAL_PID_SERIAL = (1 << 13) - 1;
  private static final long MAX_LOCAL_PORT_NUMBER = (1 << 28) - 1;
  private static final long MAX_REF_FIRST_WORD = (1 << 18) - 1;
  /** Local references have exactly this many words; shorter ones are padded with zeros. */
  private static final int LOCAL_REF_WORDS = 3;
  private static final int MAX_REF_WORDS = 5;
  /** Creations in the old formats are two bits. */
  private static final int MAX_TINY_CREATION = 3;
  private static final int MAX_ATOM_CHARS = Atom.MAX_NAME_CHARS;
  /** OTP's largest bignum is 2^19-1 words of 64 bits; it refuses a longer encoding, zeros or not. */
  private static final long MAX_BIG_BYTES = ((1L << 19) - 1) * 8;

  // What an open compound is collecting.
  private static final byte TUPLE = 0;
  private static final byte LIST = 1; // elements, then the tail
  private static final byte MAP = 2; // key, value, key, value...
  private static final byte FUN = 3; // the free variables

  private final byte[] in;
  private int pos;
  private final int end;
  private final boolean safe;
  private final KnownExports exports;

  // Open compounds, innermost last: their kind, how many elements they still expect to start,
  // where their elements begin on the value stack, and for funs the fields read so far.
  private byte[] kinds = new byte[8];
  private long[] owed = new long[8];
  private int[] bases = new int[8];
  private FunHeader[] funs = new FunHeader[8];
  private int depth;
  /** Elements owed by all open compounds together: each needs at least one more input byte. */
  private long totalOwed;

  /** Finished elements of the open compounds. */
  private Object[] values = new Object[16];
  private int vp;

  private record FunHeader(int arity, byte[] uniq, int index, Atom module, int oldIndex, int oldUniq, Pid pid) {}

  TermDecoder(byte[] in, int from, int end, DecodeOptions opts) {
    this.in = in;
    this.pos = from;
    this.end = end;
    this.safe = opts.safe();
    this.exports = opts.exports();
  }

  /** Where the next unread byte is. */
  int position() {
    return pos;
  }

  Object decode() {
    while (true) {
      Object v = readOne();
      if (v == null) {
        continue; // a compound was opened; its elements come next
      }
      while (true) {
        if (depth == 0) {
          return v;
        }
        pushValue(v);
        int top = depth - 1;
        if (owed[top] > 0) {
          break;
        }
        v = close(top);
      }
    }
  }

  /** Reads one term, or opens a compound and returns null. */
  private Object readOne() {
    if (depth > 0) {
      owed[depth - 1]--;
      totalOwed--;
    }
    int tag = u8();
    switch (tag) {
      case Tag.SMALL_INTEGER_EXT:
        return (long) u8();
      case Tag.INTEGER_EXT:
        return (long) s32();
      case Tag.SMALL_BIG_EXT:
        return big(u8());
      case Tag.LARGE_BIG_EXT:
        return big(u32());
      case Tag.NEW_FLOAT_EXT: {
        double d = Double.longBitsToDouble(s64());
        if (Double.isNaN(d) || Double.isInfinite(d)) {
          throw ErlangException.badarg();
        }
        return d;
      }
      case Tag.FLOAT_EXT: {
        need(FloatExt.LENGTH);
        double d = FloatExt.parse(in, pos, end);
        pos += FloatExt.LENGTH;
        return d;
      }
      case Tag.ATOM_EXT:
      case Tag.SMALL_ATOM_EXT:
      case Tag.ATOM_UTF8_EXT:
      case Tag.SMALL_ATOM_UTF8_EXT:
        return atomBody(tag);
      case Tag.NIL_EXT:
        return Nil.NIL;
      case Tag.STRING_EXT:
        return string(u16());
      case Tag.BINARY_EXT: {
        long n = u32();
        need(n);
        BitString b = BitString.wrap(Arrays.copyOfRange(in, pos, pos + (int) n));
        pos += (int) n;
        return b;
      }
      case Tag.BIT_BINARY_EXT:
        return bitBinary();
      case Tag.SMALL_TUPLE_EXT:
        return tuple(u8());
      case Tag.LARGE_TUPLE_EXT:
        return tuple(u32());
      case Tag.LIST_EXT:
        open(LIST, u32() + 1, null);
        return null;
      case Tag.MAP_EXT: {
        long n = u32();
        if (n == 0) {
          return ErlMap.EMPTY;
        }
        open(MAP, 2 * n, null);
        return null;
      }
      case Tag.PID_EXT:
      case Tag.NEW_PID_EXT:
        return pidBody(tag);
      case Tag.PORT_EXT:
      case Tag.NEW_PORT_EXT:
      case Tag.V4_PORT_EXT:
        return portBody(tag);
      case Tag.REFERENCE_EXT:
      case Tag.NEW_REFERENCE_EXT:
      case Tag.NEWER_REFERENCE_EXT:
        return refBody(tag);
      case Tag.EXPORT_EXT:
        return exportBody();
      case Tag.NEW_FUN_EXT:
        return funBody();
      default:
        // ATOM_CACHE_REF (distribution only), COMPRESSED below the top, FUN_EXT, LOCAL_EXT and
        // anything unknown.
        throw ErlangException.badarg();
    }
  }

  private void open(byte kind, long count, FunHeader fun) {
    if (count > end - pos - totalOwed) {
      throw ErlangException.badarg();
    }
    if (depth == kinds.length) {
      int n = depth * 2;
      kinds = Arrays.copyOf(kinds, n);
      owed = Arrays.copyOf(owed, n);
      bases = Arrays.copyOf(bases, n);
      funs = Arrays.copyOf(funs, n);
    }
    kinds[depth] = kind;
    owed[depth] = count;
    bases[depth] = vp;
    funs[depth] = fun;
    depth++;
    totalOwed += count;
  }

  /** Builds the compound at {@code top}, whose elements are all on the value stack, and closes it. */
  private Object close(int top) {
    int base = bases[top];
    int n = vp - base;
    Object result;
    switch (kinds[top]) {
      case TUPLE:
        result = new Tuple(Arrays.copyOfRange(values, base, vp));
        break;
      case LIST: {
        Object l = values[vp - 1];
        for (int i = vp - 2; i >= base; i--) {
          l = new Cons(values[i], l);
        }
        result = l;
        break;
      }
      case MAP: {
        ErlMap m = ErlMap.EMPTY;
        for (int i = base; i < vp; i += 2) {
          m = m.put(values[i], values[i + 1]);
        }
        if (m.size() != n / 2) {
          throw ErlangException.badarg(); // a key twice
        }
        result = m;
        break;
      }
      default: {
        FunHeader f = funs[top];
        funs[top] = null;
        result = new LocalFun(f.module, f.index, f.uniq, f.oldIndex, f.oldUniq, f.arity, f.pid,
            Arrays.copyOfRange(values, base, vp));
      }
    }
    Arrays.fill(values, base, vp, null);
    vp = base;
    depth--;
    return result;
  }

  private void pushValue(Object v) {
    if (vp == values.length) {
      values = Arrays.copyOf(values, vp * 2);
    }
    values[vp++] = v;
  }

  private Object tuple(long arity) {
    if (arity == 0) {
      return Tuple.EMPTY;
    }
    if (arity > Tuple.MAX_ARITY) {
      throw ErlangException.badarg();
    }
    open(TUPLE, arity, null);
    return null;
  }

  private Object string(int n) {
    need(n);
    Object l = Nil.NIL;
    for (int i = pos + n - 1; i >= pos; i--) {
      l = new Cons((long) (in[i] & 0xFF), l);
    }
    pos += n;
    return l;
  }

  private Object big(long n) {
    if (n > MAX_BIG_BYTES) {
      throw ErlangException.badarg();
    }
    need(n + 1);
    int sign = u8();
    byte[] magnitude = new byte[(int) n];
    for (int i = 0; i < n; i++) {
      magnitude[(int) n - 1 - i] = in[pos + i]; // little-endian on the wire
    }
    pos += (int) n;
    BigInteger v = new BigInteger(1, magnitude);
    return Integers.normalize(sign == 0 ? v : v.negate());
  }

  /** A bitstring: its byte length, then how many bits of the last byte count (1..8). */
  private Object bitBinary() {
    long n = u32();
    int bits = u8();
    if (n == 0 ? bits != 0 : bits < 1 || bits > 8) {
      throw ErlangException.badarg();
    }
    need(n);
    byte[] data = Arrays.copyOfRange(in, pos, pos + (int) n);
    pos += (int) n;
    return n == 0 ? BitString.EMPTY : BitString.view(data, 0, (n - 1) * 8 + bits);
  }

  /** An atom, which must be there (node names, modules, function names). */
  private Atom atom() {
    int tag = u8();
    if (tag != Tag.ATOM_EXT && tag != Tag.SMALL_ATOM_EXT && tag != Tag.ATOM_UTF8_EXT && tag != Tag.SMALL_ATOM_UTF8_EXT) {
      throw ErlangException.badarg();
    }
    return atomBody(tag);
  }

  private Atom atomBody(int tag) {
    int n = tag == Tag.SMALL_ATOM_EXT || tag == Tag.SMALL_ATOM_UTF8_EXT ? u8() : u16();
    need(n);
    String name = tag == Tag.ATOM_EXT || tag == Tag.SMALL_ATOM_EXT
        ? latin1(pos, n)
        : Utf8.decode(in, pos, pos + n, MAX_ATOM_CHARS, ErlangException::badarg);
    pos += n;
    Atom a = safe ? Atom.existing(name) : Atom.of(name);
    if (a == null) {
      throw ErlangException.badarg();
    }
    return a;
  }

  private String latin1(int from, int n) {
    if (n > MAX_ATOM_CHARS) {
      throw ErlangException.badarg();
    }
    char[] cs = new char[n];
    for (int i = 0; i < n; i++) {
      cs[i] = (char) (in[from + i] & 0xFF);
    }
    return new String(cs);
  }

  private Pid pid() {
    int tag = u8();
    if (tag != Tag.PID_EXT && tag != Tag.NEW_PID_EXT) {
      throw ErlangException.badarg();
    }
    return pidBody(tag);
  }

  private Pid pidBody(int tag) {
    Atom node = atom();
    long id = u32();
    long serial = u32();
    long creation = tag == Tag.PID_EXT ? tinyCreation() : u32();
    if (isLocal(node, creation) && (id > MAX_LOCAL_PID_NUMBER || serial > MAX_LOCAL_PID_SERIAL)) {
      throw ErlangException.badarg();
    }
    return new Pid(node, (int) id, (int) serial, (int) creation);
  }

  private Port portBody(int tag) {
    Atom node = atom();
    long id = tag == Tag.V4_PORT_EXT ? s64() : u32();
    long creation = tag == Tag.PORT_EXT ? tinyCreation() : u32();
    if (isLocal(node, creation) && (id < 0 || id > MAX_LOCAL_PORT_NUMBER)) {
      throw ErlangException.badarg();
    }
    return new Port(node, id, (int) creation);
  }

  private Ref refBody(int tag) {
    Atom node;
    long creation;
    int[] ids;
    if (tag == Tag.REFERENCE_EXT) {
      node = atom();
      ids = new int[] {s32()};
      creation = tinyCreation();
    } else {
      int words = u16();
      // OTP 25 reads four bytes past a reference of no words (garbling what follows it); we
      // refuse one.
      if (words == 0 || words > MAX_REF_WORDS) {
        throw ErlangException.badarg();
      }
      node = atom();
      creation = tag == Tag.NEW_REFERENCE_EXT ? tinyCreation() : u32();
      ids = new int[words];
      for (int i = 0; i < words; i++) {
        ids[i] = s32();
      }
    }
    // The first word is 18 bits in local references and in the old formats from any node.
    boolean local = isLocal(node, creation);
    if ((local || tag != Tag.NEWER_REFERENCE_EXT) && Integer.toUnsignedLong(ids[0]) > MAX_REF_FIRST_WORD) {
      throw ErlangException.badarg();
    }
    if (local) {
      // Local references are three words; OTP pads shorter ones.
      if (ids.length > LOCAL_REF_WORDS) {
        throw ErlangException.badarg();
      }
      ids = Arrays.copyOf(ids, LOCAL_REF_WORDS);
    }
    return new Ref(node, (int) creation, ids);
  }

  private long tinyCreation() {
    int c = u8();
    if (c > MAX_TINY_CREATION) {
      throw ErlangException.badarg();
    }
    return c;
  }

  private static boolean isLocal(Atom node, long creation) {
    return node == LOCAL_NODE && creation == LOCAL_CREATION;
  }

  private ExportFun exportBody() {
    Atom module = atom();
    Atom function = atom();
    long arity = integerField();
    // OTP takes arities up to 2^32-1; ExportFun holds an int, so this refuses 2^31 and up.
    if (arity < 0 || arity > Integer.MAX_VALUE) {
      throw ErlangException.badarg();
    }
    if (safe && !exports.exists(module, function, (int) arity)) {
      throw ErlangException.badarg();
    }
    return new ExportFun(module, function, (int) arity);
  }

  private Object funBody() {
    need(4 + 1 + 16 + 4 + 4);
    pos += 4; // the total size, which OTP does not check either
    int arity = u8();
    byte[] uniq = Arrays.copyOfRange(in, pos, pos + 16);
    pos += 16;
    int index = s32();
    long free = u32();
    Atom module = atom();
    // OTP keeps only the low 32 bits of these two.
    int oldIndex = (int) integerField();
    int oldUniq = (int) integerField();
    Pid pid = pid();
    FunHeader header = new FunHeader(arity, uniq, index, module, oldIndex, oldUniq, pid);
    if (free == 0) {
      return new LocalFun(module, index, uniq, oldIndex, oldUniq, arity, pid, new Object[0]);
    }
    open(FUN, free, header);
    return null;
  }

  /** An integer term that must be one of OTP's small integers (fun and export fields). */
  private long integerField() {
    int tag = u8();
    Object v = switch (tag) {
      case Tag.SMALL_INTEGER_EXT -> (long) u8();
      case Tag.INTEGER_EXT -> (long) s32();
      case Tag.SMALL_BIG_EXT -> big(u8());
      case Tag.LARGE_BIG_EXT -> big(u32());
      default -> throw ErlangException.badarg();
    };
    if (Integers.isSmall(v)) {
      return (Long) v;
    }
    throw ErlangException.badarg();
  }

  private void need(long n) {
    if (n > end - pos) {
      throw ErlangException.badarg();
    }
  }

  private int u8() {
    need(1);
    return in[pos++] & 0xFF;
  }

  private int u16() {
    need(2);
    int v = ((in[pos] & 0xFF) << 8) | (in[pos + 1] & 0xFF);
    pos += 2;
    return v;
  }

  private int s32() {
    need(4);
    int v = ((in[pos] & 0xFF) << 24) | ((in[pos + 1] & 0xFF) << 16) | ((in[pos + 2] & 0xFF) << 8) | (in[pos + 3] & 0xFF);
    pos += 4;
    return v;
  }

  private long u32() {
    return Integer.toUnsignedLong(s32());
  }

  private long s64() {
    long hi = u32();
    return (hi << 32) | u32();
  }
}
