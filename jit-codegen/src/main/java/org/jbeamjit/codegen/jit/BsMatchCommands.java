package org.jbeamjit.codegen.jit;

import static org.objectweb.asm.Opcodes.*;

import org.jbeamjit.codegen.ops.BitSyntax;
import org.jbeamjit.frontend.ir.AtomLiteral;
import org.jbeamjit.frontend.ir.Constant;
import org.jbeamjit.frontend.ir.Instruction;
import org.jbeamjit.frontend.ir.Operand;
import org.jbeamjit.frontend.ir.OperandList;
import org.jbeamjit.frontend.ir.Unsigned;
import org.jbeamjit.runtime.bits.MatchContext;
import org.jbeamjit.runtime.term.BitString;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.LabelNode;

/**
 * OTP 26's {@code bs_match Fail Ctx Commands}: a flat list of commands, each an atom followed by
 * its operands. The {@code ensure_*} commands check the room for the fields after them, which are
 * then read unchecked.
 */
final class BsMatchCommands {
  private static final String CTX = Type.getInternalName(MatchContext.class);
  private static final String BITSTRING_DESC = Type.getDescriptor(BitString.class);

  private final FunctionEmitter e;
  private final Instruction ins;
  private final OperandList list;
  private final LabelNode fail;
  private int at;

  BsMatchCommands(FunctionEmitter e, Instruction ins) {
    this.e = e;
    this.ins = ins;
    this.list = ins.list(2);
    this.fail = e.labelOf(ins.label(0));
  }

  void emit() {
    while (at < list.size()) {
      String command = ((AtomLiteral) next()).atom().name();
      switch (command) {
        case "ensure_at_least" -> {
          long size = number(next());
          int unit = (int) number(next());
          context();
          e.mv.visitLdcInsn(size);
          e.pushInt(unit);
          e.mv.visitMethodInsn(INVOKEVIRTUAL, CTX, "ensureAtLeast", "(JI)Z", false);
          e.mv.visitJumpInsn(IFEQ, fail.getLabel());
        }
        case "ensure_exactly" -> {
          long size = number(next());
          context();
          e.mv.visitLdcInsn(size);
          e.mv.visitMethodInsn(INVOKEVIRTUAL, CTX, "ensureExactly", "(J)Z", false);
          e.mv.visitJumpInsn(IFEQ, fail.getLabel());
        }
        case "integer", "binary" -> {
          next(); // live
          int flags = BitSyntax.flags(next());
          long bits = number(next()) * number(next());
          Operand dst = next();
          context();
          e.mv.visitLdcInsn(bits);
          if (command.equals("integer")) {
            e.pushInt(flags);
            e.mv.visitMethodInsn(INVOKEVIRTUAL, CTX, "readInteger", "(JI)" + Types.OBJECT_DESC, false);
          } else {
            e.mv.visitMethodInsn(INVOKEVIRTUAL, CTX, "readBinary", "(J)" + BITSTRING_DESC, false);
          }
          e.store(dst);
        }
        case "skip" -> {
          long bits = number(next());
          context();
          e.mv.visitLdcInsn(bits);
          e.mv.visitMethodInsn(INVOKEVIRTUAL, CTX, "skipBits", "(J)V", false);
        }
        case "get_tail" -> {
          next(); // live
          next(); // unit
          Operand dst = next();
          context();
          e.mv.visitMethodInsn(INVOKEVIRTUAL, CTX, "tail", "()" + BITSTRING_DESC, false);
          e.store(dst);
        }
        case "=:=" -> {
          next(); // nil
          int bits = (int) number(next());
          long value = number(next());
          context();
          e.pushInt(bits);
          e.mv.visitLdcInsn(value);
          e.mv.visitMethodInsn(INVOKEVIRTUAL, CTX, "matchBits", "(IJ)Z", false);
          e.mv.visitJumpInsn(IFEQ, fail.getLabel());
        }
        default -> throw new UnsupportedInstructionException(ins);
      }
    }
  }

  private Operand next() {
    return list.get(at++);
  }

  private void context() {
    e.load(ins.operand(1));
    e.mv.visitTypeInsn(CHECKCAST, CTX);
  }

  private static long number(Operand o) {
    if (o instanceof Unsigned u) {
      return u.value();
    }
    return (Long) ((Constant) o).term();
  }
}
