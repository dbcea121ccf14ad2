package org.jbeamjit.runtime.term;

import java.math.BigInteger;
import java.util.Map;

/**
 * {@code erlang:phash2/1,2}: OTP's portable term hash, bit for bit. It is Bob Jenkins' 1996 mix
 * applied to each part of the term in a fixed walk, so equal terms hash alike on every node and
 * every OTP release. Large and small maps hash alike because each key-value pair is hashed on its
 * own and the pair hashes are combined with xor.
 */
public final class Phash2 {
  private Phash2() {}

  /** The hash constant (the golden ratio), and its multiples that tag each kind of term. */
  private static final int HCONST = 0x9e3779b9;
  private static final int HCONST_2 = 0x3c6ef372;
  private static final int HCONST_3 = 0xdaa66d2b;
  private static final int HCONST_4 = 0x78dde6e4;
  private static final int HCONST_5 = 0x1715609d;
  private static final int HCONST_6 = 0xb54cda56;
  private static final int HCONST_7 = 0x5384540f;
  private static final int HCONST_9 = 0x8ff34781;
  private static final int HCONST_10 = 0x2e2ac13a;
  private static final int HCONST_11 = 0xcc623af3;
  private static final int HCONST_12 = 0x6a99b4ac;
  private static final int HCONST_13 = 0x08d12e65;
  private static final int HCONST_14 = 0xa708a81e;
  private static final int HCONST_15 = 0x454021d7;
  private static final int HCONST_16 = 0xe3779b90;
  private static final int HCONST_19 = 0xbe1e08bb;

  /** The hash of {@code []} when it is the first thing hashed. */
  private static final int NIL_FIRST = (int) 3468870702L;
  /** OTP's tag number for {@code []}, mixed in when {@code []} is not the first thing hashed. */
  private static final int NIL_TAG = 2;

  /** {@code erlang:phash2(Term)}: a value in 0..2^27-1. */
  public static int phash2(Object term) {
    return hash(term) & ((1 << 27) - 1);
  }

  /** {@code erlang:phash2(Term, Range)} for 1 &lt;= range &lt;= 2^32: a value in 0..range-1. */
  public static long phash2(Object term, long range) {
    if (range < 1 || range > (1L << 32)) {
      throw new IllegalArgumentException("range " + range);
    }
    return Integer.toUnsignedLong(hash(term)) % range;
  }

  /** The full 32-bit hash ({@code make_hash2} in OTP). */
  public static int hash(Object term) {
    return new Walk().run(term);
  }

  /** OTP's atom hash (hashpjw over the UTF-8 name, with two-byte Latin-1 letters folded back to one byte). */
  static int atomHash(Atom a) {
    int h = 0;
    int len = a.utf8Length();
    for (int i = 0; i < len; i++) {
      int v = a.utf8At(i) & 0xFF;
      if (i + 1 < len && (v & 0xFE) == 0xC2 && (a.utf8At(i + 1) & 0xC0) == 0x80) {
        v = ((v << 6) | (a.utf8At(i + 1) & 0x3F)) & 0xFF;
        i++;
      }
      h = (h << 4) + v;
      int g = h & 0xf0000000;
      if (g != 0) {
        h ^= g >>> 24;
        h ^= g;
      }
    }
    return h;
  }

  /**
   * Jenkins' lookup2 hash of {@code length} bytes from {@code src} ({@code block_hash} in OTP),
   * where {@code src} yields the bytes of a bitstring (which may start mid-byte).
   */
  static int blockHash(BitString src, int length, int initval) {
    int[] abc = {HCONST, HCONST, initval};
    int k = 0;
    int len = length;
    while (len >= 12) {
      abc[0] += word(src, k);
      abc[1] += word(src, k + 4);
      abc[2] += word(src, k + 8);
      mix(abc);
      k += 12;
      len -= 12;
    }
    abc[2] += length;
    // The leftover bytes; the lowest byte of c is taken by the length.
    for (int i = len - 1; i >= 0; i--) {
      int b = src.byteAt(k + i);
      if (i >= 8) {
        abc[2] += b << (8 * (i - 7));
      } else if (i >= 4) {
        abc[1] += b << (8 * (i - 4));
      } else {
        abc[0] += b << (8 * i);
      }
    }
    mix(abc);
    return abc[2];
  }

