package org.jbeamjit.runtime.bif;

import java.math.BigInteger;
import org.jbeamjit.runtime.error.ErlangException;
import org.jbeamjit.runtime.term.Phash;

/** {@code erlang:phash/2}: the portable hash before phash2, which {@code dict} and {@code sets} use. */
public final class PhashBifs {
  private static final BigInteger TWO_32 = BigInteger.ONE.shiftLeft(32);

  private PhashBifs() {}

  /** A hash in {@code 1..Range}, for a range of 1 to 2^32. */
  @Bif(name = "phash")
  public static Object phash(Object term, Object range) {
    long r;
    if (range instanceof Long l && l >= 1 && l <= (1L << 32)) {
      r = l;
    } else if (range instanceof BigInteger b && b.equals(TWO_32)) {
      r = 1L << 32;
    } else {
      throw ErlangException.badarg();
    }
    return Phash.hash(term) % r + 1;
  }
}
