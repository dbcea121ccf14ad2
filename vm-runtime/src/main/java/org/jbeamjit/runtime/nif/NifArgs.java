package org.jbeamjit.runtime.nif;

import java.math.BigInteger;
import org.jbeamjit.runtime.bif.IolistBifs;
import org.jbeamjit.runtime.error.ErlangException;
import org.jbeamjit.runtime.term.BitString;

/** Reading NIF arguments as {@code erl_nif}'s {@code enif_get_*} functions do: {@code null} where they fail. */
final class NifArgs {
  private NifArgs() {}

  /** {@code enif_is_number}: an integer or a float. */
  static boolean isNumber(Object t) {
    return t instanceof Long || t instanceof BigInteger || t instanceof Double;
  }

  /** {@code enif_get_int64}: an integer that fits 64 bits. */
  static Long int64(Object t) {
    return t instanceof Long l ? l : null;
  }

  /** {@code enif_get_int}: an integer that fits 32 bits. */
  static Integer int32(Object t) {
    return t instanceof Long l && l == (int) (long) l ? (int) (long) l : null;
  }

  /** {@code enif_get_uint}: a non-negative integer that fits 32 bits unsigned. */
  static Long uint32(Object t) {
    return t instanceof Long l && l >= 0 && l <= 0xFFFFFFFFL ? l : null;
  }

  /** {@code enif_get_uint64}: a non-negative integer that fits 64 bits unsigned. */
  static BigInteger uint64(Object t) {
    if (t instanceof Long l) {
      return l >= 0 ? BigInteger.valueOf(l) : null;
    }
    if (t instanceof BigInteger b && b.signum() >= 0 && b.bitLength() <= 64) {
      return b;
    }
    return null;
  }

  /** The bytes of iodata (an iovec is iodata too), or {@code badarg}. */
  static byte[] iodata(Object t) {
    if (t instanceof BitString b && b.isBinary()) {
      return b.toByteArray();
    }
    return ((BitString) IolistBifs.iolistToBinary(t)).toByteArray();
  }

  static ErlangException badarg() {
    return ErlangException.badarg();
  }
}
