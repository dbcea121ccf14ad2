package org.jbeamjit.runtime.term;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.Map;

/**
 * Term order, equality and hashing with OTP 25's semantics.
 *
 * <p>Standard order: number &lt; atom &lt; reference &lt; fun &lt; port &lt; pid &lt; tuple &lt; map
 * &lt; [] &lt; list &lt; bitstring. Comparison walks terms with an explicit stack, so neither long
 * lists nor deeply nested terms can overflow the JVM stack.
 *
 * <p>OTP compares in two modes. The arithmetic mode ({@code <}, {@code ==}) compares integers and
 * floats by value. The exact mode ({@code =:=}, and every comparison of map keys) puts all
 * integers before all floats. Map keys are always compared exactly, even inside an arithmetic
 * comparison, which is why {@code #{1 => a} == #{1.0 => a}} is false while {@code {1} == {1.0}}.
 */
public final class Terms {
  private Terms() {}

  // Type ranks in the standard order.
  private static final int NUMBER = 0;
  private static final int ATOM = 1;
  private static final int REF = 2;
  private static final int FUN = 3;
  private static final int PORT = 4;
  private static final int PID = 5;
  private static final int TUPLE = 6;
  private static final int MAP = 7;
  private static final int NIL = 8;
  private static final int LIST = 9;
  private static final int BITSTRING = 10;

  /** Erlang's standard term order: negative, zero or positive as {@code a < b}, {@code a == b}, {@code a > b}. */
  public static int compare(Object a, Object b) {
    return compare(a, b, false);
  }

  /** {@code =:=}. */
  public static boolean exactEquals(Object a, Object b) {
    return a == b || compare(a, b, true) == 0;
  }

  /** {@code ==}: like {@code =:=} but integers and floats compare by value. */
  public static boolean arithEquals(Object a, Object b) {
    return a == b || compare(a, b, false) == 0;
  }

  /** The order of keys in a map: like {@link #compare} except all integers sort before all floats. */
  public static int compareMapKeys(Object a, Object b) {
    return compare(a, b, true);
  }

  /** The rank of a term's type in the standard order (0 = number ... 10 = bitstring). */
  static int typeRank(Object t) {
    if (t instanceof Long || t instanceof Double || t instanceof BigInteger) {
      return NUMBER;
    } else if (t instanceof Atom) {
      return ATOM;
    } else if (t instanceof Tuple) {
      return TUPLE;
    } else if (t instanceof Cons) {
      return LIST;
    } else if (t == Nil.NIL) {
      return NIL;
    } else if (t instanceof BitString) {
      return BITSTRING;
    } else if (t instanceof ErlMap) {
      return MAP;
    } else if (t instanceof Pid) {
      return PID;
    } else if (t instanceof Fun) {
      return FUN;
    } else if (t instanceof Ref) {
      return REF;
    } else if (t instanceof Port) {
      return PORT;
    }
    throw new IllegalArgumentException("not an Erlang term: " + (t == null ? "null" : t.getClass().getName()));
  }

