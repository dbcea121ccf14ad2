package org.jbeamjit.frontend.beam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.OptionalLong;
import org.jbeamjit.frontend.BeamFormatException;
import org.jbeamjit.frontend.ir.BeamType;
import org.jbeamjit.frontend.ir.TypeKind;
import org.junit.jupiter.api.Test;

class TypeChunkReaderTest {
  private static final BeamType BYTE = BeamType.of(EnumSet.of(TypeKind.INTEGER), OptionalLong.of(0),
      OptionalLong.of(255), 1);

  private static List<BeamType> read(Bytes b) {
    return TypeChunkReader.read(b.chunk("Type"));
  }

  @Test
  void version1OfOtp25() {
    List<BeamType> types = read(new Bytes().u32(1).u32(3)
        .u16(0x1FFF).s64(0).s64(-1)
        .u16(1 << 6).s64(0).s64(255)
        .u16(1 | 1 << 8).s64(5).s64(4));
    assertEquals(List.of(BeamType.ANY, BYTE, BeamType.of(EnumSet.of(TypeKind.ATOM, TypeKind.NIL))), types);
    assertTrue(types.get(0).allowsEveryKind());
    assertTrue(types.get(1).isOnly(TypeKind.INTEGER));
  }

  @Test
  void version2OfOtp26() {
    List<BeamType> types = read(new Bytes().u32(2).u32(3)
        .u16(1 << 6 | 1 << 13 | 1 << 14).s64(0).s64(255)
        .u16(1 << 1 | 1 << 15).u8(7)
        .u16(1 << 2 | 1 << 13).s64(-3));
    assertEquals(BYTE, types.get(0));
    assertEquals(BeamType.of(EnumSet.of(TypeKind.BITSTRING), OptionalLong.empty(), OptionalLong.empty(), 8),
        types.get(1));
    assertEquals(BeamType.of(EnumSet.of(TypeKind.BS_MATCHSTATE), OptionalLong.of(-3), OptionalLong.empty(), 1),
        types.get(2));
  }

  @Test
  void version3OfOtp27() {
    List<BeamType> types = read(new Bytes().u32(3).u32(2)
        .u16(1 << 5 | 1 << 12 | 1 << 13).s64(0).s64(255)
        .u16(1 << 2 | 1 << 7));
    assertEquals(BYTE, types.get(0));
    assertEquals(BeamType.of(EnumSet.of(TypeKind.CONS, TypeKind.NIL)), types.get(1));
  }

  @Test
  void laterVersionsAreReadAsNothingKnown() {
    assertEquals(List.of(BeamType.ANY, BeamType.ANY), read(new Bytes().u32(9).u32(2).u16(1).u16(2)));
  }

  @Test
  void badTables() {
    assertTrue(assertThrows(BeamFormatException.class, () -> read(new Bytes().u32(1).u32(1).u16(0x2000).s64(0)
        .s64(0))).getMessage().contains("unknown type bits"));
    assertTrue(assertThrows(BeamFormatException.class, () -> read(new Bytes().u32(1).u32(2).u16(1).s64(0).s64(0)))
        .getMessage().contains("does not fit"));
    assertTrue(assertThrows(BeamFormatException.class, () -> read(new Bytes().u32(3).u32(1).u16(1 << 12)))
        .getMessage().contains("truncated"));
  }
}
