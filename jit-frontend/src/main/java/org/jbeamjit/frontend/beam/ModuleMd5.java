package org.jbeamjit.frontend.beam;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.List;

/**
 * The module's MD5 as {@code beam_lib:md5/1} and {@code Module:module_info(md5)} compute it: over
 * the data of the chunks that define the code, in a fixed order, with each fun's old unique value
 * (itself derived from this MD5 by the compiler) counted as zero.
 */
public final class ModuleMd5 {
  private static final List<String> CHUNKS = List.of("Atom", "AtU8", "Code", "StrT", "ImpT", "ExpT", "FunT", "LitT",
      "Meta");
  private static final int FUN_ENTRY_SIZE = 24;
  private static final int OLD_UNIQ_OFFSET = 20;

  private ModuleMd5() {}

  public static byte[] compute(BeamFile file) {
    MessageDigest md5;
    try {
      md5 = MessageDigest.getInstance("MD5");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has MD5", e);
    }
    for (String id : CHUNKS) {
      file.chunk(id).ifPresent(chunk -> {
        byte[] data = chunk.data();
        if (id.equals("FunT")) {
          for (int entry = 4; entry + FUN_ENTRY_SIZE <= data.length; entry += FUN_ENTRY_SIZE) {
            Arrays.fill(data, entry + OLD_UNIQ_OFFSET, entry + FUN_ENTRY_SIZE, (byte) 0);
          }
        }
        md5.update(data);
      });
    }
    return md5.digest();
  }
}