  /**
   * Compares in arithmetic ({@code exact == false}) or exact mode. Pending pairs of sub-terms wait
   * on a stack, each with its own mode, so that a map's keys are compared exactly while its values
   * follow the outer mode.
   */
  static int compare(Object a, Object b, boolean exact) {
    if (a == b) {
      return 0;
    }
    CompareStack stack = null;
    for (;;) {
      if (a != b) {
        int ra = typeRank(a);
        int rb = typeRank(b);
        if (ra != rb) {
          return ra < rb ? -1 : 1;
        }
        int c;
        switch (ra) {
          case NUMBER:
            c = compareNumbers(a, b, exact);
            break;
          case ATOM:
            c = compareAtoms((Atom) a, (Atom) b);
            break;
          case NIL:
            c = 0;
            break;
          case BITSTRING:
            c = compareBits((BitString) a, (BitString) b);
            break;
          case PID:
            c = comparePids((Pid) a, (Pid) b);
            break;
          case PORT:
            c = comparePorts((Port) a, (Port) b);
            break;
          case REF:
            c = compareRefs((Ref) a, (Ref) b);
            break;
          case TUPLE: {
            Object[] ea = ((Tuple) a).elems;
            Object[] eb = ((Tuple) b).elems;
            c = Integer.compare(ea.length, eb.length);
            if (c == 0 && ea.length > 0) {
              stack = CompareStack.push(stack, ea, eb, 1, exact);
              a = ea[0];
              b = eb[0];
              continue;
            }
            break;
          }
          case LIST: {
            Cons ca = (Cons) a;
            Cons cb = (Cons) b;
            stack = CompareStack.pushPair(stack, ca.tail, cb.tail, exact);
            a = ca.head;
            b = cb.head;
            continue;
          }
          case MAP: {
            ErlMap ma = (ErlMap) a;
            ErlMap mb = (ErlMap) b;
            c = Integer.compare(ma.size(), mb.size());
            if (c == 0 && ma.size() > 0) {
              Object[] ka = ma.sortedKeys();
              Object[] kb = mb.sortedKeys();
              Object[] va = new Object[ka.length];
              Object[] vb = new Object[kb.length];
              for (int i = 0; i < ka.length; i++) {
                va[i] = ma.get(ka[i]);
                vb[i] = mb.get(kb[i]);
              }
              // Values wait below the keys: they matter only when all keys are equal.
              stack = CompareStack.push(stack, va, vb, 0, exact);
              stack = CompareStack.push(stack, ka, kb, 1, true);
              a = ka[0];
              b = kb[0];
              exact = true;
              continue;
            }
            break;
          }
          case FUN:
            c = compareFunHeads((Fun) a, (Fun) b);
            if (c == 0 && a instanceof LocalFun) {
              LocalFun fa = (LocalFun) a;
              LocalFun fb = (LocalFun) b;
              if (fa.envSize() > 0) {
                Object[] envA = fa.envArray();
                Object[] envB = fb.envArray();
                stack = CompareStack.push(stack, envA, envB, 1, exact);
                a = envA[0];
                b = envB[0];
                continue;
              }
            }
            break;
          default:
            throw new AssertionError(ra);
        }
        if (c != 0) {
          return c;
        }
      }
      if (stack == null || stack.isEmpty()) {
        return 0;
      }
      a = stack.nextA();
      b = stack.nextB();
      exact = stack.nextExact();
      stack.advance();
    }
  }

  /**
   * Pending comparisons: runs of sibling elements {@code as[i..]} against {@code bs[i..]}, each run
   * with its own mode. A list tail is a run of length one, so a long list keeps the stack small.
   */
  private static final class CompareStack {
    private Object[][] as = new Object[8][];
    private Object[][] bs = new Object[8][];
    private int[] next = new int[8];
    private boolean[] exact = new boolean[8];
    private int top = -1;

    static CompareStack push(CompareStack s, Object[] a, Object[] b, int from, boolean exact) {
      if (from >= a.length) {
        return s;
      }
      if (s == null) {
        s = new CompareStack();
      }
      if (++s.top == s.as.length) {
        int n = s.as.length * 2;
        s.as = Arrays.copyOf(s.as, n);
        s.bs = Arrays.copyOf(s.bs, n);
        s.next = Arrays.copyOf(s.next, n);
        s.exact = Arrays.copyOf(s.exact, n);
      }
      s.as[s.top] = a;
      s.bs[s.top] = b;
      s.next[s.top] = from;
      s.exact[s.top] = exact;
      return s;
    }

    static CompareStack pushPair(CompareStack s, Object a, Object b, boolean exact) {
      return push(s, new Object[] {a}, new Object[] {b}, 0, exact);
    }

    boolean isEmpty() {
      return top < 0;
    }

    Object nextA() {
      return as[top][next[top]];
    }

    Object nextB() {
      return bs[top][next[top]];
    }

    boolean nextExact() {
      return exact[top];
    }

    void advance() {
      if (++next[top] == as[top].length) {
        as[top] = null;
        bs[top] = null;
        top--;
      }
    }
  }

  // ---- numbers ----

  private static int compareNumbers(Object a, Object b, boolean exact) {
    if (a instanceof Long) {
      if (b instanceof Long) {
        return Long.compare((Long) a, (Long) b);
      } else if (b instanceof BigInteger) {
        return -((BigInteger) b).signum(); // a normalised bignum lies outside the long range
      } else {
        return exact ? -1 : compareLongDouble((Long) a, (Double) b);
      }
    } else if (a instanceof BigInteger) {
      if (b instanceof Long) {
        return ((BigInteger) a).signum();
      } else if (b instanceof BigInteger) {
        return ((BigInteger) a).compareTo((BigInteger) b);
      } else {
        return exact ? -1 : compareBigDouble((BigInteger) a, (Double) b);
      }
    } else {
      double d = (Double) a;
      if (b instanceof Double) {
        double e = (Double) b;
        return d < e ? -1 : d > e ? 1 : 0; // 0.0 and -0.0 are equal in OTP 25
      } else if (exact) {
        return 1;
      } else if (b instanceof Long) {
        return -compareLongDouble((Long) b, d);
      } else {
        return -compareBigDouble((BigInteger) b, d);
      }
    }
  }

