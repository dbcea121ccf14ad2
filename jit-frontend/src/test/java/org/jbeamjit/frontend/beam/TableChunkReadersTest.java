package org.jbeamjit.frontend.beam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jbeamjit.frontend.BeamFormatException;
import org.jbeamjit.frontend.ir.Export;
import org.jbeamjit.frontend.ir.FunEntry;
import org.jbeamjit.frontend.ir.Import;
import org.jbeamjit.runtime.etf.ExternalTermFormat;
import org.jbeamjit.runtime.term.Atom;
import org.jbeamjit.runtime.term.Cons;
import org.jbeamjit.runtime.term.TermPrinter;
import org.jbeamjit.runtime.term.Tuple;
import org.junit.jupiter.api.Test;

/** The import, export/local and fun tables (fixed-size records of 32-bit fields) and the term chunks. */
class TableChunkReadersTest {
  private static final Atom M = Atom.of("m");
  private static final Atom F = Atom.of("f");
  private static final Atom ERLANG = Atom.of("erlang");
  private static final List<Atom> ATOMS = List.of(M, F, ERLANG);

  private static String error(Runnable r) {
    return assertThrows(BeamFormatException.class, r::run).getMessage();
  }

  @Test
  void imports() {
    assertEquals(List.of(new Import(ERLANG, F, 2), new Import(M, M, 0)),
        ImportChunkReader.read(new Bytes().u32(2).u32(3).u32(2).u32(2).u32(1).u32(1).u32(0).chunk("ImpT"), ATOMS));
    assertTrue(error(() -> ImportChunkReader.read(new Bytes().u32(1).u32(4).u32(2).u32(2).chunk("ImpT"), ATOMS))
        .contains("atom index 4"));
    assertTrue(error(() -> ImportChunkReader.read(new Bytes().u32(1).u32(0).u32(2).u32(2).chunk("ImpT"), ATOMS))
        .contains("atom index 0"));
    assertTrue(error(() -> ImportChunkReader.read(new Bytes().u32(1).u32(1).u32(2).u32(256).chunk("ImpT"), ATOMS))
        .contains("arity 256"));
    assertTrue(error(() -> ImportChunkReader.read(new Bytes().u32(0x7FFFFFFF).chunk("ImpT"), ATOMS))
        .contains("does not fit"));
  }

  @Test
  void exportsAndLocals() {
    assertEquals(List.of(new Export(F, 1, 2)),
        ExportChunkReader.read(new Bytes().u32(1).u32(2).u32(1).u32(2).chunk("ExpT"), ATOMS));
    assertEquals(List.of(), ExportChunkReader.read(new Bytes().u32(0).chunk("LocT"), ATOMS));
    String e = error(() -> ExportChunkReader.read(new Bytes().u32(1).u32(2).u32(1).u32(0xFFFFFFFFL).chunk("ExpT"),
        ATOMS));
    assertTrue(e.contains("label 4294967295 is too large") && e.contains("chunk ExpT, byte 12"), e);
    assertTrue(error(() -> ExportChunkReader.read(new Bytes().u32(2).u32(2).u32(1).u32(2).chunk("ExpT"), ATOMS))
        .contains("does not fit"));
  }

  @Test
  void funs() {
    assertEquals(List.of(new FunEntry(F, 3, 7, 0, 2, 0xCAFEBABE)),
        FunChunkReader.read(new Bytes().u32(1).u32(2).u32(3).u32(7).u32(0).u32(2).u32(0xCAFEBABEL).chunk("FunT"),
            ATOMS));
    assertEquals(0xCAFEBABEL, new FunEntry(F, 3, 7, 0, 2, 0xCAFEBABE).oldUniqUnsigned());
    assertTrue(error(() -> FunChunkReader.read(new Bytes().u32(1).u32(2).u32(1).u32(7).u32(0).u32(2).u32(0)
        .chunk("FunT"), ATOMS)).contains("2 free variables but arity 1"));
    assertTrue(error(() -> FunChunkReader.read(new Bytes().u32(1).u32(2).u32(1).u32(7).chunk("FunT"), ATOMS))
        .contains("does not fit"));
  }

  @Test
  void termChunks() {
    Chunk attr = new Bytes().bytes(ExternalTermFormat.encode(Cons.list(Tuple.of(Atom.of("vsn"), Cons.list(42L)))))
        .chunk("Attr");
    assertEquals("[{vsn,[42]}]", TermPrinter.write(TermChunkReader.read(attr)));
    String e = error(() -> TermChunkReader.read(new Bytes().u8(131, 99).chunk("CInf")));
    assertTrue(e.contains("chunk CInf, byte 0") && e.contains("not a valid external term"), e);
  }
}
