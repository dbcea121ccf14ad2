package org.jbeamjit.runtime.term;

import java.math.BigInteger;
import java.util.Arrays;

/**
 * One run of a Jenkins-style term hash: what OTP's two such hashes share. They are
 * {@code erlang:phash2} ({@link Phash2}) and the internal hash that orders large maps
 * ({@link MapKeyHash}). Both walk the term with an explicit stack, so that no nesting depth can
 * overflow the JVM stack, and fold each part into one 32-bit value with Bob Jenkins' 1996 mix,
 * under a constant that tags what kind of part it is. They hash tuples, bignums, bitstrings, the
 * bytes at the head of a list, map sizes and fun environments in the same way. A subclass says how
 * it hashes the rest: where OTP's two functions differ.
 */
abstract class TermHashWalk {
  /** The golden ratio. OTP tags each kind of part with a multiple of it, wrapping at 32 bits. */
  static final int HCONST = 0x9e3779b9;
  static final int HCONST_2 = 2 * HCONST;
  static final int HCONST_3 = 3 * HCONST;
  static final int HCONST_4 = 4 * HCONST;
  static final int HCONST_5 = 5 * HCONST;
  static final int HCONST_6 = 6 * HCONST;
  static final int HCONST_7 = 7 * HCONST;
  static final int HCONST_8 = 8 * HCONST;
  static final int HCONST_9 = 9 * HCONST;
  static final int HCONST_10 = 10 * HCONST;
  static final int HCONST_11 = 11 * HCONST;
  static final int HCONST_12 = 12 * HCONST;
  static final int HCONST_13 = 13 * HCONST;
  static final int HCONST_14 = 14 * HCONST;
  static final int HCONST_15 = 15 * HCONST;
  static final int HCONST_16 = 16 * HCONST;
  static final int HCONST_17 = 17 * HCONST;
  static final int HCONST_18 = 18 * HCONST;
  static final int HCONST_19 = 19 * HCONST;
  static final int HCONST_20 = 20 * HCONST;
  static final int HCONST_21 = 21 * HCONST;
  static final int HCONST_22 = 22 * HCONST;

  /** The running hash. */
  int hash;
  private final long smallLimit;
  private final int[] abc = new int[3];
  private Object[] stack = new Object[16];
  private int sp;

  /**
   * @param seed the hash before any part is mixed in
   * @param smallBits integers that fit in this many bits (signed) are hashed by
   *     {@link #hashSmall}, larger ones as bignums
   */
  TermHashWalk(int seed, int smallBits) {
    this.hash = seed;
    this.smallLimit = 1L << (smallBits - 1);
  }

  /** Jenkins' 96-bit mix of {a, b, c}, in place. */
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

  /**
   * Jenkins' lookup2 hash of the first {@code length} bytes of a bitstring (which may start
   * mid-byte), from {@code initval}: {@code block_hash} in OTP.
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

  /** Mixes two 32-bit parts, tagged with {@code constant}, into the running hash. */
  final void mix2(int x, int y, int constant) {
    abc[0] = constant + x;
    abc[1] = constant + y;
    abc[2] = hash;
    mix(abc);
    hash = abc[2];
  }

  final void mix1(int x, int constant) {
    mix2(x, 0, constant);
  }

  /** Leaves {@code o} to be popped later: a sub-term, or a subclass's marker or saved state. */
  final void push(Object o) {
    if (sp == stack.length) {
      stack = Arrays.copyOf(stack, sp * 2);
    }
    stack[sp++] = o;
  }

  final Object pop() {
    Object o = stack[--sp];
    stack[sp] = null;
    return o;
  }

  /** The hash of {@code term}, sub-terms depth first and left to right. */
  final int run(Object term) {
    for (;;) {
      term = step(term);
      while (term == null) {
        if (sp == 0) {
          return hash;
        }
        term = popped(pop());
      }
    }
  }

  /**
   * What to do with an item popped off the work stack: the term to hash next, or null once a
   * marker the subclass pushed has been dealt with. Sub-terms are returned as they are.
   */
  Object popped(Object item) {
    return item;
  }