  private static final double TWO_63 = 0x1p63;

  /** Exact comparison of an integer and a float, as if both were real numbers. */
  static int compareLongDouble(long x, double d) {
    if (d >= TWO_63) {
      return -1;
    }
    if (d < -TWO_63) {
      return 1;
    }
    long t = (long) d; // truncated: |d - t| < 1, and t is exact when d has a fraction
    if (x != t) {
      return x < t ? -1 : 1;
    }
    double ft = t;
    return d > ft ? -1 : d < ft ? 1 : 0;
  }

  static int compareBigDouble(BigInteger x, double d) {
    if (d < TWO_63 && d >= -TWO_63) {
      return x.signum(); // a normalised bignum is beyond every long, hence beyond d
    }
    // Here |d| >= 2^63, so d is an integer and converts exactly.
    return x.compareTo(new BigDecimal(d).toBigInteger());
  }

  // ---- atoms, bits and identifiers ----

  static int compareAtoms(Atom a, Atom b) {
    if (a == b) {
      return 0;
    }
    int la = a.utf8Length();
    int lb = b.utf8Length();
    int n = Math.min(la, lb);
    for (int i = 0; i < n; i++) {
      int c = (a.utf8At(i) & 0xFF) - (b.utf8At(i) & 0xFF);
      if (c != 0) {
        return c < 0 ? -1 : 1;
      }
    }
    return Integer.compare(la, lb);
  }

  static int compareBits(BitString a, BitString b) {
    long min = Math.min(a.bitSize(), b.bitSize());
    long fullBytes = min >>> 3;
    for (long i = 0; i < fullBytes; i++) {
      int c = a.byteAt(i) - b.byteAt(i);
      if (c != 0) {
        return c < 0 ? -1 : 1;
      }
    }
    int rest = (int) (min & 7);
    if (rest != 0) {
      int c = (a.byteAt(fullBytes) >>> (8 - rest)) - (b.byteAt(fullBytes) >>> (8 - rest));
      if (c != 0) {
        return c < 0 ? -1 : 1;
      }
    }
    return Long.compare(a.bitSize(), b.bitSize());
  }

  /** Nodes order by name, then by creation (as unsigned 32-bit numbers). */
  private static int compareNodes(Atom na, int ca, Atom nb, int cb) {
    int c = compareAtoms(na, nb);
    return c != 0 ? c : Integer.compareUnsigned(ca, cb);
  }

  /** Pids order by serial, then number, and only then by node: OTP compares the pid data word first. */
  static int comparePids(Pid a, Pid b) {
    int c = Integer.compareUnsigned(a.serial, b.serial);
    if (c == 0) {
      c = Integer.compareUnsigned(a.id, b.id);
    }
    return c != 0 ? c : compareNodes(a.node, a.creation, b.node, b.creation);
  }

  static int comparePorts(Port a, Port b) {
    int c = compareNodes(a.node, a.creation, b.node, b.creation);
    return c != 0 ? c : Long.compareUnsigned(a.id, b.id);
  }

  /**
   * Refs order by node, then by their id words (unsigned) from the most significant down; a
   * missing word counts as zero.
   */
  static int compareRefs(Ref a, Ref b) {
    int c = compareNodes(a.node, a.creation, b.node, b.creation);
    if (c != 0) {
      return c;
    }
    int la = a.idCount();
    int lb = b.idCount();
    for (int i = Math.max(la, lb) - 1; i >= 0; i--) {
      int x = i < la ? a.id(i) : 0;
      int y = i < lb ? b.id(i) : 0;
      if (x != y) {
        return Integer.compareUnsigned(x, y) < 0 ? -1 : 1;
      }
    }
    return 0;
  }

