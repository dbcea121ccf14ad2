package org.jbeamjit.frontend.beam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jbeamjit.frontend.BeamFormatException;
import org.jbeamjit.frontend.ir.LineTable;
import org.jbeamjit.frontend.ir.Location;
import org.jbeamjit.runtime.term.Atom;
import org.junit.jupiter.api.Test;

class LineChunkReaderTest {
  private static final Atom MODULE = Atom.of("mod");

  /** Version, flags, line instructions, locations, file names. */
  private static Bytes header(int locations, int files) {
    return new Bytes().u32(0).u32(0).u32(9).u32(locations).u32(files);
  }

  private static String error(Bytes b) {
    return assertThrows(BeamFormatException.class, () -> LineChunkReader.read(b.chunk("Line"), MODULE)).getMessage();
  }

  @Test
  void locationsSwitchFiles() {
    // Lines 4 and 5 of mod.erl, then line 2000 of file 1, then line 7 of mod.erl again.
    Bytes b = header(4, 1).u8(0x41, 0x51, 0x12, 0x19, 0x07, 0xD0, 0x02, 0x71).u16(5).ascii("inc.h");
    LineTable t = LineChunkReader.read(b.chunk("Line"), MODULE);
    assertEquals(List.of("mod.erl", "inc.h"), t.files());
    assertEquals(5, t.size());
    assertEquals(Location.NONE, t.location(0));
    assertEquals(new Location("mod.erl", 4), t.location(1));
    assertEquals(new Location("mod.erl", 5), t.location(2));
    assertEquals(new Location("inc.h", 2000), t.location(3));
    assertEquals(new Location("mod.erl", 7), t.location(4));
    assertTrue(t.isPresent());
    assertTrue(!LineTable.EMPTY.isPresent());
  }

  @Test
  void badTables() {
    assertTrue(error(new Bytes().u32(1).u32(0).u32(0).u32(0).u32(0)).contains("version 1"));
    assertTrue(error(header(1, 0).u8(0x12, 0x41)).contains("file index 1 is out of range"));
    assertTrue(error(header(1, 0).u8(0x43)).contains("tagged a or i"));
    assertTrue(error(header(1, 0).u8(0x19, 0xFF, 0xFF)).contains("out of range"));
    assertTrue(error(header(100, 0).u8(0x41)).contains("does not fit"));
    assertTrue(error(header(1, 1).u8(0x41).u16(9).ascii("x")).contains("truncated"));
    assertTrue(error(header(1, 1).u8(0x41).u16(1).u8(0xFF)).contains("UTF-8"));
  }
}
