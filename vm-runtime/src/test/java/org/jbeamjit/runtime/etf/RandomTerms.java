package org.jbeamjit.runtime.etf;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
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

/**
 * Terms made on the Java side, with the shapes Java code builds that a decoder never does:
 * bitstrings that are views at odd bit offsets into shared arrays, maps built key by key,
 * identifiers and funs made from their fields. Seeded, so a run is repeatable.
 */
final class RandomTerms {
  private static final int[] BOUNDARY_BITS = {7, 8, 15, 16, 27, 28, 31, 32, 59, 60, 63, 64, 65, 127, 128, 255, 256, 2047, 2048, 2049};
  private static final List<Atom> ATOMS = List.of(Atom.of("a"), Atom.of(""), Atom.of("Hello World"),
      Atoms.TRUE, Atoms.UNDEFINED, Atoms.NONODE_NOHOST, Atom.of("\u00ff\u00e9"), Atom.of("\u0100"),
      Atom.of("日本語"), Atom.of("\uD83D\uDE00"), Atom.of("z".repeat(255)), Atom.of("\u00ff".repeat(255)),
      Atom.of("\u012C".repeat(128)), Atom.of("\u012C".repeat(255)), Atom.of("\uD83D\uDE00".repeat(255)));
  private static final List<Atom> NODES = List.of(Atom.of("a@b"), Atom.of("node@host.example"),
      Atom.of("ünï@cödé"), Atoms.NONODE_NOHOST);

  private final Random random;

  RandomTerms(long seed) {
    this.random = new Random(seed);
  }

  /** A term at most {@code depth} compounds deep. */
  Object term(int depth) {
    if (depth == 0) {
      return leaf();
    }
    switch (random.nextInt(11)) {
      case 0:
      case 1:
      case 2:
        return leaf();
      case 3:
        return new Tuple(terms(depth - 1, random.nextInt(random.nextInt(20) == 0 ? 300 : 6)).toArray());
      case 4:
        return Cons.fromList(terms(depth - 1, random.nextInt(6)));
      case 5: {
        Object l = leaf();
        for (Object t : terms(depth - 1, 1 + random.nextInt(4))) {
          l = new Cons(t, l);
        }
        return l;
      }
      case 6: {
        int n = random.nextInt(10) == 0 ? 30 + random.nextInt(12) : random.nextInt(6);
        ErlMap m = ErlMap.EMPTY;
        for (int i = 0; i < n; i++) {
          m = m.put(n > 10 ? leaf() : term(depth - 1), term(depth - 1));
        }
        return m;
      }
      case 7: {
        List<Object> bytes = new ArrayList<>();
        int n = random.nextInt(50) == 0 ? 65534 + random.nextInt(3) : random.nextInt(40);
        for (int i = 0; i < n; i++) {
          bytes.add((long) random.nextInt(256));
        }
        return Cons.fromList(bytes);
      }
      case 8:
        return localFun(terms(depth - 1, random.nextInt(4)).toArray());
      case 9: {
        List<Object> ints = new ArrayList<>();
        for (int i = random.nextInt(8); i >= 0; i--) {
          ints.add((long) (random.nextInt(600) - 300));
        }
        return Cons.fromList(ints);
      }
      default:
        return bits();
    }
  }

