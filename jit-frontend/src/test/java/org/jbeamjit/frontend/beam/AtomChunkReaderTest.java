package org.jbeamjit.frontend.beam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jbeamjit.frontend.BeamFormatException;
import org.jbeamjit.runtime.term.Atom;
import org.junit.jupiter.api.Test;

class AtomChunkReaderTest {
  private static List<Atom> read(Bytes b, boolean utf8) {
    return AtomChunkReader.read(b.reader(), utf8);
  }

  @Test
  void utf8Names() {
    assertEquals(List.of(Atom.of("m"), Atom.of("héllo"), Atom.of("λ")),
        read(new Bytes().u32(3).name("m").name("héllo").name("λ"), true));
  }

  @Test
  void latin1Names() {
    assertEquals(List.of(Atom.of("m"), Atom.of("é")), read(new Bytes().u32(2).u8(1, 'm', 1, 0xE9), false));
  }

  @Test
  void otp28LongFormWithCompactLengths() {
    String longName = "x".repeat(200);
    Bytes b = new Bytes().u32(-2L & 0xFFFFFFFFL).u8(0x10, 'm').u8(0xC8 >>> 3 & 0xE0 | 0x08, 200)
        .bytes(longName.getBytes());
    assertEquals(List.of(Atom.of("m"), Atom.of(longName)), read(b, true));
  }

  @Test
  void badTables() {
    assertTrue(assertThrows(BeamFormatException.class, () -> read(new Bytes().u32(0), true)).getMessage()
        .contains("empty"));
    assertTrue(assertThrows(BeamFormatException.class, () -> read(new Bytes().u32(1000).name("m"), true))
        .getMessage().contains("does not fit"));
    assertTrue(assertThrows(BeamFormatException.class, () -> read(new Bytes().u32(1).u8(2, 0xC3, 0x28), true))
        .getMessage().contains("UTF-8"));
    assertTrue(assertThrows(BeamFormatException.class, () -> read(new Bytes().u32(2).name("m").u8(5, 'a'), true))
        .getMessage().contains("truncated"));
    String tooLong = "y".repeat(256);
    Bytes b = new Bytes().u32(-1L & 0xFFFFFFFFL).u8(0x18, 0x01, 0x00).bytes(tooLong.getBytes());
    BeamFormatException e = assertThrows(BeamFormatException.class, () -> read(b, true));
    assertTrue(e.getMessage().contains("cannot be created"), e.getMessage());
  }
}