  /** Hashes one term; returns a sub-term to continue with at once, or null when it is done. */
  private Object step(Object term) {
    if (term instanceof Long) {
      long x = (Long) term;
      if (x >= -smallLimit && x < smallLimit) {
        hashSmall(x);
      } else {
        hashBig(BigInteger.valueOf(x));
      }
    } else if (term instanceof Atom) {
      hashAtom((Atom) term);
    } else if (term == Nil.NIL) {
      hashNil();
    } else if (term instanceof Cons) {
      return stepList((Cons) term);
    } else if (term instanceof Tuple) {
      Object[] es = ((Tuple) term).elems;
      mix1(es.length, HCONST_9);
      return enter(es);
    } else if (term instanceof Double) {
      double d = (Double) term;
      hashFloat(Double.doubleToRawLongBits(d == 0.0 ? 0.0 : d)); // -0.0 =:= 0.0, so they hash alike
    } else if (term instanceof BigInteger) {
      hashBig((BigInteger) term);
    } else if (term instanceof BitString) {
      hashBits((BitString) term);
    } else if (term instanceof ErlMap) {
      ErlMap m = (ErlMap) term;
      mix1(m.size(), HCONST_16);
      if (!m.isEmpty()) {
        pushPairs(m);
      }
    } else if (term instanceof Pid) {
      hashPid((Pid) term);
    } else if (term instanceof Port) {
      hashPort((Port) term);
    } else if (term instanceof Ref) {
      hashRef((Ref) term);
    } else if (term instanceof ExportFun) {
      hashExportFun((ExportFun) term);
    } else if (term instanceof LocalFun) {
      LocalFun f = (LocalFun) term;
      hashLocalFunHead(f);
      return enter(f.envArray());
    } else {
      throw new IllegalArgumentException("not an Erlang term: " + (term == null ? "null" : term.getClass().getName()));
    }
    return null;
  }

  /** Continues with {@code terms[0]} and leaves the rest, in order, for after it. */
  private Object enter(Object[] terms) {
    if (terms.length == 0) {
      return null;
    }
    for (int i = terms.length - 1; i >= 1; i--) {
      push(terms[i]);
    }
    return terms[0];
  }

  /**
   * A run of bytes (integers 0..255) at the head of a list is hashed four at a time, as one
   * 32-bit word. The first cell whose head is not a byte goes to {@link #stepCell}.
   */
  private Object stepList(Cons cell) {
    int count = 0;
    int word = 0;
    Object t = cell;
    while (t instanceof Cons) {
      Object h = ((Cons) t).head;
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
      t = ((Cons) t).tail;
    }
    if (count > 0) {
      hashLastBytes(word, count);
    }
    return t instanceof Cons ? stepCell((Cons) t) : t; // else the list's end: [] or an improper tail
  }

  /** A bignum's magnitude in 64-bit digits, least significant first, each as two 32-bit halves. */
  private void hashBig(BigInteger v) {
    int constant = v.signum() < 0 ? HCONST_10 : HCONST_11;
    BigInteger mag = v.abs();
    int words = (mag.bitLength() + 63) / 64;
    for (int i = 0; i < words; i++) {
      long digit = mag.shiftRight(64 * i).longValue();
      mix2((int) digit, (int) (digit >>> 32), constant);
    }
  }

  /** The whole bytes through Jenkins' block hash, then the bits of a last partial byte. */
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

  /** An integer that fits in the small range given to the constructor. */
  abstract void hashSmall(long x);

  abstract void hashAtom(Atom a);

  abstract void hashNil();

  /** A float, by its IEEE bits (-0.0 already made 0.0). */
  abstract void hashFloat(long bits);

  /** The 1 to 3 bytes left over from a run of bytes at the head of a list, packed into {@code word}. */
  abstract void hashLastBytes(int word, int count);

  /** A list cell whose head is not a byte: returns the head, to hash next, and pushes the tail. */
  abstract Object stepCell(Cons cell);

  /** A non-empty map, whose size is already mixed in: pushes its keys and values. */
  abstract void pushPairs(ErlMap m);

  abstract void hashPid(Pid p);

  abstract void hashPort(Port p);

  abstract void hashRef(Ref r);

  abstract void hashExportFun(ExportFun f);

  /** Everything about a local fun but its environment, which is hashed next, in order. */
  abstract void hashLocalFunHead(LocalFun f);
}
