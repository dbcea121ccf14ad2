package org.jbeamjit.runtime.term;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.Map;

/**
 * The hash that places a key in a large map's trie ({@link MapTrie}): OTP 25's internal term hash
 * ({@code make_internal_hash}), so that large maps iterate in the same order as on OTP.
 *
 * <p>OTP hashes an immediate term (small integer, atom, pid, port, {@code []}) through its raw
 * machine word. For integers and {@code []} that word is fixed, so numbers, binaries, and lists,
 * tuples and maps built of them hash exactly as in OTP. An atom's word holds its index in the
 * atom table, which depends on the order atoms were created in that VM; this uses the index of
 * this VM's table instead, so large maps keyed by atoms, pids, ports, refs or funs iterate in an
 * order of their own.
 */
final class MapKeyHash {
  private MapKeyHash() {}

  private static final int HCONST = 0x9e3779b9;
  private static final int HCONST_4 = 0x78dde6e4;
  private static final int HCONST_5 = 0x1715609d;
  private static final int HCONST_6 = 0xb54cda56;
  private static final int HCONST_7 = 0x5384540f;
  private static final int HCONST_8 = 0xf1bbcdc8;
  private static final int HCONST_9 = 0x8ff34781;
  private static final int HCONST_10 = 0x2e2ac13a;
  private static final int HCONST_11 = 0xcc623af3;
  private static final int HCONST_12 = 0x6a99b4ac;
  private static final int HCONST_13 = 0x08d12e65;
  private static final int HCONST_14 = 0xa708a81e;
  private static final int HCONST_15 = 0x454021d7;
  private static final int HCONST_16 = 0xe3779b90;
  private static final int HCONST_17 = 0x81af1549;
  private static final int HCONST_18 = 0x1fe68f02;
  private static final int HCONST_20 = 0x5c558274;
  private static final int HCONST_21 = 0xfa8cfc2d;
  private static final int HCONST_22 = 0x98c475e6;

  /** OTP starts the internal hash from this prime, xor the salt, to keep it apart from phash2. */
  private static final int SALT_BASE = (int) 3432918353L;

  /** Small integers on a 64-bit OTP: 60 bits, signed. */
  private static final long MIN_SMALL = -(1L << 59);
  private static final long MAX_SMALL = (1L << 59) - 1;

  // Tags of OTP's immediate words.
  private static final long TAG_SMALL = 0xF;
  private static final long TAG_PID = 0x3;
  private static final long TAG_PORT = 0x7;
  private static final long TAG_ATOM = 0xB;
  private static final long NIL_WORD = 0x3B;

  /** Marks, on the work stack, the end of a list cell whose tail is not a list. */
  private static final Object CDR_MARK = new Object();

  /**
   * The key's hash for one generation of 8 trie levels. Generation 0 is the plain hash; a later
   * one salts it with a mix of the generation number, so keys whose 32 hash bits all agree part
   * further down ({@code make_map_hash} in OTP 25).
   */
  static int hash(Object key, int generation) {
    int salt = 0;
    if (generation > 0) {
      int[] abc = {HCONST_22 + generation, HCONST_22 + 1, 0};
      Phash2.mix(abc);
      salt = abc[2];
    }
    return new Walk(salt ^ SALT_BASE).run(key);
  }

  private static final class Walk {
    private int hash;
    private final int[] abc = new int[3];
    private Object[] stack = new Object[16];
    private int sp;

    Walk(int seed) {
      hash = seed;
    }

    private void push(Object o) {
      if (sp == stack.length) {
        stack = Arrays.copyOf(stack, sp * 2);
      }
      stack[sp++] = o;
    }

    private void mix2(int x, int y, int constant) {
      abc[0] = constant + x;
      abc[1] = constant + y;
      abc[2] = hash;
      Phash2.mix(abc);
      hash = abc[2];
    }

    private void mixWord(long word) {
      mix2((int) word, (int) (word >>> 32), HCONST);
    }

    /** OTP's light mixing of a constant that marks the head or tail of a list cell. */
    private void constHash(int constant) {
      hash ^= constant;
      hash = (hash << 17) ^ (hash >>> 15);
    }

    int run(Object term) {
      for (;;) {
        term = step(term);
        while (term == null) {
          if (sp == 0) {
            return hash;
          }
          Object o = stack[--sp];
          stack[sp] = null;
          if (o == CDR_MARK) {
            constHash(HCONST_18);
          } else {
            term = o;
          }
        }
      }
    }