  private List<Object> terms(int depth, int n) {
    List<Object> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(term(depth));
    }
    return out;
  }

  Object leaf() {
    switch (random.nextInt(13)) {
      case 0:
        return boundaryInteger();
      case 1:
        return random.nextLong() >> random.nextInt(64);
      case 2:
        return Integers.normalize(new BigInteger(1 + random.nextInt(3000), random).multiply(BigInteger.valueOf(random.nextBoolean() ? 1 : -1)));
      case 3:
        return randomDouble();
      case 4:
        return ATOMS.get(random.nextInt(ATOMS.size()));
      case 5:
        return Atom.of("j" + random.nextInt(100));
      case 6:
        return bits();
      case 7:
        return pid();
      case 8:
        return port();
      case 9:
        return ref();
      case 10:
        return new ExportFun(ATOMS.get(random.nextInt(ATOMS.size())), Atom.of("f" + random.nextInt(9)),
            random.nextInt(10) == 0 ? 256 + random.nextInt(70000) : random.nextInt(256));
      case 11:
        return switch (random.nextInt(4)) {
          case 0 -> Nil.NIL;
          case 1 -> Tuple.EMPTY;
          case 2 -> ErlMap.EMPTY;
          default -> BitString.EMPTY;
        };
      default:
        return (long) random.nextInt(256);
    }
  }

  private Object boundaryInteger() {
    BigInteger p = BigInteger.ONE.shiftLeft(BOUNDARY_BITS[random.nextInt(BOUNDARY_BITS.length)]);
    BigInteger v = p.add(BigInteger.valueOf(random.nextInt(3) - 1));
    return Integers.normalize(random.nextBoolean() ? v : v.negate());
  }

  private double randomDouble() {
    switch (random.nextInt(4)) {
      case 0:
        double[] specials = {0.0, -0.0, Double.MIN_VALUE, -Double.MIN_VALUE, Double.MIN_NORMAL, Double.MAX_VALUE,
            -Double.MAX_VALUE, 0.1, 1.0 / 3, 1e23, 9007199254740993.0, Math.nextDown(Double.MIN_NORMAL)};
        return specials[random.nextInt(specials.length)];
      case 1:
        return random.nextInt(2000) / 8.0 - 100;
      default:
        while (true) {
          double d = Double.longBitsToDouble(random.nextLong());
          if (!Double.isNaN(d) && !Double.isInfinite(d)) {
            return d;
          }
        }
    }
  }

  /** A binary or bitstring, often a view at an odd bit offset into a larger shared array. */
  BitString bits() {
    byte[] data = new byte[random.nextInt(40)];
    random.nextBytes(data);
    long total = data.length * 8L;
    switch (random.nextInt(4)) {
      case 0:
        return BitString.wrap(data);
      case 1: {
        long from = total == 0 ? 0 : random.nextInt((int) total + 1);
        return BitString.view(data, from, total == from ? 0 : random.nextInt((int) (total - from) + 1));
      }
      case 2: {
        long from = total == 0 ? 0 : random.nextInt((int) total + 1);
        long bytes = (total - from) / 8;
        BitString whole = BitString.view(data, from, bytes == 0 ? 0 : 8 * (1 + random.nextInt((int) bytes)));
        long sub = random.nextInt((int) whole.bitSize() + 1);
        return whole.sub(sub, random.nextInt((int) (whole.bitSize() - sub) + 1));
      }
      default:
        return BitString.view(data, 0, total == 0 ? 0 : total - 1 - random.nextInt(7));
    }
  }

  private Atom node() {
    return NODES.get(random.nextInt(NODES.size()));
  }

  /** Creation 0 on nonode@nohost is this node, whose identifiers must be in the local ranges. */
  private Pid pid() {
    Atom node = node();
    int creation = random.nextInt(3) == 0 ? 0 : random.nextInt();
    if (node == Atoms.NONODE_NOHOST && creation == 0) {
      return new Pid(node, random.nextInt(1 << 15), random.nextInt(1 << 13), 0);
    }
    return new Pid(node, random.nextInt(), random.nextInt(), creation);
  }

  private Port port() {
    Atom node = node();
    int creation = random.nextInt(3) == 0 ? 0 : random.nextInt();
    if (node == Atoms.NONODE_NOHOST && creation == 0) {
      return new Port(node, random.nextInt(1 << 28), 0);
    }
    long id = switch (random.nextInt(3)) {
      case 0 -> random.nextInt(1 << 28);
      case 1 -> (1L << 28) + random.nextInt(3) - 1;
      default -> random.nextLong();
    };
    return new Port(node, id, creation);
  }

  private Ref ref() {
    Atom node = node();
    int creation = random.nextInt(3) == 0 ? 0 : random.nextInt();
    boolean local = node == Atoms.NONODE_NOHOST && creation == 0;
    // Remote references of no words are left out: OTP 25 decodes one only as the last term.
    int[] ids = new int[local ? 3 : 1 + random.nextInt(5)];
    for (int i = 0; i < ids.length; i++) {
      ids[i] = random.nextInt();
    }
    if (local) {
      ids[0] &= (1 << 18) - 1;
    }
    return new Ref(node, creation, ids);
  }

  /**
   * A fun shaped as the compiler makes them: the index equal to the old index, the old uniq a
   * 27-bit hash. (OTP orders funs by index and by the wrapped 32-bit difference of their old
   * uniqs, which for such values is their plain order.)
   */
  LocalFun localFun(Object[] env) {
    byte[] uniq = new byte[16];
    random.nextBytes(uniq);
    int index = random.nextInt(50);
    return new LocalFun(Atom.of("jmod" + random.nextInt(5)), index, uniq, index, random.nextInt(1 << 27),
        random.nextInt(256), new Pid(Atoms.NONODE_NOHOST, random.nextInt(1 << 15), 0, 0), env);
  }
}
