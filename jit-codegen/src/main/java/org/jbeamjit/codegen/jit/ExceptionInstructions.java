package org.jbeamjit.codegen.jit;

import static org.objectweb.asm.Opcodes.*;

import org.jbeamjit.codegen.jit.FunctionAnalysis.Scope;
import org.jbeamjit.codegen.ops.Errors;
import org.jbeamjit.codegen.ops.Exceptions;
import org.jbeamjit.frontend.ir.Instruction;
import org.jbeamjit.frontend.opcode.Opcode;
import org.jbeamjit.runtime.term.Nil;
import org.objectweb.asm.Type;

/**
 * Raising and catching: the error instructions, {@code catch} and {@code try} (whose scopes are
 * static, so they emit almost nothing inline: their handlers are the regions' exception-table
 * entries), rethrows and {@code build_stacktrace}.
 */
final class ExceptionInstructions {
  private static final String ERRORS = Type.getInternalName(Errors.class);
  private static final String EXCEPTIONS = Type.getInternalName(Exceptions.class);

  private final FunctionEmitter e;

  ExceptionInstructions(FunctionEmitter e) {
    this.e = e;
  }

  void emit(Instruction ins) {
    Opcode op = ins.opcode();
    switch (op) {
      case FUNC_INFO -> {
        // function_clause carries its own frame, with the arguments.
        e.inFramelessRegion();
        e.loadModule();
        e.pushInt(e.index);
        e.pushInt(e.analysis.lineIndex(e.currentInstruction()));
        e.pushRegisterArray(e.function.arity());
        e.mv.visitMethodInsn(INVOKESTATIC, ERRORS, "functionClause",
            "(" + Types.MODULE_DESC + "II" + Types.OBJECTS_DESC + ")" + Types.EXCEPTION_DESC, false);
        e.mv.visitInsn(ATHROW);
      }
      case BADMATCH -> raise(ins, "badmatch");
      case CASE_END -> raise(ins, "caseClause");
      case TRY_CASE_END -> raise(ins, "tryClause");
      case BADRECORD -> raise(ins, "badrecord");
      case IF_END -> {
        e.inRegion();
        e.mv.visitMethodInsn(INVOKESTATIC, ERRORS, "ifClause", "()" + Types.EXCEPTION_DESC, false);
        e.mv.visitInsn(ATHROW);
      }
      case CATCH, TRY, CATCH_END, TRY_END, TRY_CASE -> {
        // The tag register holds nothing the code reads; what matters is the static scope.
        e.constant(Nil.NIL);
        e.store(ins.operand(0));
      }
      case BUILD_STACKTRACE -> {
        e.loadX(0);
        e.mv.visitVarInsn(ALOAD, 0);
        e.mv.visitVarInsn(ILOAD, 1);
        e.mv.visitMethodInsn(INVOKESTATIC, EXCEPTIONS, "buildStacktrace", "(" + Types.OBJECT_DESC + Types.PROCESS_DESC
            + "I)" + Types.OBJECT_DESC, false);
        e.storeX(0);
      }
      case RAW_RAISE -> {
        // A rethrow: the exception already has this function's frame.
        e.inFramelessRegion();
        e.loadX(0);
        e.loadX(1);
        e.loadX(2);
        e.mv.visitMethodInsn(INVOKESTATIC, EXCEPTIONS, "rawRaise", "(" + Types.OBJECT_DESC + Types.OBJECT_DESC
            + Types.OBJECT_DESC + ")" + Types.EXCEPTION_DESC, false);
        e.mv.visitInsn(ATHROW);
      }
      case RAISE -> {
        e.inFramelessRegion();
        e.load(ins.operand(0));
        e.load(ins.operand(1));
        e.mv.visitMethodInsn(INVOKESTATIC, EXCEPTIONS, "raise", "(" + Types.OBJECT_DESC + Types.OBJECT_DESC + ")"
            + Types.EXCEPTION_DESC, false);
        e.mv.visitInsn(ATHROW);
      }
      default -> throw new UnsupportedInstructionException(ins);
    }
  }

  private void raise(Instruction ins, String factory) {
    e.inRegion();
    e.load(ins.operand(0));
    e.mv.visitMethodInsn(INVOKESTATIC, ERRORS, factory, "(" + Types.OBJECT_DESC + ")" + Types.EXCEPTION_DESC, false);
    e.mv.visitInsn(ATHROW);
  }

  /**
   * A scope's handler, with the exception on the stack (this function's frame already added):
   * a try gets x0 = Class, x1 = Reason, x2 = the exception as the raw stack trace, and goes to
   * its handler label; a catch gets its value in x0 and goes past its catch_end.
   */
  void enterHandler(Scope s) {
    int handler = e.analysis.position(s.handlerLabel());
    if (s.isTry()) {
      e.mv.visitInsn(DUP);
      e.mv.visitMethodInsn(INVOKEVIRTUAL, Types.EXCEPTION, "kind", "()" + Types.ATOM_DESC, false);
      e.storeX(0);
      e.mv.visitInsn(DUP);
      e.mv.visitMethodInsn(INVOKEVIRTUAL, Types.EXCEPTION, "reason", "()" + Types.OBJECT_DESC, false);
      e.storeX(1);
      e.storeX(2);
      e.mv.visitJumpInsn(GOTO, e.instructionLabel(handler).getLabel());
    } else {
      e.mv.visitVarInsn(ALOAD, 0);
      e.mv.visitVarInsn(ILOAD, 1); // the depth: how far the stack walk for the callers' frames goes
      e.mv.visitMethodInsn(INVOKESTATIC, EXCEPTIONS, "catchValue", "(" + Types.EXCEPTION_DESC + Types.PROCESS_DESC
          + "I)" + Types.OBJECT_DESC, false);
      e.storeX(0);
      // The handler label is followed by catch_end (checked by the analysis); clear its tag too.
      e.constant(Nil.NIL);
      e.store(e.analysis.code().get(handler + 1).operand(0));
      e.mv.visitJumpInsn(GOTO, e.instructionLabel(handler + 2).getLabel());
    }
  }
}
