package org.jbeamjit.frontend.beam;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import org.jbeamjit.frontend.ir.BeamType;
import org.jbeamjit.frontend.ir.TypeKind;

/**
 * The type table (Type): a version, a count, then the types typed registers point to. Each type is
 * a 16-bit set of kinds, then its extra data:
 *
 * <ul>
 *   <li>version 1 (OTP 25): two signed 64-bit integer bounds, meaningful when min &lt;= max;
 *   <li>version 2 (OTP 26): flag bits 13-15 say which of a lower bound, an upper bound (signed
 *       64-bit each) and a bitstring unit (one byte, unit minus one) follow;
 *   <li>version 3 (OTP 27): the same with flags in bits 12-14, since the match-context kind was
 *       folded into bitstring and every later kind moved down one bit.
 * </ul>
 *
 * <p>Types are hints, so a table of a later version is read as "nothing known" for every entry,
 * as OTP does with versions it does not know.
 */
public final class TypeChunkReader {
  private static final TypeKind[] KINDS_V1 = TypeKind.values();
  private static final TypeKind[] KINDS_V3 = {TypeKind.ATOM, TypeKind.BITSTRING, TypeKind.CONS, TypeKind.FLOAT,
      TypeKind.FUN, TypeKind.INTEGER, TypeKind.MAP, TypeKind.NIL, TypeKind.PID, TypeKind.PORT, TypeKind.REFERENCE,
      TypeKind.TUPLE};

  private TypeChunkReader() {}

  public static List<BeamType> read(Chunk chunk) {
    ChunkReader in = chunk.reader();
    long version = in.u32();
    if (version == 1) {
      int n = in.count("type", 18);
      List<BeamType> types = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        int at = in.position();
        Set<TypeKind> kinds = kinds(in, at, in.u16(), KINDS_V1);
        long min = in.s64();
        long max = in.s64();
        types.add(min <= max
            ? BeamType.of(kinds, OptionalLong.of(min), OptionalLong.of(max), 1)
            : BeamType.of(kinds));
      }
      return types;
    }
    if (version == 2 || version == 3) {
      TypeKind[] kindBits = version == 2 ? KINDS_V1 : KINDS_V3;
      int n = in.count("type", 2);
      List<BeamType> types = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        types.add(readFlagged(in, kindBits));
      }
      return types;
    }
    int n = in.count("type", 2);
    return Collections.nCopies(n, BeamType.ANY);
  }

  private static BeamType readFlagged(ChunkReader in, TypeKind[] kindBits) {
    int at = in.position();
    int bits = in.u16();
    int flagShift = kindBits.length;
    Set<TypeKind> kinds = kinds(in, at, bits & ((1 << flagShift) - 1), kindBits);
    OptionalLong lower = (bits & (1 << flagShift)) != 0 ? OptionalLong.of(in.s64()) : OptionalLong.empty();
    OptionalLong upper = (bits & (2 << flagShift)) != 0 ? OptionalLong.of(in.s64()) : OptionalLong.empty();
    int unit = (bits & (4 << flagShift)) != 0 ? in.u8() + 1 : 1;
    return BeamType.of(kinds, lower, upper, unit);
  }

  private static Set<TypeKind> kinds(ChunkReader in, int at, int bits, TypeKind[] kindBits) {
    if (bits >>> kindBits.length != 0) {
      throw in.errorAt(at, "unknown type bits " + Integer.toHexString(bits));
    }
    Set<TypeKind> kinds = EnumSet.noneOf(TypeKind.class);
    for (int i = 0; i < kindBits.length; i++) {
      if ((bits & (1 << i)) != 0) {
        kinds.add(kindBits[i]);
      }
    }
    return kinds;
  }
}
