package org.jbeamjit.frontend.beam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.zip.Deflater;
import org.jbeamjit.frontend.BeamFormatException;
import org.jbeamjit.runtime.etf.ExternalTermFormat;
import org.jbeamjit.runtime.term.Atom;
import org.jbeamjit.runtime.term.Cons;
import org.jbeamjit.runtime.term.TermPrinter;
import org.jbeamjit.runtime.term.Tuple;
import org.junit.jupiter.api.Test;

class LiteralChunkReaderTest {
  private static final Object TUPLE = Tuple.of(Atom.of("ok"), 1L);
  private static final Object FLOAT = 2.5;

  private static byte[] table() {
    byte[] a = ExternalTermFormat.encode(TUPLE);
    byte[] b = ExternalTermFormat.encode(FLOAT);
    return new Bytes().u32(2).u32(a.length).bytes(a).u32(b.length).bytes(b).build();
  }

  private static byte[] deflate(byte[] plain) {
    Deflater d = new Deflater();
    d.setInput(plain);
    d.finish();
    byte[] out = new byte[plain.length + 64];
    int n = d.deflate(out);
    d.end();
    return Arrays.copyOf(out, n);
  }

  private static List<Object> read(Bytes chunk) {
    return LiteralChunkReader.read(chunk.chunk("LitT"), "test.beam");
  }

  private static String error(Bytes chunk) {
    return assertThrows(BeamFormatException.class, () -> read(chunk)).getMessage();
  }

  @Test
  void compressedTable() {
    byte[] plain = table();
    List<Object> literals = read(new Bytes().u32(plain.length).bytes(deflate(plain)));
    assertEquals("[{ok,1},2.5]", TermPrinter.write(Cons.fromList(literals)));
  }

  @Test
  void uncompressedTableOfNewerCompilers() {
    List<Object> literals = read(new Bytes().u32(0).bytes(table()));
    assertEquals(2, literals.size());
    assertEquals(FLOAT, literals.get(1));
  }

  @Test
  void badTables() {
    byte[] plain = table();
    byte[] packed = deflate(plain);
    assertTrue(error(new Bytes().u32(plain.length + 1).bytes(packed)).contains("inflates to " + plain.length));
    assertTrue(error(new Bytes().u32(plain.length - 1).bytes(packed)).contains("more than"));
    assertTrue(error(new Bytes().u32(0x7FFFFFF0L).bytes(packed)).contains("impossible"));
    assertTrue(error(new Bytes().u32(plain.length).u8(1, 2, 3, 4, 5, 6, 7, 8)).contains("does not inflate"));
    assertTrue(error(new Bytes().u32(plain.length).bytes(Arrays.copyOf(packed, packed.length / 2)))
        .contains("inflates to"));
    String e = error(new Bytes().u32(0).u32(1).u32(3).u8(131, 104, 5));
    assertTrue(e.contains("literal 0 is not a valid external term") && e.contains("byte 8"), e);
    byte[] badPlain = new Bytes().u32(1).u32(2).u8(131, 200).build();
    e = error(new Bytes().u32(badPlain.length).bytes(deflate(badPlain)));
    assertTrue(e.contains("uncompressed literal table") && e.contains("byte 4"), e);
    assertTrue(error(new Bytes().u32(0).u32(5)).contains("does not fit"));
  }
}
