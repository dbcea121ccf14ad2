package org.jbeamjit.frontend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jbeamjit.frontend.ir.BeamFunction;
import org.jbeamjit.frontend.ir.BeamModule;
import org.jbeamjit.frontend.ir.Export;
import org.jbeamjit.frontend.ir.Import;
import org.jbeamjit.frontend.ir.Instruction;
import org.jbeamjit.frontend.ir.LineRef;
import org.jbeamjit.frontend.ir.Literal;
import org.jbeamjit.frontend.ir.Location;
import org.jbeamjit.frontend.ir.XReg;
import org.jbeamjit.frontend.opcode.Opcode;
import org.jbeamjit.runtime.term.Atom;
import org.jbeamjit.runtime.term.Nil;
import org.jbeamjit.runtime.term.Terms;
import org.jbeamjit.runtime.term.Tuple;
import org.junit.jupiter.api.Test;

/** The loader on a small hand-made module, whole and with one thing wrong at a time. */
class BeamLoaderTest {
  private static BeamModule load(TestBeam beam) {
    return BeamLoader.load(beam.build(), "m.beam");
  }

  /** Loading fails with a message that names the file and contains each fragment. */
  private static BeamFormatException rejects(TestBeam beam, String... fragments) {
    BeamFormatException e = assertThrows(BeamFormatException.class, () -> load(beam));
    assertTrue(e.getMessage().startsWith("m.beam: "), e.getMessage());
    for (String f : fragments) {
      assertTrue(e.getMessage().contains(f), "'" + f + "' not in: " + e.getMessage());
    }
    return e;
  }

  @Test
  void theWholeModule() {
    BeamModule m = load(new TestBeam());
    assertSame(Atom.of("m"), m.name());
    assertEquals(List.of(Atom.of("m"), Atom.of("f"), Atom.of("erlang"), Atom.of("foo")), m.atoms());
    assertEquals(List.of(new Export(Atom.of("f"), 0, 2)), m.exports());
    assertEquals(List.of(new Import(Atom.of("erlang"), Atom.of("foo"), 0)), m.imports());
    assertEquals(3, m.codeHeader().labelCount());
    assertEquals(16, m.md5().length);
    assertSame(Nil.NIL, m.attributes());
    assertEquals(List.of(), m.types());

    BeamFunction f = m.function(Atom.of("f"), 0);
    assertSame(f, m.functionByEntry(2));
    assertSame(f, m.functionContaining(1));
    assertEquals(2, f.entryLabel());
    assertEquals(0, f.labelPosition(1));
    assertEquals(3, f.labelPosition(2));
    List<Instruction> code = f.instructions();
    assertEquals(List.of(Opcode.LABEL, Opcode.LINE, Opcode.FUNC_INFO, Opcode.LABEL, Opcode.MOVE, Opcode.RETURN),
        code.stream().map(Instruction::opcode).toList());
    assertEquals(new LineRef(1, new Location("m.erl", 7)), code.get(1).operand(0));
    Literal lit = (Literal) code.get(4).operand(0);
    assertTrue(Terms.exactEquals(Tuple.of(Atom.of("ok"), 1L), lit.term()));
    assertEquals(new XReg(0), code.get(4).operand(1));
  }

  @Test
  void optionalChunksMayBeMissing() {
    BeamModule m = load(new TestBeam().without("LocT").without("Line").without("StrT").body(19));
    assertTrue(!m.lineTable().isPresent());
    assertEquals(Location.NONE, ((LineRef) m.functions().get(0).instructions().get(1).operand(0)).location());
    rejects(new TestBeam().without("ImpT"), "chunk ImpT: missing mandatory chunk");
    rejects(new TestBeam().without("AtU8"), "chunk Atom: missing mandatory chunk");
  }