  private static int word(BitString src, int k) {
    return src.byteAt(k) | src.byteAt(k + 1) << 8 | src.byteAt(k + 2) << 16 | src.byteAt(k + 3) << 24;
  }

  /** Jenkins' 96-bit mix of {a, b, c}. */
  static void mix(int[] abc) {
    int a = abc[0];
    int b = abc[1];
    int c = abc[2];
    a -= b; a -= c; a ^= c >>> 13;
    b -= c; b -= a; b ^= a << 8;
    c -= a; c -= b; c ^= b >>> 13;
    a -= b; a -= c; a ^= c >>> 12;
    b -= c; b -= a; b ^= a << 16;
    c -= a; c -= b; c ^= b >>> 5;
    a -= b; a -= c; a ^= c >>> 3;
    b -= c; b -= a; b ^= a << 10;
    c -= a; c -= b; c ^= b >>> 15;
    abc[0] = a;
    abc[1] = b;
    abc[2] = c;
  }

  /** Markers on the work stack, distinct from every term. */
  private enum Op {
    /** A map's pairs are done: fold their xor into the hash saved below. */
    MAP_TAIL,
    /** A key and its value are done: xor their hash into the map's pair hash. */
    MAP_PAIR
  }

  /** One hashing: the running hash, the pending sub-terms, and the xor of a map's pair hashes. */
  private static final class Walk {
    private int hash;
    private int xorPairs;
    private Object[] stack = new Object[16];
    private int sp;
    private final int[] abc = new int[3];

    private void push(Object o) {
      if (sp == stack.length) {
        stack = java.util.Arrays.copyOf(stack, sp * 2);
      }
      stack[sp++] = o;
    }

    private void mix2(int x, int y, int constant) {
      abc[0] = constant + x;
      abc[1] = constant + y;
      abc[2] = hash;
      mix(abc);
      hash = abc[2];
    }

    private void mix1(int x, int constant) {
      mix2(x, 0, constant);
    }

    int run(Object term) {
      hash = 0;
      for (;;) {
        term = step(term);
        if (term != null) {
          continue; // the step handed back a sub-term to hash next
        }
        // Pop the next pending sub-term, running map bookkeeping on the way.
        for (;;) {
          if (sp == 0) {
            return hash;
          }
          Object o = stack[--sp];
          stack[sp] = null;
          if (o == Op.MAP_TAIL) {
            int saved = (Integer) stack[--sp];
            int savedXor = (Integer) stack[--sp];
            int pairs = xorPairs;
            hash = saved;
            mix1(pairs, HCONST_19);
            xorPairs = savedXor;
          } else if (o == Op.MAP_PAIR) {
            xorPairs ^= hash;
            hash = 0;
          } else {
            term = o;
            break;
          }
        }
      }
    }

