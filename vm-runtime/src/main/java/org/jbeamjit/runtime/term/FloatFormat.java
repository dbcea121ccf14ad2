package org.jbeamjit.runtime.term;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Floats as text the way OTP 25 writes them with {@code float_to_list(F, [short])}, which is
 * also what {@code ~w}, {@code ~p} and {@code io_lib:write/1} print: the shortest digits that
 * read back as the same float, laid out in fixed or scientific notation by OTP's rule.
 *
 * <p>The digits come from Raffaello Giulietti's Schubfach algorithm: the rounding interval of
 * the float is scaled by a 126-bit approximation of a power of ten, and the shortest decimal in
 * it (the closest one, when there are several) is read off with a few 64-bit products. The JDK's
 * {@code Double.toString} is not used: before JDK 19 it is not always shortest.
 */
public final class FloatFormat {
  private FloatFormat() {}

  /** {@code float_to_list(V, [short])}. */
  public static String shortest(double v) {
    if (Double.isNaN(v) || Double.isInfinite(v)) {
      throw new IllegalArgumentException("Erlang has no float " + v);
    }
    StringBuilder b = new StringBuilder(26);
    if (Double.doubleToRawLongBits(v) < 0) {
      b.append('-');
    }
    if (v == 0.0) {
      return b.append("0.0").toString();
    }
    Decimal d = Schubfach.toDecimal(Math.abs(v));
    layout(b, d.digits, d.exponent);
    return b.toString();
  }

  /** 2^53, 2^52 / 5 and 2^51 / 25: integers at and past these print in scientific notation. */
  private static final long TWO_53 = 1L << 53;
  private static final long TWO_52_BY_5 = (1L << 52) / 5;
  private static final long TWO_51_BY_25 = (1L << 51) / 25;

  /**
   * Writes {@code digits * 10^exp} (the digits without trailing zeros) in OTP's layout. Fixed
   * notation is used when the exponent lies in a window that depends on the number of digits:
   * from {@code -(n + 2)} (so at most two zeros after the point, {@code 0.001234}) up to 1, or
   * up to 2 when there is one digit ({@code 100.0} but {@code 1.0e3}) or the number is 10^10 or
   * more. Integers from 2^53 on, past which not every integer is a float, are written in
   * scientific notation anyway ({@code 9.007199254740992e15}).
   */
  static void layout(StringBuilder b, long digits, int exp) {
    String ds = Long.toString(digits);
    int n = ds.length();
    int sciExp = exp + n - 1;
    int lower = n == 1 ? -4 : -(n + 2);
    int upper = n == 1 || sciExp >= 10 ? 2 : 1;
    boolean fixed = lower <= exp && exp <= upper
        && !((digits >= TWO_53 && exp == 0)
            || (digits > TWO_52_BY_5 && exp == 1)
            || (digits > TWO_51_BY_25 && exp == 2));
    if (fixed) {
      if (exp >= 0) {
        b.append(ds);
        for (int i = 0; i < exp; i++) {
          b.append('0');
        }
        b.append(".0");
      } else if (n + exp > 0) {
        b.append(ds, 0, n + exp).append('.').append(ds, n + exp, n);
      } else {
        b.append("0.");
        for (int i = 0; i < -(n + exp); i++) {
          b.append('0');
        }
        b.append(ds);
      }
      return;
    }
    b.append(ds.charAt(0)).append('.');
    if (n == 1) {
      b.append('0');
    } else {
      b.append(ds, 1, n);
    }
    b.append('e').append(sciExp);
  }

  /** {@code digits * 10^exponent}, with no trailing zeros in {@code digits}. */
  static final class Decimal {
    final long digits;
    final int exponent;

    Decimal(long digits, int exponent) {
      this.digits = digits;
      this.exponent = exponent;
    }
  }

  /** Schubfach: the shortest decimal that rounds to a positive finite double. */
  static final class Schubfach {
    private Schubfach() {}

    private static final int P = 53;
    private static final int Q_MIN = -1074;
    private static final long C_MIN = 1L << 52;
    private static final int K_MIN = -324;
    private static final int K_MAX = 292;
    private static final long MASK_63 = (1L << 63) - 1;

    /** g(k) = floor(10^-k * 2^-r) + 1 with r chosen so that 2^125 &lt;= g &lt; 2^126, split in two 63-bit halves. */
    private static final long[] G = powersOfTen();

    private static long[] powersOfTen() {
      long[] g = new long[2 * (K_MAX - K_MIN + 1)];
      for (int k = K_MIN; k <= K_MAX; k++) {
        int e = -k;
        int r = flog2pow10(e) - 125;
        BigInteger beta;
        if (e >= 0) {
          BigInteger p = BigInteger.TEN.pow(e);
          beta = r <= 0 ? p.shiftLeft(-r) : p.shiftRight(r);
        } else {
          beta = BigInteger.ONE.shiftLeft(-r).divide(BigInteger.TEN.pow(-e));
        }
        BigInteger gk = beta.add(BigInteger.ONE);
        int i = 2 * (k - K_MIN);
        g[i] = gk.shiftRight(63).longValueExact();
        g[i + 1] = gk.longValue() & MASK_63;
      }
      return g;
    }

