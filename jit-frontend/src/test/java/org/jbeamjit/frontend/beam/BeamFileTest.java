package org.jbeamjit.frontend.beam;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.util.zip.GZIPOutputStream;
import org.jbeamjit.frontend.BeamFormatException;
import org.junit.jupiter.api.Test;

class BeamFileTest {
  /** FOR1, size, BEAM, then a chunk "AtU8" of 5 bytes (padded to 8) and a chunk "Code" of 4. */
  private static Bytes sample() {
    return new Bytes().ascii("FOR1").u32(4 + 8 + 8 + 8 + 4).ascii("BEAM")
        .ascii("AtU8").u32(5).u8(1, 2, 3, 4, 5, 0, 0, 0)
        .ascii("Code").u32(4).u8(9, 9, 9, 9);
  }

  private static String error(byte[] bytes) {
    return assertThrows(BeamFormatException.class, () -> BeamFile.parse(bytes, "x.beam")).getMessage();
  }

  @Test
  void chunksInOrder() {
    BeamFile f = BeamFile.parse(sample().build(), "x.beam");
    assertEquals(2, f.chunks().size());
    assertEquals("AtU8", f.chunks().get(0).id());
    assertArrayEquals(new byte[] {1, 2, 3, 4, 5}, f.chunk("AtU8").orElseThrow().data());
    assertEquals(20, f.chunk("AtU8").orElseThrow().dataStart());
    assertArrayEquals(new byte[] {9, 9, 9, 9}, f.require("Code").data());
    assertTrue(f.chunk("LitT").isEmpty());
    assertTrue(assertThrows(BeamFormatException.class, () -> f.require("ImpT")).getMessage()
        .contains("x.beam: chunk ImpT: missing mandatory chunk"));
  }

  @Test
  void theLastChunksPaddingMayBeMissingAndTrailingBytesAreIgnored() {
    byte[] unpadded = new Bytes().ascii("FOR1").u32(4 + 8 + 5).ascii("BEAM").ascii("AtU8").u32(5).u8(1, 2, 3, 4, 5)
        .build();
    assertEquals(5, BeamFile.parse(unpadded, "x.beam").require("AtU8").size());
    byte[] trailing = new Bytes().bytes(sample().build()).u8(7, 7, 7).build();
    assertEquals(2, BeamFile.parse(trailing, "x.beam").chunks().size());
  }

  @Test
  void gzipCompressedFiles() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(sample().build());
    }
    assertEquals(2, BeamFile.parse(out.toByteArray(), "x.beam").chunks().size());
    assertTrue(error(new byte[] {0x1F, (byte) 0x8B, 8, 0, 1, 2}).contains("does not inflate"));
  }

  @Test
  void badContainers() {
    assertTrue(error(new byte[] {'F', 'O', 'R'}).contains("only 3 bytes"));
    assertTrue(error(new Bytes().ascii("FOR2").u32(4).ascii("BEAM").build()).contains("no FOR1 header"));
    assertTrue(error(new Bytes().ascii("FOR1").u32(4).ascii("BEAN").build()).contains("form type"));
    assertTrue(error(new Bytes().ascii("FOR1").u32(400).ascii("BEAM").build()).contains("form size 400"));
    assertTrue(error(new Bytes().ascii("FOR1").u32(2).ascii("BEAM").build()).contains("form size 2"));
    String e = error(new Bytes().ascii("FOR1").u32(4 + 8 + 4).ascii("BEAM").ascii("Code").u32(5).u8(1, 2, 3, 4)
        .build());
    assertTrue(e.contains("x.beam: chunk Code, byte 16: chunk size 5 exceeds"), e);
    assertTrue(error(new Bytes().ascii("FOR1").u32(4 + 4).ascii("BEAM").ascii("Code").build())
        .contains("x.beam: byte 12: truncated chunk header"));
    byte[] twice = new Bytes().ascii("FOR1").u32(4 + 8 + 8).ascii("BEAM").ascii("Code").u32(0).ascii("Code").u32(0)
        .build();
    assertTrue(error(twice).contains("duplicate chunk"));
  }
}
