package org.jbeamjit.codegen.jit;

import static org.objectweb.asm.Opcodes.*;

import java.util.ArrayList;
import java.util.List;
import org.jbeamjit.codegen.ops.BitSyntax;
import org.jbeamjit.codegen.ops.Errors;
import org.jbeamjit.frontend.ir.AtomLiteral;
import org.jbeamjit.frontend.ir.FieldFlags;
import org.jbeamjit.frontend.ir.Instruction;
import org.jbeamjit.frontend.ir.Label;
import org.jbeamjit.frontend.ir.Operand;
import org.jbeamjit.frontend.ir.OperandList;
import org.jbeamjit.frontend.ir.StringRef;
import org.jbeamjit.frontend.ir.Unsigned;
import org.jbeamjit.runtime.bits.BitStringBuilder;
import org.jbeamjit.runtime.bits.MatchContext;
import org.jbeamjit.runtime.bits.Segment;
import org.jbeamjit.runtime.bits.SegmentType;
import org.jbeamjit.runtime.term.BitString;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.LabelNode;

/**
 * The bit syntax, on {@code org.jbeamjit.runtime.bits}: matching through a {@link MatchContext}
 * held in a register (a {@code null} or {@code false} answer branches to the fail label), and
 * construction with {@code bs_create_bin} (through ops' {@link BitSyntax}, which reports a failed
 * segment as OTP does).
 */
final class BitSyntaxInstructions {
  private static final String CTX = Type.getInternalName(MatchContext.class);
  private static final String CTX_DESC = Type.getDescriptor(MatchContext.class);
  private static final String BITSTRING_DESC = Type.getDescriptor(BitString.class);
  private static final String SEGMENTS_DESC = Type.getDescriptor(Segment[].class);

  private final FunctionEmitter e;

  BitSyntaxInstructions(FunctionEmitter e) {
    this.e = e;
  }

  void emit(Instruction ins) {
    switch (ins.opcode()) {
      case BS_START_MATCH3 -> startMatch(ins.label(0), ins.operand(1), ins.operand(3));
      case BS_START_MATCH4 -> startMatch(ins.operand(0) instanceof Label l ? l : null, ins.operand(2),
          ins.operand(3));
      case BS_GET_POSITION -> {
        context(ins.operand(0));
        e.mv.visitMethodInsn(INVOKEVIRTUAL, CTX, "position", "()J", false);
        e.mv.visitMethodInsn(INVOKESTATIC, Types.LONG, "valueOf", "(J)Ljava/lang/Long;", false);
        e.store(ins.operand(1));
      }
      case BS_SET_POSITION -> {
        context(ins.operand(0));
        e.load(ins.operand(1));
        e.mv.visitTypeInsn(CHECKCAST, Types.LONG);
        e.mv.visitMethodInsn(INVOKEVIRTUAL, Types.LONG, "longValue", "()J", false);
        e.mv.visitMethodInsn(INVOKEVIRTUAL, CTX, "position", "(J)V", false);
      }
      case BS_GET_TAIL -> {
        context(ins.operand(0));
        e.mv.visitMethodInsn(INVOKEVIRTUAL, CTX, "tail", "()" + BITSTRING_DESC, false);
        e.store(ins.operand(1));
      }
      case BS_GET_INTEGER2 -> get(ins, "getInteger", true);
      case BS_GET_FLOAT2 -> get(ins, "getFloat", true);
      case BS_GET_BINARY2 -> get(ins, "getBinary", false);
      case BS_SKIP_BITS2 -> {
        context(ins.operand(1));
        e.load(ins.operand(2));
        e.pushInt(ins.unsigned(3));
        e.mv.visitMethodInsn(INVOKEVIRTUAL, CTX, "skip", "(" + Types.OBJECT_DESC + "I)Z", false);
        failIfFalse(ins);
      }
      case BS_TEST_TAIL2 -> {
        context(ins.operand(1));
        e.mv.visitLdcInsn((long) ins.unsigned(2));
        e.mv.visitMethodInsn(INVOKEVIRTUAL, CTX, "testTail", "(J)Z", false);
        failIfFalse(ins);
      }
      case BS_TEST_UNIT -> {
        context(ins.operand(1));
        e.pushInt(ins.unsigned(2));
        e.mv.visitMethodInsn(INVOKEVIRTUAL, CTX, "testUnit", "(I)Z", false);
        failIfFalse(ins);
      }
      case BS_MATCH_STRING -> {
        context(ins.operand(1));
        e.object(((StringRef) ins.operand(3)).bytes(), BitString.class);
        e.mv.visitLdcInsn((long) ins.unsigned(2));
        e.mv.visitMethodInsn(INVOKEVIRTUAL, CTX, "matchString", "(" + BITSTRING_DESC + "J)Z", false);
        failIfFalse(ins);
      }
      case BS_GET_UTF8 -> getUtf(ins, "getUtf8", false, true);
      case BS_GET_UTF16 -> getUtf(ins, "getUtf16", true, true);
      case BS_GET_UTF32 -> getUtf(ins, "getUtf32", true, true);
      case BS_SKIP_UTF8 -> getUtf(ins, "skipUtf8", false, false);
      case BS_SKIP_UTF16 -> getUtf(ins, "skipUtf16", true, false);
      case BS_SKIP_UTF32 -> getUtf(ins, "skipUtf32", true, false);
      case BS_INIT_WRITABLE -> {
        e.loadX(0);
        e.mv.visitMethodInsn(INVOKESTATIC, Type.getInternalName(BitStringBuilder.class), "emptyWritable",
            "(" + Types.OBJECT_DESC + ")" + BITSTRING_DESC, false);
        e.storeX(0);
      }
      case BS_CREATE_BIN -> createBin(ins);
      case BS_MATCH -> new BsMatchCommands(e, ins).emit();
      default -> throw new UnsupportedInstructionException(ins);
    }
  }