    /** floor(q * log10(2)). */
    static int flog10pow2(int q) {
      return (int) (q * 661_971_961_083L >> 41);
    }

    /** floor(log10(3/4 * 2^q)). */
    static int flog10threeQuartersPow2(int q) {
      return (int) (q * 661_971_961_083L - 274_743_187_321L >> 41);
    }

    /** floor(e * log2(10)). */
    static int flog2pow10(int e) {
      return (int) (e * 913_124_641_741L >> 38);
    }

    private static Decimal pack(long f, int e) {
      // Drop trailing zeros: the shortest form has none.
      while (f % 10 == 0) {
        f /= 10;
        e++;
      }
      return new Decimal(f, e);
    }

    /** The shortest decimal of a positive finite {@code v}. */
    static Decimal toDecimal(double v) {
      long bits = Double.doubleToRawLongBits(v);
      long t = bits & (C_MIN - 1);
      int bq = (int) (bits >>> (P - 1)) & 0x7FF;
      if (bq != 0) {
        int mq = -Q_MIN + 1 - bq;
        long c = C_MIN | t;
        if (0 < mq && mq < P) {
          long f = c >> mq;
          if (f << mq == c) {
            return pack(f, 0); // an integer below 2^53 is its own shortest form
          }
        }
        return toDecimal(-mq, c);
      }
      return shortenSubnormal(v, toDecimal(Q_MIN, t));
    }

    /**
     * Below {@code Double.MIN_NORMAL} a float has so few significant bits that its shortest form
     * can be shorter than the two or more digits Schubfach settles on ({@code 8.0e-323}, not
     * {@code 7.9e-323}). Such floats are rare, so their digits are dropped one at a time, checked
     * exactly, while the shorter number still reads back as the same float.
     */
    private static Decimal shortenSubnormal(double v, Decimal d) {
      BigDecimal exact = new BigDecimal(v);
      while (d.digits >= 10) {
        Decimal best = null;
        BigDecimal bestDistance = null;
        for (long f : new long[] {d.digits / 10, d.digits / 10 + 1}) {
          BigDecimal candidate = BigDecimal.valueOf(f, -(d.exponent + 1));
          if (candidate.doubleValue() == v) {
            BigDecimal distance = candidate.subtract(exact).abs();
            if (best == null || distance.compareTo(bestDistance) < 0) {
              best = pack(f, d.exponent + 1);
              bestDistance = distance;
            }
          }
        }
        if (best == null) {
          return d;
        }
        d = best;
      }
      return d;
    }

    private static Decimal toDecimal(int q, long c) {
      long out = c & 1;
      long cb = c << 2;
      long cbr = cb + 2;
      long cbl;
      int k;
      if (c != C_MIN || q == Q_MIN) {
        cbl = cb - 2;
        k = flog10pow2(q);
      } else {
        // At a power of two the gap below is half the gap above.
        cbl = cb - 1;
        k = flog10threeQuartersPow2(q);
      }
      int h = q + flog2pow10(-k) + 2;
      int gi = 2 * (k - K_MIN);
      long g1 = G[gi];
      long g0 = G[gi + 1];
      long vb = rop(g1, g0, cb << h);
      long vbl = rop(g1, g0, cbl << h);
      long vbr = rop(g1, g0, cbr << h);
      long s = vb >> 2;
      if (s >= 100) {
        // Try one digit fewer first: s rounded down and up to a multiple of ten.
        long sp10 = 10 * Math.multiplyHigh(s, 115_292_150_460_684_698L << 4);
        long tp10 = sp10 + 10;
        boolean upin = vbl + out <= sp10 << 2;
        boolean wpin = (tp10 << 2) + out <= vbr;
        if (upin != wpin) {
          return pack(upin ? sp10 : tp10, k);
        }
      }
      long tt = s + 1;
      boolean uin = vbl + out <= s << 2;
      boolean win = (tt << 2) + out <= vbr;
      if (uin != win) {
        return pack(uin ? s : tt, k);
      }
      // Both s and s + 1 are in the interval: take the closer, the even one on a tie.
      long cmp = vb - (s + tt << 1);
      return pack(cmp < 0 || cmp == 0 && (s & 1) == 0 ? s : tt, k);
    }

    /** Round to odd of g * cp / 2^127 (g = g1 * 2^63 + g0). */
    private static long rop(long g1, long g0, long cp) {
      long x1 = Math.multiplyHigh(g0, cp);
      long y0 = g1 * cp;
      long y1 = Math.multiplyHigh(g1, cp);
      long z = (y0 >>> 1) + x1;
      long vbp = y1 + (z >>> 63);
      return vbp | ((z & MASK_63) + MASK_63) >>> 63;
    }
  }
}
