package org.jbeamjit.codegen.jit;

import static org.objectweb.asm.Opcodes.*;

import java.util.ArrayList;
import java.util.List;
import org.jbeamjit.codegen.load.FunTemplate;
import org.jbeamjit.codegen.ops.Bifs;
import org.jbeamjit.frontend.ir.FunRef;
import org.jbeamjit.frontend.ir.Import;
import org.jbeamjit.frontend.ir.Instruction;
import org.jbeamjit.frontend.ir.Operand;
import org.jbeamjit.frontend.ir.XReg;
import org.jbeamjit.runtime.bif.BifEntry;
import org.jbeamjit.runtime.code.Export;
import org.jbeamjit.runtime.term.LocalFun;
import org.jbeamjit.runtime.term.Pid;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Type;

/**
 * Calls: local ones ({@code invokestatic} into the same class, self tail calls as jumps to the
 * entry check), remote ones ({@code invokedynamic} linked to the export's call site), BIFs
 * ({@code invokestatic} to the Java method), fun calls ({@code invokedynamic}, an inline cache of
 * the funs called: {@link FunCallSite}) and apply (through ops).
 */
final class Calls {
  private static final Handle EXPORT_BOOTSTRAP = new Handle(H_INVOKESTATIC, Type.getInternalName(Bootstraps.class),
      "export", "(Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/String;Ljava/lang/invoke/MethodType;"
          + "Ljava/lang/String;Ljava/lang/String;I)Ljava/lang/invoke/CallSite;", false);
  private static final Handle FUN_BOOTSTRAP = new Handle(H_INVOKESTATIC, Type.getInternalName(Bootstraps.class),
      "funCall", "(Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/String;Ljava/lang/invoke/MethodType;)"
          + "Ljava/lang/invoke/CallSite;", false);
  /** Fun calls of more arguments than this take them in an array, without an inline cache ({@link FunCallSite}). */
  private static final int MAX_CACHED_FUN_ARITY = 32;
  private static final String BIFS = Type.getInternalName(Bifs.class);
  private static final String OPS_CALLS = Type.getInternalName(org.jbeamjit.codegen.ops.Calls.class);
  private static final String BIF_ENTRY_DESC = Type.getDescriptor(BifEntry.class);

  private final FunctionEmitter e;

  Calls(FunctionEmitter e) {
    this.e = e;
  }

  void emit(Instruction ins) {
    int i = e.currentInstruction();
    boolean tail = e.analysis.isTailCall(i);
    switch (ins.opcode()) {
      case CALL, CALL_LAST, CALL_ONLY -> local(ins.unsigned(0), ins.label(1).number(), tail);
      case CALL_EXT, CALL_EXT_LAST, CALL_EXT_ONLY -> external(ins.unsigned(0), ins.importRef(1).entry(), tail);
      case BIF0 -> bif(0, ins.importRef(0).entry(), List.of(), ins.operand(1));
      case BIF1 -> bif(ins.label(0).number(), ins.importRef(1).entry(), List.of(ins.operand(2)), ins.operand(3));
      case BIF2 -> bif(ins.label(0).number(), ins.importRef(1).entry(), List.of(ins.operand(2), ins.operand(3)),
          ins.operand(4));
      case GC_BIF1 -> bif(ins.label(0).number(), ins.importRef(2).entry(), List.of(ins.operand(3)), ins.operand(4));
      case GC_BIF2 -> bif(ins.label(0).number(), ins.importRef(2).entry(), List.of(ins.operand(3), ins.operand(4)),
          ins.operand(5));
      case GC_BIF3 -> bif(ins.label(0).number(), ins.importRef(2).entry(),
          List.of(ins.operand(3), ins.operand(4), ins.operand(5)), ins.operand(6));
      case APPLY, APPLY_LAST -> apply(ins.unsigned(0), tail);
      case CALL_FUN -> funCall(new XReg(ins.unsigned(0)), ins.unsigned(0), tail);
      case CALL_FUN2 -> funCall(ins.operand(2), ins.unsigned(1), tail);
      case MAKE_FUN2 -> makeFun(ins.funRef(0), xs(ins.funRef(0).entry().freeCount()), new XReg(0));
      case MAKE_FUN3 -> makeFun(ins.funRef(0), ins.list(2).elements(), ins.operand(1));
      default -> throw new UnsupportedInstructionException(ins);
    }
  }