  private void context(Operand o) {
    e.load(o);
    e.mv.visitTypeInsn(CHECKCAST, CTX);
  }

  private void startMatch(Label fail, Operand src, Operand dst) {
    e.load(src);
    e.mv.visitMethodInsn(INVOKESTATIC, CTX, "start", "(" + Types.OBJECT_DESC + ")" + CTX_DESC, false);
    if (fail != null) {
      e.mv.visitInsn(DUP);
      LabelNode ok = FunctionEmitter.newLabel();
      e.mv.visitJumpInsn(IFNONNULL, ok.getLabel());
      e.mv.visitInsn(POP);
      if (fail.isNone()) {
        e.inRegion();
        e.load(src);
        e.mv.visitMethodInsn(INVOKESTATIC, Type.getInternalName(Errors.class), "badmatch",
            "(" + Types.OBJECT_DESC + ")" + Types.EXCEPTION_DESC, false);
        e.mv.visitInsn(ATHROW);
      } else {
        e.mv.visitJumpInsn(GOTO, e.labelOf(fail).getLabel());
      }
      e.mv.instructions.add(ok);
    }
    e.store(dst);
  }

  /** bs_get_integer2/float2/binary2 Fail Ctx Live Size Unit Flags Dst. */
  private void get(Instruction ins, String method, boolean withFlags) {
    context(ins.operand(1));
    e.load(ins.operand(3));
    e.pushInt(ins.unsigned(4));
    String desc;
    if (withFlags) {
      e.pushInt(((FieldFlags) ins.operand(5)).bits());
      desc = "(" + Types.OBJECT_DESC + "II)" + Types.OBJECT_DESC;
    } else {
      desc = "(" + Types.OBJECT_DESC + "I)" + BITSTRING_DESC;
    }
    e.mv.visitMethodInsn(INVOKEVIRTUAL, CTX, method, desc, false);
    storeUnlessNull(ins.label(0), ins.operand(6));
  }

  /** bs_get_utf* Fail Ctx Live Flags Dst and bs_skip_utf* Fail Ctx Live Flags. */
  private void getUtf(Instruction ins, String method, boolean withFlags, boolean get) {
    context(ins.operand(1));
    String args = "()";
    if (withFlags) {
      e.pushInt(((FieldFlags) ins.operand(3)).bits());
      args = "(I)";
    }
    if (get) {
      e.mv.visitMethodInsn(INVOKEVIRTUAL, CTX, method, args + Types.OBJECT_DESC, false);
      storeUnlessNull(ins.label(0), ins.operand(4));
    } else {
      e.mv.visitMethodInsn(INVOKEVIRTUAL, CTX, method, args + "Z", false);
      failIfFalse(ins);
    }
  }

  private void storeUnlessNull(Label fail, Operand dst) {
    e.mv.visitInsn(DUP);
    LabelNode ok = FunctionEmitter.newLabel();
    e.mv.visitJumpInsn(IFNONNULL, ok.getLabel());
    e.mv.visitInsn(POP);
    e.mv.visitJumpInsn(GOTO, e.labelOf(fail).getLabel());
    e.mv.instructions.add(ok);
    e.store(dst);
  }

  private void failIfFalse(Instruction ins) {
    e.mv.visitJumpInsn(IFEQ, e.labelOf(ins.label(0)).getLabel());
  }

  // ---- construction

  /**
   * bs_create_bin Fail Alloc Live Unit Dst [Type, Seg, Unit, Flags, Value, Size]*: the segments'
   * fixed parts are a constant, values and sizes are collected at run time.
   */
  private void createBin(Instruction ins) {
    OperandList list = ins.list(5);
    int n = list.size() / 6;
    Segment[] segments = new Segment[n];
    int[] numbers = new int[n];
    List<Operand> values = new ArrayList<>(n);
    List<Operand> sizes = new ArrayList<>(n);
    for (int s = 0; s < n; s++) {
      int base = s * 6;
      SegmentType type = SegmentType.of(((AtomLiteral) list.get(base)).atom().name());
      int unit = ((Unsigned) list.get(base + 2)).value();
      segments[s] = new Segment(type, unit, BitSyntax.flags(list.get(base + 3)));
      numbers[s] = ((Unsigned) list.get(base + 1)).value();
      values.add(list.get(base + 4));
      sizes.add(list.get(base + 5));
    }
    Runnable build = () -> {
      e.object(segments, Segment[].class);
      e.object(numbers, int[].class);
      pushValues(values);
      e.pushOperandArray(sizes);
      e.mv.visitMethodInsn(INVOKESTATIC, Type.getInternalName(BitSyntax.class), "create",
          "(" + SEGMENTS_DESC + "[I" + Types.OBJECTS_DESC + Types.OBJECTS_DESC + ")" + BITSTRING_DESC, false);
      e.store(ins.operand(4));
    };
    int fail = ins.label(0).number();
    if (fail != 0) {
      e.guarded(fail, build);
    } else {
      e.inRegion();
      build.run();
    }
  }

  /** Segment values: a string segment's value is the string table's bytes. */
  private void pushValues(List<Operand> values) {
    e.pushArray(values.size(), i -> {
      Operand v = values.get(i);
      if (v instanceof StringRef s) {
        e.object(s.bytes(), BitString.class);
      } else {
        e.load(v);
      }
    });
  }
}