  @Test
  void badInstructions() {
    // The body starts at byte 78: 12 of container header, 28 of atom chunk, 8 + 20 of Code header, 10 of prologue.
    rejects(new TestBeam().body(200), "chunk Code, byte 78: unknown opcode 200");
    rejects(new TestBeam().body(0), "unknown opcode 0");
    rejects(new TestBeam().body(27, 0, 0, 0, 0), "obsolete instruction m_plus");
    rejects(new TestBeam().body(64, 0x92, 0x03), "move operand 1: atom index 9 is out of range");
    rejects(new TestBeam().body(64, 0x47, 0x10, 0x03), "literal index 1 is out of range");
    rejects(new TestBeam().body(7, 0x00, 0x50), "call_ext operand 2: import index 5 is out of range");
    rejects(new TestBeam().body(61, 0x35), "jump operand 1: label 3 is out of range");
    rejects(new TestBeam().labels(10).body(61, 0x55), "jump refers to label 5, which is not defined");
    rejects(new TestBeam().body(153, 0x50, 19), "line operand 1: line index 5 is out of range");
    rejects(new TestBeam().body(4, 0x00, 0x15), "call calls label 1, which is no function's entry");
    rejects(new TestBeam().body(92, 0x50, 0x00), "bs_put_string operand 2: string of 5 bytes at offset 0 lies outside");
    rejects(new TestBeam().body(64, 0x57, 0x03, 0x00, 0x13), "no Type chunk");
    rejects(new TestBeam().body(64, 0x15, 0x03), "move operand 1: expected a register or a constant, found Label");
    rejects(new TestBeam().body(103, 0x00), "make_fun2 operand 1: fun index 0 is out of range");
    rejects(new TestBeam().body(64, 0x47).epilogue(), "move operand 1: truncated");
  }

  @Test
  void badStructure() {
    rejects(new TestBeam().epilogue(), "the code does not end with int_code_end");
    rejects(new TestBeam().epilogue(3, 19), "code after int_code_end");
    rejects(new TestBeam().functions(2), "the code has 1 functions, but the header says 2");
    rejects(new TestBeam().prologue(19, 1, 0x10, 2, 0x12, 0x22, 0x00, 1, 0x20),
        "instructions before the first function");
    rejects(new TestBeam().prologue(1, 0x10, 2, 0x12, 0x22, 0x00), "func_info is not followed by the function's entry");
    rejects(new TestBeam().prologue(1, 0x10, 1, 0x10, 2, 0x12, 0x22, 0x00, 1, 0x20), "label 1 is defined twice");
    rejects(new TestBeam().body(3), "code after int_code_end");
    rejects(new TestBeam().chunk("ExpT", TestBeam.u32s(1, 2, 0, 1)), "chunk ExpT, byte", "f/0 names label 1");
    rejects(new TestBeam().chunk("ExpT", TestBeam.u32s(1, 2, 1, 2)), "f/1 names label 2");
  }

  @Test
  void absurdCountsAreRejectedBeforeAllocating() {
    rejects(new TestBeam().chunk("ImpT", TestBeam.u32s(0x7FFFFFFF)), "chunk ImpT, byte", "import count 2147483647");
    rejects(new TestBeam().labels(0x7FFFFFFF), "chunk Code", "label count 2147483647 is impossible");
    rejects(new TestBeam().chunk("ExpT", TestBeam.u32s(1, 2, 0, 0x7FFFFFFF)), "chunk ExpT", "names label 2147483647");
    rejects(new TestBeam().chunk("LitT", TestBeam.concat(TestBeam.u32s(0xFFFFFFF0L), new byte[] {1, 2, 3})),
        "chunk LitT", "impossible");
    rejects(new TestBeam().chunk("AtU8", TestBeam.u32s(0x10000000)), "chunk AtU8", "atom count");
    rejects(new TestBeam().chunk("LitT", TestBeam.concat(TestBeam.u32s(12), new byte[] {1, 2, 3, 4})),
        "chunk LitT", "does not inflate");
  }

  @Test
  void inputIsCopied() {
    byte[] bytes = new TestBeam().build();
    BeamModule m = BeamLoader.load(bytes, "m.beam");
    java.util.Arrays.fill(bytes, (byte) 0);
    assertEquals(Atom.of("f"), m.functions().get(0).name());
  }
}
