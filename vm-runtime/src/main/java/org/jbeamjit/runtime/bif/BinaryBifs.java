package org.jbeamjit.runtime.bif;

import org.jbeamjit.runtime.error.ErlangException;
import org.jbeamjit.runtime.term.BitString;
import org.jbeamjit.runtime.term.Cons;
import org.jbeamjit.runtime.term.Nil;
import org.jbeamjit.runtime.term.Tuple;

/**
 * Binaries and bitstrings: sizes, slicing and conversion to lists. The slicing BIFs take a
 * bitstring and count whole bytes only; parts they return share the original's bytes.
 */
public final class BinaryBifs {
  private BinaryBifs() {}

  @Bif(name = "bit_size", guard = true)
  public static Object bitSize(Object bits) {
    return Args.bitstring(bits).bitSize();
  }

  @Bif(name = "byte_size", guard = true)
  public static Object byteSize(Object bits) {
    return Args.bitstring(bits).byteSize();
  }

  @Bif(name = "binary_to_list")
  public static Object binaryToList(Object binary) {
    byte[] bytes = Args.binary(binary).toByteArray();
    return Args.bytesToList(bytes, 0, bytes.length, Nil.NIL);
  }

  /** Bytes {@code start..stop}, counting from 1, both included. */
  @Bif(name = "binary_to_list")
  public static Object binaryToList(Object binary, Object start, Object stop) {
    BitString b = Args.bitstring(binary);
    int bytes = wholeBytes(b);
    int from = Args.intIn(start, 1, bytes);
    int to = Args.intIn(stop, from, bytes);
    byte[] data = b.sub((from - 1) * 8L, (to - from + 1) * 8L).toByteArray();
    return Args.bytesToList(data, 0, data.length, Nil.NIL);
  }

  /** The whole bytes, then the leftover bits as a bitstring if there are any. */
  @Bif(name = "bitstring_to_list")
  public static Object bitstringToList(Object bits) {
    BitString b = Args.bitstring(bits);
    int whole = wholeBytes(b);
    long rest = b.bitSize() - whole * 8L;
    Object tail = rest == 0 ? Nil.NIL : new Cons(b.sub(whole * 8L, rest), Nil.NIL);
    byte[] data = b.sub(0, whole * 8L).toByteArray();
    return Args.bytesToList(data, 0, data.length, tail);
  }

  @Bif(name = "split_binary")
  public static Object splitBinary(Object bits, Object pos) {
    BitString b = Args.bitstring(bits);
    long at = Args.intIn(pos, 0, wholeBytes(b)) * 8L;
    return new Tuple(b.sub(0, at), b.sub(at, b.bitSize() - at));
  }

  @Bif(name = "binary_part", guard = true)
  public static Object binaryPart(Object bits, Object posLen) {
    if (posLen instanceof Tuple t && t.arity() == 2) {
      return binaryPart(bits, t.elems[0], t.elems[1]);
    }
    throw ErlangException.badarg();
  }

  /** {@code Len} bytes from {@code Start} (counting from 0); a negative length counts back from {@code Start}. */
  @Bif(name = "binary_part", guard = true)
  public static Object binaryPart(Object bits, Object start, Object length) {
    BitString b = Args.bitstring(bits);
    int bytes = wholeBytes(b);
    int from = Args.intIn(start, 0, bytes);
    int len = Args.intIn(length, -from, bytes - from);
    if (len < 0) {
      from += len;
      len = -len;
    }
    return b.sub(from * 8L, len * 8L);
  }

  private static int wholeBytes(BitString b) {
    return (int) (b.bitSize() >>> 3);
  }
}
