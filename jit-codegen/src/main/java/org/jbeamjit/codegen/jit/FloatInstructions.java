package org.jbeamjit.codegen.jit;

import static org.objectweb.asm.Opcodes.*;

import org.jbeamjit.codegen.ops.Floats;
import org.jbeamjit.frontend.ir.FloatReg;
import org.jbeamjit.frontend.ir.Instruction;
import org.jbeamjit.frontend.ir.Operand;
import org.objectweb.asm.Type;

/** The float instructions, on double locals: boxing only where a value leaves a float register. */
final class FloatInstructions {
  private static final String FLOATS = Type.getInternalName(Floats.class);

  private final FunctionEmitter e;

  FloatInstructions(FunctionEmitter e) {
    this.e = e;
  }

  void emit(Instruction ins) {
    switch (ins.opcode()) {
      case FCHECKERROR -> {} // results are checked as they are made
      case FMOVE -> move(ins.operand(0), ins.operand(1));
      case FCONV -> {
        e.inRegion();
        e.load(ins.operand(0));
        e.mv.visitMethodInsn(INVOKESTATIC, FLOATS, "toDouble", "(" + Types.OBJECT_DESC + ")D", false);
        e.mv.visitVarInsn(DSTORE, slot(ins.operand(1)));
      }
      case FADD -> binary(ins, DADD);
      case FSUB -> binary(ins, DSUB);
      case FMUL -> binary(ins, DMUL);
      case FDIV -> binary(ins, DDIV);
      case FNEGATE -> {
        e.mv.visitVarInsn(DLOAD, slot(ins.operand(1)));
        e.mv.visitMethodInsn(INVOKESTATIC, FLOATS, "negate", "(D)D", false);
        e.mv.visitVarInsn(DSTORE, slot(ins.operand(2)));
      }
      default -> throw new UnsupportedInstructionException(ins);
    }
  }

  private int slot(Operand o) {
    return e.floatSlot((FloatReg) o);
  }

  private void move(Operand src, Operand dst) {
    if (dst instanceof FloatReg f) {
      if (src instanceof FloatReg s) {
        e.mv.visitVarInsn(DLOAD, e.floatSlot(s));
      } else {
        e.load(src);
        e.mv.visitTypeInsn(CHECKCAST, Types.DOUBLE);
        e.mv.visitMethodInsn(INVOKEVIRTUAL, Types.DOUBLE, "doubleValue", "()D", false);
      }
      e.mv.visitVarInsn(DSTORE, e.floatSlot(f));
    } else {
      e.load(src); // boxes a float register
      e.store(dst);
    }
  }

  /** fadd/fsub/fmul/fdiv Fail A B Dst: a result that is not finite raises badarith. */
  private void binary(Instruction ins, int opcode) {
    int fail = ins.label(0).number();
    Runnable op = () -> {
      e.mv.visitVarInsn(DLOAD, slot(ins.operand(1)));
      e.mv.visitVarInsn(DLOAD, slot(ins.operand(2)));
      e.mv.visitInsn(opcode);
      e.mv.visitMethodInsn(INVOKESTATIC, FLOATS, "checked", "(D)D", false);
      e.mv.visitVarInsn(DSTORE, slot(ins.operand(3)));
    };
    if (fail != 0) {
      e.guarded(fail, op);
    } else {
      e.inRegion();
      op.run();
    }
  }
}
