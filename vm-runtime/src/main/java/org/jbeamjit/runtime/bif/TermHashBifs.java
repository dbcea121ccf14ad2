package org.jbeamjit.runtime.bif;

import java.math.BigInteger;
import org.jbeamjit.runtime.error.ErlangException;
import org.jbeamjit.runtime.term.Phash2;

/** {@code phash2/1,2}: OTP's portable term hash. */
public final class TermHashBifs {
  private TermHashBifs() {}

  private static final BigInteger TWO_32 = BigInteger.ONE.shiftLeft(32);

  @Bif(name = "phash2")
  public static Object phash2(Object term) {
    return (long) Phash2.phash2(term);
  }

  /** A hash in {@code 0..Range-1}, for a range of 1 to 2^32. */
  @Bif(name = "phash2")
  public static Object phash2(Object term, Object range) {
    if (range instanceof Long r && r >= 1 && r <= (1L << 32)) {
      return Phash2.phash2(term, r);
    } else if (range instanceof BigInteger r && r.equals(TWO_32)) {
      return Phash2.phash2(term, 1L << 32);
    }
    throw ErlangException.badarg();
  }
}