    private Object step(Object term) {
      if (term instanceof Long) {
        long x = (Long) term;
        if (x >= MIN_SMALL && x <= MAX_SMALL) {
          mixWord((x << 4) | TAG_SMALL);
        } else {
          hashBig(BigInteger.valueOf(x));
        }
      } else if (term instanceof Atom) {
        mixWord(((long) ((Atom) term).index() << 6) | TAG_ATOM);
      } else if (term == Nil.NIL) {
        mixWord(NIL_WORD);
      } else if (term instanceof Cons) {
        return stepList((Cons) term);
      } else if (term instanceof Tuple) {
        Object[] es = ((Tuple) term).elems;
        mix2(es.length, 0, HCONST_9);
        if (es.length == 0) {
          return null;
        }
        for (int i = es.length - 1; i >= 1; i--) {
          push(es[i]);
        }
        return es[0];
      } else if (term instanceof Double) {
        double d = (Double) term;
        long bits = Double.doubleToRawLongBits(d == 0.0 ? 0.0 : d);
        mix2((int) bits, (int) (bits >>> 32), HCONST_12);
      } else if (term instanceof BigInteger) {
        hashBig((BigInteger) term);
      } else if (term instanceof BitString) {
        hashBits((BitString) term);
      } else if (term instanceof ErlMap) {
        ErlMap m = (ErlMap) term;
        mix2(m.size(), 0, HCONST_16);
        // Keys and values in iteration order, which is fixed for equal maps.
        Object[][] kvs = new Object[m.size()][];
        int i = 0;
        for (Map.Entry<Object, Object> e : m.entries()) {
          kvs[i++] = new Object[] {e.getKey(), e.getValue()};
        }
        for (int j = kvs.length - 1; j >= 0; j--) {
          push(kvs[j][1]);
          push(kvs[j][0]);
        }
      } else if (term instanceof Pid) {
        Pid p = (Pid) term;
        mixWord(((((long) p.serial << 28) | p.id) << 4) | TAG_PID);
        mix2(p.node.index(), p.creation, HCONST_5);
      } else if (term instanceof Port) {
        Port p = (Port) term;
        mixWord((p.id << 4) | TAG_PORT);
        mix2(p.node.index(), p.creation, HCONST_6);
      } else if (term instanceof Ref) {
        Ref r = (Ref) term;
        int n = r.idCount();
        while (n > 1 && r.id(n - 1) == 0) {
          n--; // trailing zero words do not count for equality
        }
        mix2(r.node.index(), r.creation, HCONST_7);
        for (int i = 0; i < n; i += 2) {
          mix2(r.id(i), i + 1 < n ? r.id(i + 1) : 0, HCONST_8);
        }
      } else if (term instanceof LocalFun) {
        LocalFun f = (LocalFun) term;
        int n = f.envSize();
        mix2(n, f.module.index(), HCONST_20);
        mix2(f.oldIndex, f.oldUniq, HCONST_21);
        if (n > 0) {
          for (int i = n - 1; i >= 1; i--) {
            push(f.env(i));
          }
          return f.env(0);
        }
      } else if (term instanceof ExportFun) {
        ExportFun f = (ExportFun) term;
        mix2(f.module.index(), f.function.index(), HCONST_14);
        mix2(f.arity(), 0, HCONST_14);
      } else {
        throw new IllegalArgumentException("not an Erlang term: " + (term == null ? "null" : term.getClass().getName()));
      }
      return null;
    }

    /** Bytes at the head of a list go four to a word; a list cell marks its head and its end. */
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
          mix2(word, 0, HCONST_4);
          count = 0;
          word = 0;
        } else {
          count++;
        }
        t = ((Cons) t).tail;
      }
      if (count > 0) {
        mix2(word, count, HCONST_22);
      }
      if (t instanceof Cons) {
        Cons c = (Cons) t;
        constHash(HCONST_17);
        push(c.tail);
        if (!(c.tail instanceof Cons)) {
          push(CDR_MARK);
        }
        return c.head;
      }
      return t;
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
      hash = Phash2.blockHash(b, (int) size, constant);
      if (tailBits > 0) {
        mix2(tailBits, b.byteAt(size) >>> (8 - tailBits), HCONST_15);
      }
    }
  }
}
