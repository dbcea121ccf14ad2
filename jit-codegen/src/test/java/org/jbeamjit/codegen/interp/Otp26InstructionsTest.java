package org.jbeamjit.codegen.interp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jbeamjit.codegen.load.ModuleLoader;
import org.jbeamjit.codegen.testing.Runs;
import org.jbeamjit.frontend.ir.AtomLiteral;
import org.jbeamjit.frontend.ir.BeamFunction;
import org.jbeamjit.frontend.ir.BeamModule;
import org.jbeamjit.frontend.ir.CodeHeader;
import org.jbeamjit.frontend.ir.Export;
import org.jbeamjit.frontend.ir.Instruction;
import org.jbeamjit.frontend.ir.IntegerLiteral;
import org.jbeamjit.frontend.ir.Label;
import org.jbeamjit.frontend.ir.NilLiteral;
import org.jbeamjit.frontend.ir.OperandList;
import org.jbeamjit.frontend.ir.Unsigned;
import org.jbeamjit.frontend.ir.XReg;
import org.jbeamjit.frontend.opcode.Opcode;
import org.jbeamjit.runtime.bif.DisplayBifs;
import org.jbeamjit.runtime.term.Atom;
import org.jbeamjit.runtime.term.BitString;
import org.jbeamjit.runtime.term.Tuple;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * OTP 26's {@code update_record} and {@code bs_match}, which no installed compiler emits here:
 * a module assembled by hand, in the shapes OTP 26's {@code erlc -S} shows.
 */
class Otp26InstructionsTest {
  private static final Atom M = Atom.of("otp26");

  @BeforeAll
  static void load() {
    BeamFunction upd = function("upd", 1, 2, List.of(
        Instruction.of(Opcode.UPDATE_RECORD, new AtomLiteral(Atom.of("reuse")), new Unsigned(3), new XReg(0),
            new XReg(0), new OperandList(List.of(IntegerLiteral.of(2), new AtomLiteral(Atom.of("new"))))),
        Instruction.of(Opcode.RETURN)));
    // bm(<<X:8, 255:8>>) -> X; bm(_) -> no.
    BeamFunction bm = function("bm", 1, 4, List.of(
        Instruction.of(Opcode.BS_START_MATCH4, new Label(5), new Unsigned(1), new XReg(0), new XReg(1)),
        Instruction.of(Opcode.BS_MATCH, new Label(5), new XReg(1), new OperandList(List.of(
            atom("ensure_exactly"), IntegerLiteral.of(16),
            atom("integer"), new Unsigned(2), NilLiteral.NIL, IntegerLiteral.of(8), new Unsigned(1), new XReg(0),
            atom("=:="), NilLiteral.NIL, IntegerLiteral.of(8), IntegerLiteral.of(255)))),
        Instruction.of(Opcode.RETURN),
        Instruction.of(Opcode.LABEL, new Unsigned(5)),
        Instruction.of(Opcode.MOVE, atom("no"), new XReg(0)),
        Instruction.of(Opcode.RETURN)));
    BeamModule beam = BeamModule.builder()
        .fileName("otp26.beam")
        .name(M)
        .atoms(List.of(M))
        .codeHeader(new CodeHeader(0, 183, 6, 2))
        .exports(List.of(new Export(Atom.of("upd"), 1, 2), new Export(Atom.of("bm"), 1, 4)))
        .imports(List.of())
        .md5(new byte[16])
        .functions(List.of(upd, bm))
        .build();
    ModuleLoader.load(beam, InterpreterEngine.INSTANCE);
  }

  private static AtomLiteral atom(String name) {
    return new AtomLiteral(Atom.of(name));
  }

  /** A function whose func_info label is {@code entry - 1}. */
  private static BeamFunction function(String name, int arity, int entry, List<Instruction> body) {
    List<Instruction> code = new java.util.ArrayList<>(List.of(
        Instruction.of(Opcode.LABEL, new Unsigned(entry - 1)),
        Instruction.of(Opcode.FUNC_INFO, new AtomLiteral(M), atom(name), new Unsigned(arity)),
        Instruction.of(Opcode.LABEL, new Unsigned(entry))));
    code.addAll(body);
    return new BeamFunction(Atom.of(name), arity, entry, code);
  }

  private static String show(Object t) {
    return new String(DisplayBifs.text(t), StandardCharsets.ISO_8859_1);
  }

  @Test
  void updateRecordCopiesTheTupleWithTheNewElements() {
    Tuple t = Tuple.of(Atom.of("rec"), 1L, 2L);
    assertEquals("{rec,new,2}", show(Runs.call("otp26", "upd", t).valueOrThrow()));
    assertEquals("{rec,1,2}", show(t)); // the original is untouched
  }

  @Test
  void bsMatchRunsItsCommands() {
    assertEquals("7", show(Runs.call("otp26", "bm", BitString.wrap(new byte[] {7, (byte) 255})).valueOrThrow()));
    assertEquals("no", show(Runs.call("otp26", "bm", BitString.wrap(new byte[] {7, 1})).valueOrThrow()));
    assertEquals("no", show(Runs.call("otp26", "bm", BitString.wrap(new byte[] {7, (byte) 255, 0})).valueOrThrow()));
    assertEquals("no", show(Runs.call("otp26", "bm", Atom.of("notbin")).valueOrThrow()));
  }
}
