package org.jbeamjit.runtime.term;

import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.Map;

/**
 * {@code erlang:phash/2}'s hash ({@code make_hash} in OTP), which {@code dict} and {@code sets}
 * still use: before {@link Phash2}, and different from it. Each part is folded in with
 * {@code h = h * P + x} modulo 2^32, P being one of fourteen primes just above 2^28 chosen by
 * the kind of part; integers are hashed byte by byte from the least significant, in whole
 * 32-bit words of their magnitude; maps go through {@link Phash2#hash}. The walk keeps its own
 * stack, so deep nesting cannot overflow the JVM stack.
 */
public final class Phash {
  private Phash() {}

  private static final int P1 = 268440163;
  private static final int P2 = 268439161;
  private static final int P3 = 268435459;
  private static final int P4 = 268436141;
  private static final int P5 = 268438633;
  private static final int P6 = 268437017;
  private static final int P8 = 268437511;
  private static final int P9 = 268439627;
  private static final int P10 = 268440479;
  private static final int P11 = 268440577;
  private static final int P12 = 268440581;
  private static final int P13 = 268440593;
  private static final int P14 = 268440611;

  /** Work left on the stack besides terms: what to fold in once the terms above it are done. */
  private record Then(int multiplier, int addend) {}

  private static final Then AFTER_TAIL = new Then(P8, 0);

  /** The 32-bit hash, as an unsigned value in a long. */
  public static long hash(Object term) {
    int h = 0;
    ArrayDeque<Object> work = new ArrayDeque<>();
    work.push(term);
    while (!work.isEmpty()) {
      Object t = work.pop();
      if (t instanceof Then then) {
        h = h * then.multiplier + then.addend;
      } else if (t == Nil.NIL) {
        h = h * P3 + 1;
      } else if (t instanceof Atom a) {
        h = h * P1 + Phash2.atomHash(a);
      } else if (t instanceof Long || t instanceof BigInteger) {
        h = integer(h, Integers.toBig(t));
      } else if (t instanceof Double d) {
        long bits = Double.doubleToRawLongBits(d == 0.0 ? 0.0 : d);
        h = h * P6 + ((int) bits ^ (int) (bits >>> 32));
      } else if (t instanceof BitString b) {
        h = binary(h, b);
      } else if (t instanceof Cons c) {
        // Bytes at the head are folded in directly; anything else is hashed as a term, and
        // each tail that is not a list cell counts for itself, then multiplies by P8.
        Object l = c;
        while (l instanceof Cons cell && cell.head instanceof Long v && v >= 0 && v <= 255) {
          h = h * P2 + (int) (long) v;
          l = cell.tail;
        }
        if (l instanceof Cons cell) {
          work.push(new TailOf(cell.tail));
          work.push(cell.head);
        } else {
          work.push(AFTER_TAIL);
          work.push(l);
        }
      } else if (t instanceof TailOf tail) {
        if (tail.rest instanceof Cons) {
          work.push(tail.rest);
        } else {
          work.push(AFTER_TAIL);
          work.push(tail.rest);
        }
      } else if (t instanceof Tuple tu) {
        work.push(new Then(P9, tu.arity()));
        for (int i = tu.arity() - 1; i >= 0; i--) {
          work.push(tu.get(i));
        }
      } else if (t instanceof ErlMap m) {
        h = h * P13 + P14 + Phash2.hash(m);
      } else if (t instanceof LocalFun f) {
        h = h * P10 + f.envSize();
        h = h * P1 + Phash2.atomHash(f.module);
        h = h * P2 + f.index;
        h = h * P2 + f.oldUniq;
        for (int i = f.envSize() - 1; i >= 0; i--) {
          work.push(f.env(i));
        }
      } else if (t instanceof ExportFun f) {
        h = h * P11 + f.arity();
        h = h * P1 + Phash2.atomHash(f.module);
        h = h * P1 + Phash2.atomHash(f.function);
      } else if (t instanceof Pid p) {
        h = word(h, p.id, P5) * P6;
      } else if (t instanceof Port p) {
        int high = (int) (p.id >>> 32);
        if (high != 0) {
          h = word(h, high, P11);
        }
        h = word(h, (int) p.id, P9) * P10;
      } else if (t instanceof Ref r) {
        h = word(h, r.id(0), P9) * P10;
      } else {
        throw new IllegalArgumentException("not an Erlang term: " + t);
      }
    }
    return Integer.toUnsignedLong(h);
  }

  /** A list's tail still to hash after its head. */
  private record TailOf(Object rest) {}

  /** The four bytes of a 32-bit word, least significant first. */
  private static int word(int h, int x, int prime) {
    for (int i = 0; i < 4; i++) {
      h = h * prime + ((x >>> (8 * i)) & 0xFF);
    }
    return h;
  }

  private static int integer(int h, BigInteger v) {
    BigInteger mag = v.abs();
    int words = Math.max(1, (mag.bitLength() + 31) / 32);
    for (int w = 0; w < words; w++) {
      h = word(h, mag.shiftRight(32 * w).intValue(), P2);
    }
    return h * (v.signum() < 0 ? P4 : P3);
  }

  private static int binary(int h, BitString b) {
    long whole = b.bitSize() >>> 3;
    for (long i = 0; i < whole; i++) {
      h = h * P1 + b.byteAt(i);
    }
    int rest = (int) (b.bitSize() & 7);
    if (rest > 0) {
      h = (h * P1 + (b.byteAt(whole) >>> (8 - rest))) * P12 + rest;
    }
    return h * P4 + (int) whole;
  }
}