  private static List<Operand> xs(int n) {
    List<Operand> l = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      l.add(new XReg(i));
    }
    return l;
  }

  // ---- local

  private void local(int arity, int label, boolean tail) {
    int target = e.ctx.module.functionIndexByLabel(label);
    if (target < 0) {
      throw new FunctionAnalysis.InconsistentCodeException("call to label " + label + ", no function's entry");
    }
    BifEntry bif = e.ctx.module.bif(target);
    if (bif != null) {
      bifCall(bif, xs(arity), new XReg(0), tail);
      return;
    }
    if (tail && target == e.index && !e.resumeMode) {
      // The arguments are already in x0..x(n-1), the method's parameters: loop to the entry check.
      e.mv.visitJumpInsn(GOTO, e.entryCheck().getLabel());
      return;
    }
    enterCallRegion(tail, false);
    pushCallArguments(arity, tail);
    markIfBodyCall(tail);
    e.mv.visitMethodInsn(INVOKESTATIC, e.ctx.className, e.ctx.bodyName(target), e.ctx.bodyDescriptor(target), false);
    finishCall(tail);
  }

  /**
   * A call of Erlang code: a body call's site gets its frame (once per repeated site); a tail
   * call's none, unless (for funs and apply) the call itself fails.
   */
  private void enterCallRegion(boolean tail, boolean mayFailItself) {
    if (!tail) {
      e.inCallRegion();
    } else if (mayFailItself) {
      e.inTailCallRegion();
    } else {
      e.inFramelessRegion();
    }
  }

  private void markIfBodyCall(boolean tail) {
    if (!tail) {
      e.markCallSite();
    }
  }

  /** Pushes the process, the callee's depth and x0..x(n-1) (in an array beyond the direct arity). */
  private void pushCallArguments(int arity, boolean tail) {
    e.mv.visitVarInsn(ALOAD, 0);
    pushCalleeDepth(tail);
    if (arity > Export.MAX_DIRECT_ARITY) {
      e.pushRegisterArray(arity);
    } else {
      for (int i = 0; i < arity; i++) {
        e.loadX(i);
      }
    }
  }

  /** With a call's result on the stack: a tail call returns it, YIELD included; a body call keeps it in x0. */
  private void finishCall(boolean tail) {
    if (tail) {
      e.mv.visitInsn(ARETURN);
    } else {
      e.afterCall();
    }
  }

  // ---- remote

  private void external(int arity, Import imp, boolean tail) {
    BifEntry bif = Bifs.lookup(imp.module(), imp.function(), arity);
    if (bif != null) {
      bifCall(bif, xs(arity), new XReg(0), tail);
      return;
    }
    enterCallRegion(tail, false);
    pushCallArguments(arity, tail);
    markIfBodyCall(tail);
    invokeExport(imp, arity);
    finishCall(tail);
  }

  private void invokeExport(Import imp, int arity) {
    e.mv.visitInvokeDynamicInsn("call", Types.callDescriptor(arity), EXPORT_BOOTSTRAP, imp.module().name(),
        imp.function().name(), arity);
  }

  // ---- apply and funs

  /** apply N: x0..x(N-1) are the arguments, x(N) the module, x(N+1) the function. */
  private void apply(int arity, boolean tail) {
    enterCallRegion(tail, true);
    e.mv.visitVarInsn(ALOAD, 0);
    pushCalleeDepth(tail);
    e.loadX(arity);
    e.loadX(arity + 1);
    e.pushRegisterArray(arity);
    e.mv.visitMethodInsn(INVOKESTATIC, Types.CONS, "list", "(" + Types.OBJECTS_DESC + ")" + Types.OBJECT_DESC, false);
    markIfBodyCall(tail);
    e.mv.visitMethodInsn(INVOKESTATIC, OPS_CALLS, "apply", "(" + Types.PROCESS_DESC + "I" + Types.OBJECT_DESC
        + Types.OBJECT_DESC + Types.OBJECT_DESC + ")" + Types.OBJECT_DESC, false);
    finishCall(tail);
  }

  private void funCall(Operand fun, int arity, boolean tail) {
    enterCallRegion(tail, true);
    e.mv.visitVarInsn(ALOAD, 0);
    pushCalleeDepth(tail);
    e.load(fun);
    if (arity <= MAX_CACHED_FUN_ARITY) {
      StringBuilder desc = new StringBuilder("(").append(Types.PROCESS_DESC).append('I').append(Types.OBJECT_DESC);
      for (int i = 0; i < arity; i++) {
        e.loadX(i);
        desc.append(Types.OBJECT_DESC);
      }
      markIfBodyCall(tail);
      e.mv.visitInvokeDynamicInsn("callFun", desc.append(')').append(Types.OBJECT_DESC).toString(), FUN_BOOTSTRAP);
    } else {
      e.pushRegisterArray(arity);
      markIfBodyCall(tail);
      e.mv.visitMethodInsn(INVOKESTATIC, Type.getInternalName(FunCalls.class), "call", "(" + Types.PROCESS_DESC + "I"
          + Types.OBJECT_DESC + Types.OBJECTS_DESC + ")" + Types.OBJECT_DESC, false);
    }
    finishCall(tail);
  }

  /** A closure of this module version's fun-table entry over the values of {@code env}. */
  private void makeFun(FunRef fun, List<Operand> env, Operand dst) {
    FunTemplate template = e.ctx.module.fun(fun.index());
    e.object(template, FunTemplate.class);
    e.mv.visitVarInsn(ALOAD, 0);
    e.mv.visitMethodInsn(INVOKEVIRTUAL, Types.PROCESS, "pid", "()" + Type.getDescriptor(Pid.class), false);
    e.pushOperandArray(env);
    e.mv.visitMethodInsn(INVOKEVIRTUAL, Type.getInternalName(FunTemplate.class), "make",
        "(" + Type.getDescriptor(Pid.class) + Types.OBJECTS_DESC + ")" + Type.getDescriptor(LocalFun.class), false);
    e.store(dst);
  }

  /**
   * The callee's depth: one more than this activation's, except for a tail call from a resume
   * method. That method runs at depth 0 on the trampoline, and its frame, stopped at a tail call,
   * shows in no stack trace; calling at depth 0 lets a catch in the callee (a loop resumed after a
   * yield, typically) complete its stack trace without walking the JVM stack
   * ({@code CallerFrames.completeTrace}). It costs one JVM frame per resume, not a growing stack.
   */
  private void pushCalleeDepth(boolean tail) {
    e.mv.visitVarInsn(ILOAD, 1);
    if (!(tail && e.resumeMode)) {
      e.mv.visitInsn(ICONST_1);
      e.mv.visitInsn(IADD);
    }
  }

  // ---- BIFs

  /** A BIF called as a function (call_ext, or a local call to a BIF stub): its result goes to x0 or is returned. */
  void bifCall(BifEntry bif, List<Operand> args, Operand dst, boolean tail) {
    Runnable call = () -> {
      invokeBif(bif, args, !tail);
      if (tail) {
        e.mv.visitInsn(ARETURN);
      } else {
        e.store(dst);
      }
    };
    if (Bifs.raises(bif)) {
      // error/1, throw/1 and the like add no frame of their own: nothing to do on the way out
      // (before, a caught throw paid a string concatenation in Bifs.failed to find that out).
      e.inRegion();
      call.run();
    } else {
      e.withHandler(call, region -> addBifFrame(bif, args, region));
    }
  }

  /** bif0..2, gc_bif1..3: with a failure label, any exception jumps there, frames and all. */
  private void bif(int fail, Import imp, List<Operand> args, Operand dst) {
    BifEntry bif = Bifs.lookup(imp.module(), imp.function(), args.size());
    Runnable call = bif != null ? () -> invokeBif(bif, args, false) : () -> invokeBifExport(imp, args);
    if (fail != 0) {
      e.guarded(fail, () -> {
        call.run();
        e.store(dst);
      });
    } else if (bif != null && showsFrame(bif, args)) {
      e.withHandler(() -> {
        call.run();
        e.store(dst);
      }, region -> addBifFrame(bif, args, region));
    } else {
      e.inRegion();
      call.run();
      e.store(dst);
    }
  }

  /** Whether a failure of this call shows the BIF's frame (OTP's loader turns some arithmetic into instructions). */
  private static boolean showsFrame(BifEntry bif, List<Operand> args) {
    Object[] literals = new Object[args.size()];
    for (int i = 0; i < literals.length; i++) {
      literals[i] = args.get(i) instanceof org.jbeamjit.frontend.ir.Constant c ? c.term() : null;
    }
    return Bifs.showsFrame(bif, literals);
  }

  /**
   * Invokes a BIF; {@code bodyCall}: the invoke is marked as the function's call site, so that a
   * BIF reading its caller's stack ({@code process_info(self(), current_stacktrace)}) sees this
   * function's frame at the call's line, as BEAM shows it.
   */
  private void invokeBif(BifEntry bif, List<Operand> args, boolean bodyCall) {
    if (bif.takesProcess()) {
      e.mv.visitVarInsn(ALOAD, 0);
    }
    for (Operand a : args) {
      e.load(a);
    }
    if (bodyCall) {
      e.markCallSite();
    }
    e.mv.visitMethodInsn(INVOKESTATIC, Type.getInternalName(bif.method().getDeclaringClass()), bif.method().getName(),
        Type.getMethodDescriptor(bif.method()), false);
  }

  /**
   * A guard BIF the registries do not know, called through its export entry (which adds its frame
   * on failure). A BIF never yields, so a YIELD here is a broken BIF.
   */
  private void invokeBifExport(Import imp, List<Operand> args) {
    e.mv.visitVarInsn(ALOAD, 0);
    e.mv.visitVarInsn(ILOAD, 1);
    e.mv.visitInsn(ICONST_1);
    e.mv.visitInsn(IADD);
    for (Operand a : args) {
      e.load(a);
    }
    invokeExport(imp, args.size());
    e.mv.visitInsn(DUP);
    e.mv.visitFieldInsn(GETSTATIC, Types.PROCESS, "YIELD", Types.OBJECT_DESC);
    org.objectweb.asm.tree.LabelNode ok = FunctionEmitter.newLabel();
    e.mv.visitJumpInsn(IF_ACMPNE, ok.getLabel());
    e.mv.visitTypeInsn(NEW, "java/lang/IllegalStateException");
    e.mv.visitInsn(DUP);
    e.mv.visitLdcInsn("BIF " + imp.module() + ":" + imp.function() + "/" + args.size() + " yielded");
    e.mv.visitMethodInsn(INVOKESPECIAL, "java/lang/IllegalStateException", "<init>", "(Ljava/lang/String;)V", false);
    e.mv.visitInsn(ATHROW);
    e.mv.instructions.add(ok);
  }

  /** In a BIF call's handler (exception on the stack): the BIF's frame, then this function's handling. */
  private void addBifFrame(BifEntry bif, List<Operand> args, FunctionEmitter.Region region) {
    e.object(bif, BifEntry.class);
    e.pushOperandArray(args);
    e.mv.visitMethodInsn(INVOKESTATIC, BIFS, "failed",
        "(" + Types.EXCEPTION_DESC + BIF_ENTRY_DESC + Types.OBJECTS_DESC + ")" + Types.EXCEPTION_DESC, false);
    e.continueUnwinding(region);
  }
}
