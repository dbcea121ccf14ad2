package org.jbeamjit.runtime.term;

import java.util.Map;

/**
 * {@code erlang:phash2/1,2}: OTP's portable term hash, bit for bit. It is Bob Jenkins' 1996 mix
 * applied to each part of the term in a fixed walk, so equal terms hash alike on every node and
 * every OTP release. Large and small maps hash alike because each key-value pair is hashed on its
 * own and the pair hashes are combined with xor.
 */
public final class Phash2 {
  private Phash2() {}

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

  /** Markers on the work stack, distinct from every term. */
  private enum Op {
    /** A map's pairs are done: fold their xor into the hash saved below. */
    MAP_TAIL,
    /** A key and its value are done: xor their hash into the map's pair hash. */
    MAP_PAIR
  }

  /**
   * phash2's own steps. Its definition is frozen so that a hash is the same on every node and
   * every OTP release, 32-bit or 64-bit: so it hashes only what is portable (an atom's name, not
   * its index in the atom table; a pid's number, not its node), treats as small only integers that
   * fit in 28 bits, as a 32-bit node does, and puts a float's high word first whatever the byte
   * order.
   */
  private static final class Walk extends TermHashWalk {
    /** The xor of the pair hashes of the map being hashed. */
    private int xorPairs;

    Walk() {
      super(0, 28);
    }

    @Override
    void hashSmall(long x) {
      int y = (int) x;
      if (y < 0) {
        mix1(-y, HCONST); // OTP mixes negative small integers twice
      }
      mix1(y, HCONST);
    }

    @Override
    void hashAtom(Atom a) {
      int h = atomHash(a);
      if (hash == 0) {
        hash = h;
      } else {
        mix1(h, HCONST_3);
      }
    }

    @Override
    void hashNil() {
      if (hash == 0) {
        hash = NIL_FIRST;
      } else {
        mix1(NIL_TAG, HCONST_2);
      }
    }

    @Override
    void hashFloat(long bits) {
      mix2((int) (bits >>> 32), (int) bits, HCONST_12);
    }

    @Override
    void hashLastBytes(int word, int count) {
      mix1(word, HCONST_4);
    }

    @Override
    Object stepCell(Cons cell) {
      push(cell.tail);
      return cell.head;
    }

    /**
     * Each pair starts from a zero hash and the pair hashes are combined with xor, which does not
     * depend on the order: a map hashes alike whatever its layout.
     */
    @Override
    void pushPairs(ErlMap m) {
      push(xorPairs);
      push(hash);
      push(Op.MAP_TAIL);
      hash = 0;
      xorPairs = 0;
      for (Map.Entry<Object, Object> e : m.entries()) {
        push(Op.MAP_PAIR);
        push(e.getValue());
        push(e.getKey());
      }
    }

    @Override
    Object popped(Object item) {
      if (item == Op.MAP_TAIL) {
        int saved = (Integer) pop();
        int savedXor = (Integer) pop();
        int pairs = xorPairs;
        hash = saved;
        mix1(pairs, HCONST_19);
        xorPairs = savedXor;
        return null;
      } else if (item == Op.MAP_PAIR) {
        xorPairs ^= hash;
        hash = 0;
        return null;
      }
      return item;
    }

    @Override
    void hashPid(Pid p) {
      mix1(p.id, HCONST_5);
    }

    @Override
    void hashPort(Port p) {
      mix1((int) p.id, HCONST_6);
    }

    @Override
    void hashRef(Ref r) {
      mix1(r.idCount() > 0 ? r.id(0) : 0, HCONST_7);
    }

    @Override
    void hashExportFun(ExportFun f) {
      mix2(f.arity(), atomHash(f.module), HCONST);
      mix1(atomHash(f.function), HCONST_14);
    }

    @Override
    void hashLocalFunHead(LocalFun f) {
      mix2(f.envSize(), atomHash(f.module), HCONST);
      mix2(f.oldIndex, f.oldUniq, HCONST);
    }
  }
}
