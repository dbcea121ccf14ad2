package org.jbeamjit.frontend.opcode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jbeamjit.testing.Erl;
import org.junit.jupiter.api.Test;

class OpcodeTest {
  /** The installed compiler's own table, {@code beam_opcodes:opname/1}, for every opcode OTP 25 knows. */
  @Test
  void namesAndAritiesAreThoseOfTheInstalledCompiler() {
    String out = Erl.eval("[begin {N, A} = beam_opcodes:opname(I), io:format(\"~b ~s ~b~n\", [I, N, A]) end"
        + " || I <- lists:seq(1, 180)]");
    List<String> lines = out.lines().toList();
    assertEquals(180, lines.size(), out);
    for (String line : lines) {
      String[] f = line.split(" ");
      Opcode op = Opcode.byNumber(Integer.parseInt(f[0]));
      assertNotNull(op, line);
      assertEquals(f[1], op.erlangName(), line);
      assertEquals(Integer.parseInt(f[2]), op.arity(), line);
    }
  }

  @Test
  void theTableCoversOneToMaxWithoutGaps() {
    assertNull(Opcode.byNumber(0));
    assertNull(Opcode.byNumber(Opcode.MAX_NUMBER + 1));
    assertEquals(Opcode.MAX_NUMBER, Opcode.values().length);
    for (int n = 1; n <= Opcode.MAX_NUMBER; n++) {
      assertEquals(n, Opcode.byNumber(n).number());
    }
  }

  @Test
  void laterOtpOpcodes() {
    assertEquals("update_record", Opcode.byNumber(181).erlangName());
    assertEquals(5, Opcode.UPDATE_RECORD.arity());
    assertEquals("bs_match", Opcode.byNumber(182).erlangName());
    assertEquals(3, Opcode.BS_MATCH.arity());
    assertEquals("executable_line", Opcode.byNumber(183).erlangName());
    assertEquals(2, Opcode.EXECUTABLE_LINE.arity());
  }

  @Test
  void operandKindsDescribeWhatTheLoaderResolves() {
    assertEquals(List.of(OperandKind.UNSIGNED, OperandKind.IMPORT), Opcode.CALL_EXT.operandKinds());
    assertEquals(List.of(OperandKind.SOURCE, OperandKind.TARGET, OperandKind.LIST), Opcode.SELECT_VAL.operandKinds());
    assertEquals(OperandKind.BIF, Opcode.GC_BIF2.operandKind(2));
    assertEquals(OperandKind.LOCATION, Opcode.LINE.operandKind(0));
    assertEquals(OperandKind.STRING, Opcode.BS_PUT_STRING.operandKind(1));
    assertEquals(OperandKind.BIT_STRING, Opcode.BS_MATCH_STRING.operandKind(3));
  }

  @Test
  void obsoleteOpcodesAreMarked() {
    assertTrue(Opcode.M_PLUS.isObsolete());
    assertTrue(Opcode.PUT_STRING.isObsolete());
    assertTrue(Opcode.BS_START_MATCH.isObsolete());
    assertFalse(Opcode.BS_START_MATCH2.isObsolete());
    assertFalse(Opcode.MOVE.isObsolete());
    for (Opcode op : Opcode.values()) {
      if (op.isObsolete()) {
        assertTrue(op.operandKinds().stream().allMatch(k -> k == OperandKind.ANY), op.erlangName());
      }
    }
  }

  @Test
  void quotedNamesAreAtoms() {
    assertEquals("catch", Opcode.CATCH.atom().name());
    assertEquals("try", Opcode.TRY.atom().name());
  }
}
