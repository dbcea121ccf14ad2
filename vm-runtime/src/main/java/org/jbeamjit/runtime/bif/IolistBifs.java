package org.jbeamjit.runtime.bif;

import org.jbeamjit.runtime.term.BitString;
import org.jbeamjit.runtime.term.Cons;
import org.jbeamjit.runtime.term.Nil;

/** Flattening iolists into binaries and I/O vectors, and measuring them. */
public final class IolistBifs {
  private IolistBifs() {}

  @Bif(name = "iolist_to_binary")
  public static Object iolistToBinary(Object iodata) {
    return Iolists.toBinary(iodata);
  }

  @Bif(name = "iolist_size")
  public static Object iolistSize(Object iodata) {
    return Iolists.size(iodata);
  }

  /**
   * {@code iolist_to_iovec/1}: the bytes of an iolist as a list of binaries. How erl cuts them up
   * depends on where its binaries live in memory (large ones are kept apart, small ones merged);
   * all its cuts are valid, and here the list holds one binary, or none when the iolist is empty.
   */
  @Bif(name = "iolist_to_iovec")
  public static Object iolistToIovec(Object iodata) {
    BitString b = Iolists.toBinary(iodata);
    return b.byteSize() == 0 ? Nil.NIL : new Cons(b, Nil.NIL);
  }

  @Bif(name = "list_to_binary")
  public static Object listToBinary(Object iolist) {
    return Iolists.listToBinary(iolist);
  }

  @Bif(name = "list_to_bitstring")
  public static Object listToBitstring(Object bitstringList) {
    return Iolists.listToBitstring(bitstringList);
  }
}
