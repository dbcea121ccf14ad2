package org.jbeamjit.codegen.jit;

import static org.objectweb.asm.Opcodes.*;

import org.jbeamjit.frontend.ir.Instruction;
import org.jbeamjit.frontend.ir.Operand;
import org.jbeamjit.frontend.ir.OperandList;
import org.jbeamjit.frontend.ir.YReg;
import org.jbeamjit.runtime.term.Nil;

/** Moving values between registers and building and taking apart lists and tuples. */
final class DataInstructions {
  private final FunctionEmitter e;

  DataInstructions(FunctionEmitter e) {
    this.e = e;
  }

  void emit(Instruction ins) {
    switch (ins.opcode()) {
      case MOVE -> {
        e.load(ins.operand(0));
        e.store(ins.operand(1));
      }
      case SWAP -> {
        e.load(ins.operand(0));
        e.load(ins.operand(1));
        e.store(ins.operand(0));
        e.store(ins.operand(1));
      }
      case GET_LIST -> {
        // Both fields are read before either register is written: the source may be one of them.
        e.load(ins.operand(0));
        e.mv.visitTypeInsn(CHECKCAST, Types.CONS);
        e.mv.visitInsn(DUP);
        e.mv.visitFieldInsn(GETFIELD, Types.CONS, "head", Types.OBJECT_DESC);
        e.mv.visitInsn(SWAP);
        e.mv.visitFieldInsn(GETFIELD, Types.CONS, "tail", Types.OBJECT_DESC);
        e.store(ins.operand(2));
        e.store(ins.operand(1));
      }
      case GET_HD -> field(ins, "head");
      case GET_TL -> field(ins, "tail");
      case GET_TUPLE_ELEMENT -> {
        e.load(ins.operand(0));
        e.mv.visitTypeInsn(CHECKCAST, Types.TUPLE);
        e.mv.visitFieldInsn(GETFIELD, Types.TUPLE, "elems", Types.OBJECTS_DESC);
        e.pushInt(ins.unsigned(1));
        e.mv.visitInsn(AALOAD);
        e.store(ins.operand(2));
      }
      case SET_TUPLE_ELEMENT -> {
        // Only ever applied to a tuple the function has just built and nothing else has seen.
        e.load(ins.operand(1));
        e.mv.visitTypeInsn(CHECKCAST, Types.TUPLE);
        e.mv.visitFieldInsn(GETFIELD, Types.TUPLE, "elems", Types.OBJECTS_DESC);
        e.pushInt(ins.unsigned(2));
        e.load(ins.operand(0));
        e.mv.visitInsn(AASTORE);
      }
      case PUT_LIST -> {
        e.mv.visitTypeInsn(NEW, Types.CONS);
        e.mv.visitInsn(DUP);
        e.load(ins.operand(0));
        e.load(ins.operand(1));
        e.mv.visitMethodInsn(INVOKESPECIAL, Types.CONS, "<init>", "(" + Types.OBJECT_DESC + Types.OBJECT_DESC + ")V",
            false);
        e.store(ins.operand(2));
      }
      case PUT_TUPLE2 -> {
        OperandList elems = ins.list(1);
        e.mv.visitTypeInsn(NEW, Types.TUPLE);
        e.mv.visitInsn(DUP);
        e.pushOperandArray(elems.elements());
        e.mv.visitMethodInsn(INVOKESPECIAL, Types.TUPLE, "<init>", "(" + Types.OBJECTS_DESC + ")V", false);
        e.store(ins.operand(0));
      }
      case INIT -> kill(ins.operand(0));
      case INIT_YREGS -> {
        for (Operand y : ins.list(0).elements()) {
          kill(y);
        }
      }
      case TRIM -> {
        int n = ins.unsigned(0);
        int remaining = ins.unsigned(1);
        for (int y = 0; y < remaining; y++) {
          e.mv.visitVarInsn(ALOAD, e.yBase + y + n);
          e.mv.visitVarInsn(ASTORE, e.yBase + y);
        }
      }
      default -> throw new UnsupportedInstructionException(ins);
    }
  }

  private void field(Instruction ins, String name) {
    e.load(ins.operand(0));
    e.mv.visitTypeInsn(CHECKCAST, Types.CONS);
    e.mv.visitFieldInsn(GETFIELD, Types.CONS, name, Types.OBJECT_DESC);
    e.store(ins.operand(1));
  }

  /** A Y register no longer holding a value: [] as BEAM has it, so a saved frame holds no garbage. */
  private void kill(Operand y) {
    e.constant(Nil.NIL);
    e.store(y);
  }

  /** allocate_zero: the frame's registers start as []. */
  void clearY(int count) {
    for (int y = 0; y < count; y++) {
      kill(new YReg(y));
    }
  }
}
