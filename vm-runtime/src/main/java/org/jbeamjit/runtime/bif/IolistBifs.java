package org.jbeamjit.runtime.bif;

/** Flattening iolists into binaries, and measuring them. */
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

  @Bif(name = "list_to_binary")
  public static Object listToBinary(Object iolist) {
    return Iolists.listToBinary(iolist);
  }

  @Bif(name = "list_to_bitstring")
  public static Object listToBitstring(Object bitstringList) {
    return Iolists.listToBitstring(bitstringList);
  }
}