    /** Hashes one term; returns a sub-term to continue with at once, or null when done. */
    private Object step(Object term) {
      if (term instanceof Long) {
        long x = (Long) term;
        if (x >= -(1L << 27) && x < (1L << 27)) {
          int y = (int) x;
          if (y < 0) {
            mix1(-y, HCONST); // OTP mixes negative small integers twice
          }
          mix1(y, HCONST);
        } else {
          hashBig(BigInteger.valueOf(x));
        }
        return null;
      } else if (term instanceof Atom) {
        int h = atomHash((Atom) term);
        if (hash == 0) {
          hash = h;
        } else {
          mix1(h, HCONST_3);
        }
        return null;
      } else if (term instanceof Cons) {
        return stepList((Cons) term);
      } else if (term instanceof Tuple) {
        Object[] es = ((Tuple) term).elems;
        mix1(es.length, HCONST_9);
        if (es.length == 0) {
          return null;
        }
        for (int i = es.length - 1; i >= 1; i--) {
          push(es[i]);
        }
        return es[0];
      } else if (term == Nil.NIL) {
        if (hash == 0) {
          hash = NIL_FIRST;
        } else {
          mix1(NIL_TAG, HCONST_2);
        }
        return null;
      } else if (term instanceof Double) {
        double d = (Double) term;
        long bits = Double.doubleToRawLongBits(d == 0.0 ? 0.0 : d); // -0.0 hashes as 0.0
        mix2((int) (bits >>> 32), (int) bits, HCONST_12);
        return null;
      } else if (term instanceof BigInteger) {
        hashBig((BigInteger) term);
        return null;
      } else if (term instanceof BitString) {
        hashBits((BitString) term);
        return null;
      } else if (term instanceof ErlMap) {
        ErlMap m = (ErlMap) term;
        mix1(m.size(), HCONST_16);
        if (m.size() == 0) {
          return null;
        }
        push(xorPairs);
        push(hash);
        push(Op.MAP_TAIL);
        hash = 0;
        xorPairs = 0;
        // Each pair starts from a zero hash; their xor does not depend on the order.
        for (Map.Entry<Object, Object> e : m.entries()) {
          push(Op.MAP_PAIR);
          push(e.getValue());
          push(e.getKey());
        }
        return null;
      } else if (term instanceof Pid) {
        mix1(((Pid) term).id, HCONST_5);
        return null;
      } else if (term instanceof Port) {
        mix1((int) ((Port) term).id, HCONST_6);
        return null;
      } else if (term instanceof Ref) {
        Ref r = (Ref) term;
        mix1(r.idCount() > 0 ? r.id(0) : 0, HCONST_7);
        return null;
      } else if (term instanceof ExportFun) {
        ExportFun f = (ExportFun) term;
        mix2(f.arity(), atomHash(f.module), HCONST);
        mix1(atomHash(f.function), HCONST_14);
        return null;
      } else if (term instanceof LocalFun) {
        LocalFun f = (LocalFun) term;
        int n = f.envSize();
        mix2(n, atomHash(f.module), HCONST);
        mix2(f.oldIndex, f.oldUniq, HCONST);
        if (n == 0) {
          return null;
        }
        for (int i = n - 1; i >= 1; i--) {
          push(f.env(i));
        }
        return f.env(0);
      }
      throw new IllegalArgumentException("not an Erlang term: " + (term == null ? "null" : term.getClass().getName()));
    }

    /**
     * A run of bytes (integers 0..255) at the head of a list is hashed four at a time, as one
     * 32-bit word; the first element that is not a byte is hashed as a term on its own.
     */
    private Object stepList(Cons cell) {
      int count = 0;
      int word = 0;
      Object t = cell;
      while (t instanceof Cons) {
        Cons c = (Cons) t;
        Object h = c.head;
        if (!(h instanceof Long) || (Long) h < 0 || (Long) h > 255) {
          break;
        }
        word = (word << 8) + (int) (long) (Long) h;
        if (count == 3) {
          mix1(word, HCONST_4);
          count = 0;
          word = 0;
        } else {
          count++;
        }
        t = c.tail;
      }
      if (count > 0) {
        mix1(word, HCONST_4);
      }
      if (t instanceof Cons) {
        Cons c = (Cons) t;
        push(c.tail);
        return c.head;
      }
      return t; // the list's end: [] or an improper tail
    }

    private void hashBig(BigInteger v) {
      int constant = v.signum() < 0 ? HCONST_10 : HCONST_11;
      BigInteger mag = v.abs();
      int words = (mag.bitLength() + 63) / 64;
      for (int i = 0; i < words; i++) {
        long digit = mag.shiftRight(64 * i).longValue();
        mix2((int) digit, (int) (digit >>> 32), constant);
      }
    }

    private void hashBits(BitString b) {
      long size = b.bitSize() >>> 3;
      int tailBits = (int) (b.bitSize() & 7);
      int constant = HCONST_13 + hash;
      if (size == 0 && tailBits == 0) {
        hash = constant;
        return;
      }
      hash = blockHash(b, (int) size, constant);
      if (tailBits > 0) {
        mix2(tailBits, b.byteAt(size) >>> (8 - tailBits), HCONST_15);
      }
    }
  }
}