  /** Everything about two funs but the captured values. Local funs sort before export funs. */
  private static int compareFunHeads(Fun a, Fun b) {
    if (a instanceof LocalFun) {
      if (!(b instanceof LocalFun)) {
        return -1;
      }
      LocalFun fa = (LocalFun) a;
      LocalFun fb = (LocalFun) b;
      int c = compareAtoms(fa.module, fb.module);
      if (c == 0) {
        c = Integer.compare(fa.index, fb.index);
      }
      if (c == 0) {
        // OTP orders by the sign of the wrapped 32-bit difference, not by value; uniq, old index
        // and arity play no part.
        c = Integer.signum(fa.oldUniq - fb.oldUniq);
      }
      if (c == 0) {
        c = Integer.compare(fa.envSize(), fb.envSize());
      }
      return c;
    }
    if (b instanceof LocalFun) {
      return 1;
    }
    ExportFun ea = (ExportFun) a;
    ExportFun eb = (ExportFun) b;
    int c = compareAtoms(ea.module, eb.module);
    if (c == 0) {
      c = compareAtoms(ea.function, eb.function);
    }
    return c != 0 ? c : Integer.compare(ea.arity(), eb.arity());
  }

  // ---- hashing ----

  /** Beyond this nesting depth the hash ignores sub-terms: still consistent with equality. */
  private static final int HASH_DEPTH = 32;
  /** Elements hashed per list, tuple or map; the rest are ignored, again consistently. */
  private static final int HASH_WIDTH = 64;

  /** A hash consistent with {@link #exactEquals}. */
  public static int hash(Object t) {
    return hash(t, 0);
  }

  private static int hash(Object t, int depth) {
    if (t instanceof Long) {
      return Long.hashCode((Long) t);
    } else if (t instanceof Atom) {
      return ((Atom) t).index() * 0x9E3779B9;
    } else if (t instanceof Double) {
      double d = (Double) t;
      return d == 0.0 ? 0x5bd1e995 : Double.hashCode(d); // 0.0 =:= -0.0
    } else if (t instanceof BigInteger) {
      return t.hashCode();
    } else if (t == Nil.NIL) {
      return 0x2f0b3a49;
    }
    if (depth >= HASH_DEPTH) {
      return 17;
    }
    if (t instanceof Tuple) {
      Object[] es = ((Tuple) t).elems;
      int h = 0x7a2c1b3d + es.length;
      for (int i = 0, n = Math.min(es.length, HASH_WIDTH); i < n; i++) {
        h = h * 31 + hash(es[i], depth + 1);
      }
      return h;
    } else if (t instanceof Cons) {
      int h = 0x1b873593;
      Object l = t;
      for (int i = 0; i < HASH_WIDTH && l instanceof Cons; i++) {
        Cons c = (Cons) l;
        h = h * 31 + hash(c.head, depth + 1);
        l = c.tail;
      }
      return l instanceof Cons ? h : h * 31 + hash(l, depth + 1);
    } else if (t instanceof BitString) {
      BitString b = (BitString) t;
      int h = Long.hashCode(b.bitSize());
      long n = Math.min(b.byteSize(), 256);
      for (long i = 0; i < n; i++) {
        h = h * 31 + b.byteAt(i);
      }
      return h;
    } else if (t instanceof ErlMap) {
      // Order-independent, so it cannot depend on how the map happens to be laid out.
      ErlMap m = (ErlMap) t;
      int h = m.size();
      int i = 0;
      for (Map.Entry<Object, Object> e : m.entries()) {
        if (i++ == HASH_WIDTH) {
          break;
        }
        h += hash(e.getKey(), depth + 1) * 31 ^ hash(e.getValue(), depth + 1);
      }
      return m.size() <= HASH_WIDTH ? h : m.size();
    } else if (t instanceof Pid) {
      Pid p = (Pid) t;
      return (p.id * 31 + p.serial) * 31 + p.node.index() + p.creation;
    } else if (t instanceof Port) {
      Port p = (Port) t;
      return Long.hashCode(p.id) * 31 + p.node.index() + p.creation;
    } else if (t instanceof Ref) {
      Ref r = (Ref) t;
      int h = r.node.index() * 31 + r.creation;
      int n = r.idCount();
      while (n > 1 && r.id(n - 1) == 0) {
        n--; // trailing zero words do not count for equality
      }
      for (int i = 0; i < n; i++) {
        h = h * 31 + r.id(i);
      }
      return h;
    } else if (t instanceof LocalFun) {
      LocalFun f = (LocalFun) t;
      int h = (f.module.index() * 31 + f.index) * 31 + f.oldUniq;
      for (int i = 0, n = Math.min(f.envSize(), HASH_WIDTH); i < n; i++) {
        h = h * 31 + hash(f.env(i), depth + 1);
      }
      return h;
    } else if (t instanceof ExportFun) {
      ExportFun f = (ExportFun) t;
      return (f.module.index() * 31 + f.function.index()) * 31 + f.arity();
    }
    throw new IllegalArgumentException("not an Erlang term: " + (t == null ? "null" : t.getClass().getName()));
  }
}
