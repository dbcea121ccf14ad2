package org.jbeamjit.frontend.beam;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jbeamjit.runtime.error.ErlangException;
import org.jbeamjit.runtime.term.Atom;

/**
 * The atom table: {@code AtU8} (UTF-8 names, OTP 20 and later) or the older {@code Atom} (Latin-1).
 * A count, then each name as a length byte and the bytes. A negative count (OTP 28) means the
 * lengths are compact-encoded, which allows long names. Atom 1 is the module's name.
 */
public final class AtomChunkReader {
  private AtomChunkReader() {}

  /** Reads {@code AtU8}, or {@code Atom} when the file has no {@code AtU8}. */
  public static List<Atom> read(BeamFile file) {
    Chunk chunk = file.chunk("AtU8").orElseGet(() -> file.require("Atom"));
    return read(chunk.reader(), chunk.id().equals("AtU8"));
  }

  static List<Atom> read(ChunkReader in, boolean utf8) {
    int countAt = in.position();
    int rawCount = (int) in.u32();
    boolean compactLengths = rawCount < 0;
    long count = compactLengths ? -(long) rawCount : rawCount;
    if (count > in.remaining()) {
      throw in.errorAt(countAt, "atom count " + count + " does not fit in the " + in.remaining() + " bytes left");
    }
    if (count == 0) {
      throw in.errorAt(countAt, "the atom table is empty: there is no module name");
    }
    // Decode every name before creating any atom, so a corrupt table adds nothing to the atom table.
    List<String> names = new ArrayList<>((int) count);
    int[] offsets = new int[(int) count];
    for (int i = 0; i < count; i++) {
      int at = in.position();
      offsets[i] = at;
      int length = compactLengths ? new CompactTermReader(in).readUnsignedInt("atom length")
          : in.u8();
      byte[] bytes = in.bytes(length);
      names.add(decode(in, at, bytes, utf8));
    }
    List<Atom> atoms = new ArrayList<>(names.size());
    for (int i = 0; i < names.size(); i++) {
      try {
        atoms.add(Atom.of(names.get(i)));
      } catch (ErlangException e) {
        throw in.errorAt(offsets[i], "atom " + (i + 1) + " cannot be created: " + e.getMessage(), e);
      }
    }
    return atoms;
  }

  private static String decode(ChunkReader in, int at, byte[] bytes, boolean utf8) {
    if (!utf8) {
      return new String(bytes, StandardCharsets.ISO_8859_1);
    }
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw in.errorAt(at, "atom name is not valid UTF-8");
    }
  }
}
