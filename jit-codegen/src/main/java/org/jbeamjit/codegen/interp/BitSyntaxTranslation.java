package org.jbeamjit.codegen.interp;

import org.jbeamjit.codegen.ops.BitSyntax;
import org.jbeamjit.frontend.ir.AtomLiteral;
import org.jbeamjit.frontend.ir.Instruction;
import org.jbeamjit.frontend.ir.Label;
import org.jbeamjit.frontend.ir.Operand;
import org.jbeamjit.frontend.ir.OperandList;
import org.jbeamjit.frontend.ir.StringRef;
import org.jbeamjit.frontend.ir.Unsigned;
import org.jbeamjit.runtime.bits.Segment;
import org.jbeamjit.runtime.bits.SegmentType;

/** The bit syntax instructions, translated for the interpreter ({@link BitSyntaxOps} runs them). */
final class BitSyntaxTranslation {
  private BitSyntaxTranslation() {}

  /** {@code bs_create_bin}'s segments: fixed parts, numbers, and the value and size operands as {@link Operands}. */
  record CreateBin(Segment[] segments, int[] numbers, int[] values, int[] sizes) {}

  static void emit(Translator t, Instruction in) {
    switch (in.opcode()) {
      case BS_CREATE_BIN -> {
        t.noteLive(in.unsigned(2));
        t.emitOp(Op.BS_CREATE_BIN);
        t.emitFail(in.operand(0));
        t.emitDestination(in.operand(4));
        t.emitConstant(createBin(t, in.list(5)));
      }
      case BS_START_MATCH3 -> {
        t.noteLive(in.unsigned(2));
        t.emitOp(Op.BS_START_MATCH);
        t.emitFail(in.operand(0));
        t.emitSource(in.operand(1));
        t.emitDestination(in.operand(3));
      }
      case BS_START_MATCH4 -> {
        t.noteLive(in.unsigned(1));
        t.emitOp(Op.BS_START_MATCH);
        if (in.operand(0) instanceof Label l) {
          t.emitFail(l);
        } else {
          t.emitWord(-1); // no_fail or resume: the source is known to match
        }
        t.emitSource(in.operand(2));
        t.emitDestination(in.operand(3));
      }
      case BS_GET_POSITION, BS_GET_TAIL -> {
        t.noteLive(in.unsigned(2));
        t.emitOp(in.opcode() == org.jbeamjit.frontend.opcode.Opcode.BS_GET_POSITION ? Op.BS_GET_POSITION
            : Op.BS_GET_TAIL);
        t.emitSource(in.operand(0));
        t.emitDestination(in.operand(1));
      }
      case BS_SET_POSITION -> {
        t.emitOp(Op.BS_SET_POSITION);
        t.emitSource(in.operand(0));
        t.emitSource(in.operand(1));
      }
      case BS_TEST_TAIL2, BS_TEST_UNIT -> {
        t.emitOp(in.opcode() == org.jbeamjit.frontend.opcode.Opcode.BS_TEST_TAIL2 ? Op.BS_TEST_TAIL
            : Op.BS_TEST_UNIT);
        t.emitLabel(in.operand(0));
        t.emitSource(in.operand(1));
        t.emitWord(in.unsigned(2));
      }
      case BS_MATCH_STRING -> {
        t.emitOp(Op.BS_MATCH_STRING);
        t.emitLabel(in.operand(0));
        t.emitSource(in.operand(1));
        t.emitWord(in.unsigned(2));
        t.emitConstant(((StringRef) in.operand(3)).bytes());
      }
      case BS_GET_INTEGER2, BS_GET_FLOAT2, BS_GET_BINARY2 -> {
        t.noteLive(in.unsigned(2));
        t.emitOp(switch (in.opcode()) {
          case BS_GET_INTEGER2 -> Op.BS_GET_INTEGER;
          case BS_GET_FLOAT2 -> Op.BS_GET_FLOAT;
          default -> Op.BS_GET_BINARY;
        });
        t.emitLabel(in.operand(0));
        t.emitSource(in.operand(1));
        t.emitSource(in.operand(3));
        t.emitWord(in.unsigned(4));
        if (in.opcode() != org.jbeamjit.frontend.opcode.Opcode.BS_GET_BINARY2) {
          t.emitWord(BitSyntax.flags(in.operand(5)));
        }
        t.emitDestination(in.operand(6));
      }
      case BS_SKIP_BITS2 -> {
        t.emitOp(Op.BS_SKIP_BITS);
        t.emitLabel(in.operand(0));
        t.emitSource(in.operand(1));
        t.emitSource(in.operand(2));
        t.emitWord(in.unsigned(3));
      }
      case BS_GET_UTF8, BS_GET_UTF16, BS_GET_UTF32 -> {
        t.noteLive(in.unsigned(2));
        boolean utf8 = in.opcode() == org.jbeamjit.frontend.opcode.Opcode.BS_GET_UTF8;
        t.emitOp(utf8 ? Op.BS_GET_UTF8
            : in.opcode() == org.jbeamjit.frontend.opcode.Opcode.BS_GET_UTF16 ? Op.BS_GET_UTF16 : Op.BS_GET_UTF32);
        t.emitLabel(in.operand(0));
        t.emitSource(in.operand(1));
        if (!utf8) {
          t.emitWord(BitSyntax.flags(in.operand(3)));
        }
        t.emitDestination(in.operand(4));
      }
      case BS_SKIP_UTF8, BS_SKIP_UTF16, BS_SKIP_UTF32 -> {
        boolean utf8 = in.opcode() == org.jbeamjit.frontend.opcode.Opcode.BS_SKIP_UTF8;
        t.emitOp(utf8 ? Op.BS_SKIP_UTF8
            : in.opcode() == org.jbeamjit.frontend.opcode.Opcode.BS_SKIP_UTF16 ? Op.BS_SKIP_UTF16 : Op.BS_SKIP_UTF32);
        t.emitLabel(in.operand(0));
        t.emitSource(in.operand(1));
        if (!utf8) {
          t.emitWord(BitSyntax.flags(in.operand(3)));
        }
      }
      case BS_INIT_WRITABLE -> {
        t.noteLive(1);
        t.emitOp(Op.BS_INIT_WRITABLE);
      }
      case BS_MATCH -> {
        t.emitOp(Op.BS_MATCH);
        t.emitFail(in.operand(0));
        t.emitSource(in.operand(1));
        t.emitConstant(BsMatchProgram.of(t, in.list(2)));
      }
      default -> throw new IllegalStateException(
          "the interpreter does not run " + in.opcode().erlangName() + ", which compilers before OTP 25 emitted (in "
              + t.where() + ")");
    }
  }

  private static CreateBin createBin(Translator t, OperandList list) {
    int n = list.size() / 6;
    Segment[] segments = new Segment[n];
    int[] numbers = new int[n];
    int[] values = new int[n];
    int[] sizes = new int[n];
    for (int s = 0; s < n; s++) {
      int base = s * 6;
      SegmentType type = SegmentType.of(((AtomLiteral) list.get(base)).atom().name());
      numbers[s] = intOf(list.get(base + 1));
      segments[s] = new Segment(type, intOf(list.get(base + 2)), BitSyntax.flags(list.get(base + 3)));
      Operand v = list.get(base + 4);
      values[s] = v instanceof StringRef str ? t.constantOperand(str.bytes()) : t.sourceOperand(v);
      sizes[s] = t.sourceOperand(list.get(base + 5));
    }
    return new CreateBin(segments, numbers, values, sizes);
  }

  private static int intOf(Operand o) {
    if (o instanceof Unsigned u) {
      return u.value();
    }
    return (int) (long) (Long) ((org.jbeamjit.frontend.ir.Constant) o).term();
  }
}
