package org.jbeamjit.runtime.term;

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

  /** OTP starts the internal hash from this prime, xor the salt, to keep it apart from phash2. */
  private static final int SALT_BASE = (int) 3432918353L;

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
      int[] abc = {TermHashWalk.HCONST_22 + generation, TermHashWalk.HCONST_22 + 1, 0};
      TermHashWalk.mix(abc);
      salt = abc[2];
    }
    return new Walk(salt ^ SALT_BASE).run(key);
  }

  /**
   * The internal hash's own steps. It never leaves one VM, so unlike phash2 it need not be
   * portable: it hashes an immediate through its 64-bit machine word (so small integers are those
   * of 60 bits), a float's two words in memory order (the low word first on the little-endian
   * machines OTP runs on), and every part of a pid, port or ref, node included. It also marks
   * list structure and short byte runs, which phash2 lets collide ({@code [[a|b]]} and
   * {@code [a,b]}; {@code [0]} and {@code [0,0]}).
   */
  private static final class Walk extends TermHashWalk {
    Walk(int seed) {
      super(seed, Integers.SMALL_BITS);
    }

    private void mixWord(long word) {
      mix2((int) word, (int) (word >>> 32), HCONST);
    }

    /** OTP's light mixing of a constant that marks the head or tail of a list cell. */
    private void constHash(int constant) {
      hash ^= constant;
      hash = (hash << 17) ^ (hash >>> 15);
    }

    @Override
    void hashSmall(long x) {
      mixWord((x << 4) | TAG_SMALL);
    }

    @Override
    void hashAtom(Atom a) {
      mixWord(((long) a.index() << 6) | TAG_ATOM);
    }

    @Override
    void hashNil() {
      mixWord(NIL_WORD);
    }

    @Override
    void hashFloat(long bits) {
      mix2((int) bits, (int) (bits >>> 32), HCONST_12);
    }

    /** The count goes in too, so that [0] and [0, 0] differ. */
    @Override
    void hashLastBytes(int word, int count) {
      mix2(word, count, HCONST_22);
    }

    @Override
    Object stepCell(Cons cell) {
      constHash(HCONST_17);
      push(cell.tail);
      if (!(cell.tail instanceof Cons)) {
        push(CDR_MARK);
      }
      return cell.head;
    }

    @Override
    Object popped(Object item) {
      if (item == CDR_MARK) {
        constHash(HCONST_18);
        return null;
      }
      return item;
    }

    /** Keys and values in iteration order, which is fixed for equal maps. */
    @Override
    void pushPairs(ErlMap m) {
      Object[][] kvs = new Object[m.size()][];
      int i = 0;
      for (Map.Entry<Object, Object> e : m.entries()) {
        kvs[i++] = new Object[] {e.getKey(), e.getValue()};
      }
      for (int j = kvs.length - 1; j >= 0; j--) {
        push(kvs[j][1]);
        push(kvs[j][0]);
      }
    }

    @Override
    void hashPid(Pid p) {
      mixWord(((((long) p.serial << 28) | p.id) << 4) | TAG_PID);
      mix2(p.node.index(), p.creation, HCONST_5);
    }

    @Override
    void hashPort(Port p) {
      mixWord((p.id << 4) | TAG_PORT);
      mix2(p.node.index(), p.creation, HCONST_6);
    }

    @Override
    void hashRef(Ref r) {
      int n = r.idCount();
      while (n > 1 && r.id(n - 1) == 0) {
        n--; // trailing zero words do not count for equality
      }
      mix2(r.node.index(), r.creation, HCONST_7);
      for (int i = 0; i < n; i += 2) {
        mix2(r.id(i), i + 1 < n ? r.id(i + 1) : 0, HCONST_8);
      }
    }

    @Override
    void hashExportFun(ExportFun f) {
      mix2(f.module.index(), f.function.index(), HCONST_14);
      mix1(f.arity(), HCONST_14);
    }

    @Override
    void hashLocalFunHead(LocalFun f) {
      mix2(f.envSize(), f.module.index(), HCONST_20);
      mix2(f.oldIndex, f.oldUniq, HCONST_21);
    }
  }
}
