package org.jbeamjit.codegen.jit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.jbeamjit.codegen.interp.InterpreterEngine;
import org.jbeamjit.codegen.load.Engine;
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
import org.jbeamjit.frontend.ir.LineRef;
import org.jbeamjit.frontend.ir.Location;
import org.jbeamjit.frontend.ir.NilLiteral;
import org.jbeamjit.frontend.ir.Operand;
import org.jbeamjit.frontend.ir.OperandList;
import org.jbeamjit.frontend.ir.Unsigned;
import org.jbeamjit.frontend.ir.XReg;
import org.jbeamjit.frontend.opcode.Opcode;
import org.jbeamjit.runtime.term.Atom;
import org.jbeamjit.runtime.term.BitString;
import org.jbeamjit.runtime.term.Tuple;
import org.junit.jupiter.api.Test;

/**
 * OTP 26's {@code bs_match} and {@code update_record}, which the installed OTP 25 never emits: a
 * module written as IR by hand, in the shape OTP 26's compiler gives these instructions, run in
 * both engines.
 */
class Otp26InstructionsTest {
  @Test
  void bsMatchAndUpdateRecordAgreeWithTheInterpreter() {
    for (Engine engine : List.of(JitEngine.INSTANCE, InterpreterEngine.INSTANCE)) {
      String m = "otp26_" + engine.name();
      ModuleLoader.load(module(m), engine);
      BitString bin = BitString.wrap(new byte[] {1, 2, 3, 4, 5});
      assertEquals("{1,770,<<4,5>>}", JitSmokeTest.show(Runs.call(m, "fields", bin).valueOrThrow()), engine.name());
      assertEquals("nomatch", JitSmokeTest.show(Runs.call(m, "fields", BitString.wrap(new byte[] {1})).valueOrThrow()));
      assertEquals("ok", JitSmokeTest.show(Runs.call(m, "literal", BitString.wrap(new byte[] {'a', 'z'})).valueOrThrow()));
      assertEquals("nomatch", JitSmokeTest.show(Runs.call(m, "literal", BitString.wrap(new byte[] {'b', 'z'})).valueOrThrow()));
      assertEquals("nomatch", JitSmokeTest.show(Runs.call(m, "literal", BitString.wrap(new byte[] {'a'})).valueOrThrow()));
      assertEquals("{r,b,7}", JitSmokeTest.show(
          Runs.call(m, "update", Tuple.of(Atom.of("r"), Atom.of("a"), 1L)).valueOrThrow()), engine.name());
    }
  }

  private static Operand u(int v) {
    return new Unsigned(v);
  }

  private static Operand a(String name) {
    return new AtomLiteral(Atom.of(name));
  }

  private static Operand x(int i) {
    return new XReg(i);
  }

  private static Operand list(Operand... elements) {
    return new OperandList(List.of(elements));
  }

  private static Instruction ins(Opcode op, Operand... operands) {
    return Instruction.of(op, operands);
  }

  /** A function: its func_info label, entry label, then the body. */
  private static BeamFunction function(Atom module, String name, int arity, int firstLabel, List<Instruction> body) {
    List<Instruction> code = new ArrayList<>();
    code.add(ins(Opcode.LABEL, u(firstLabel)));
    code.add(ins(Opcode.LINE, new LineRef(0, Location.NONE)));
    code.add(ins(Opcode.FUNC_INFO, new AtomLiteral(module), a(name), u(arity)));
    code.add(ins(Opcode.LABEL, u(firstLabel + 1)));
    code.addAll(body);
    return new BeamFunction(Atom.of(name), arity, firstLabel + 1, code);
  }

  private static BeamModule module(String name) {
    Atom m = Atom.of(name);
    List<Instruction> nomatch = List.of(ins(Opcode.MOVE, a("nomatch"), x(0)), ins(Opcode.RETURN));
    // fields(<<A:8, B:16/little, Rest/binary>>) -> {A, B, Rest}; fields(_) -> nomatch.
    List<Instruction> fields = new ArrayList<>(List.of(
        ins(Opcode.BS_START_MATCH4, a("no_fail"), u(1), x(0), x(1)),
        ins(Opcode.BS_MATCH, new Label(3), x(1), list(
            a("ensure_at_least"), u(24), u(8),
            a("integer"), u(2), u(0), u(8), u(1), x(2),
            a("integer"), u(3), u(2), u(16), u(1), x(3),
            a("get_tail"), u(4), u(8), x(4))),
        ins(Opcode.PUT_TUPLE2, x(0), list(x(2), x(3), x(4))),
        ins(Opcode.RETURN),
        ins(Opcode.LABEL, u(3))));
    fields.addAll(nomatch);
    // literal(<<"a", _:8>>) -> ok; literal(_) -> nomatch.
    List<Instruction> literal = new ArrayList<>(List.of(
        ins(Opcode.BS_START_MATCH4, a("no_fail"), u(1), x(0), x(1)),
        ins(Opcode.BS_MATCH, new Label(6), x(1), list(
            a("ensure_exactly"), u(16),
            a("=:="), NilLiteral.NIL, u(8), u('a'),
            a("skip"), u(8))),
        ins(Opcode.MOVE, a("ok"), x(0)),
        ins(Opcode.RETURN),
        ins(Opcode.LABEL, u(6))));
    literal.addAll(nomatch);
    // update(R) -> R#r{f1 = b, f2 = 7}.
    List<Instruction> update = List.of(
        ins(Opcode.UPDATE_RECORD, a("copy"), u(3), x(0), x(0), list(u(2), a("b"), u(3), new IntegerLiteral(7L))),
        ins(Opcode.RETURN));
    List<BeamFunction> functions = List.of(function(m, "fields", 1, 1, fields), function(m, "literal", 1, 4, literal),
        function(m, "update", 1, 7, update));
    List<Export> exports = List.of(new Export(Atom.of("fields"), 1, 2), new Export(Atom.of("literal"), 1, 5),
        new Export(Atom.of("update"), 1, 8));
    return BeamModule.builder().fileName(name + ".beam").name(m)
        .atoms(List.of(m, Atom.of("fields"), Atom.of("literal"), Atom.of("update")))
        .codeHeader(new CodeHeader(0, Opcode.MAX_NUMBER, 9, functions.size())).exports(exports).imports(List.of())
        .md5(new byte[16]).functions(functions).build();
  }
}
