package org.jbeamjit.codegen.jit;

import static org.objectweb.asm.Opcodes.*;

import java.util.List;
import org.jbeamjit.codegen.ops.Bifs;
import org.jbeamjit.codegen.ops.Receives;
import org.jbeamjit.frontend.ir.Instruction;
import org.jbeamjit.frontend.ir.XReg;
import org.jbeamjit.runtime.bif.BifEntry;
import org.jbeamjit.runtime.process.ErlProcess;
import org.jbeamjit.runtime.process.Mailbox;
import org.jbeamjit.runtime.term.Atom;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.LabelNode;

/**
 * Messages: {@code send}, the receive loop on the process's mailbox, and the waits, which unwind
 * the process into heap frames (resumed at the loop head, or after the wait on a timeout).
 */
final class ReceiveInstructions {
  private static final Atom ERLANG = Atom.of("erlang");
  private static final String MARKER = Type.getInternalName(Mailbox.Marker.class);
  private static final String RECEIVES = Type.getInternalName(Receives.class);

  private final FunctionEmitter e;

  ReceiveInstructions(FunctionEmitter e) {
    this.e = e;
  }

  void emit(Instruction ins) {
    switch (ins.opcode()) {
      case SEND -> send();
      case LOOP_REC -> {
        mailbox();
        e.mv.visitMethodInsn(INVOKEVIRTUAL, Types.MAILBOX, "peek", "()" + Types.OBJECT_DESC, false);
        e.mv.visitInsn(DUP);
        LabelNode got = FunctionEmitter.newLabel();
        e.mv.visitJumpInsn(IFNONNULL, got.getLabel());
        e.mv.visitInsn(POP);
        e.mv.visitJumpInsn(GOTO, e.labelOf(ins.label(0)).getLabel());
        e.mv.instructions.add(got);
        e.store(ins.operand(1));
      }
      case LOOP_REC_END -> {
        mailboxCall("next");
        e.mv.visitJumpInsn(GOTO, e.labelOf(ins.label(0)).getLabel());
      }
      case REMOVE_MESSAGE -> mailboxCall("remove");
      case TIMEOUT -> mailboxCall("resetSavePointer");
      case WAIT -> {
        e.mv.visitVarInsn(ALOAD, 0);
        e.pushFrame();
        e.mv.visitLdcInsn(ErlProcess.INFINITY);
        suspendToWait();
      }
      case WAIT_TIMEOUT -> {
        // A time of 0 goes straight on to the timeout code; anything else waits.
        e.inRegion();
        int millis = e.longTemp();
        e.mv.visitVarInsn(ALOAD, 0);
        e.load(ins.operand(1));
        e.mv.visitMethodInsn(INVOKESTATIC, RECEIVES, "waitTimeoutMillis",
            "(" + Types.PROCESS_DESC + Types.OBJECT_DESC + ")J", false);
        e.mv.visitInsn(DUP2);
        e.mv.visitVarInsn(LSTORE, millis);
        e.mv.visitInsn(LCONST_0);
        e.mv.visitInsn(LCMP);
        e.mv.visitJumpInsn(IFEQ, e.next().getLabel());
        e.mv.visitVarInsn(ALOAD, 0);
        e.pushFrame();
        e.mv.visitVarInsn(LLOAD, millis);
        suspendToWait();
      }
      case RECV_MARKER_RESERVE -> {
        mailbox();
        e.mv.visitMethodInsn(INVOKEVIRTUAL, Types.MAILBOX, "reserveMarker", "()" + Type.getDescriptor(Mailbox.Marker.class),
            false);
        e.store(ins.operand(0));
      }
      case RECV_MARKER_BIND -> {
        mailbox();
        e.load(ins.operand(0));
        e.mv.visitTypeInsn(CHECKCAST, MARKER);
        e.load(ins.operand(1));
        e.mv.visitMethodInsn(INVOKEVIRTUAL, Types.MAILBOX, "bindMarker",
            "(" + Type.getDescriptor(Mailbox.Marker.class) + Types.OBJECT_DESC + ")V", false);
      }
      case RECV_MARKER_USE -> markerCall(ins, "useMarker");
      case RECV_MARKER_CLEAR -> markerCall(ins, "clearMarker");
      // OTP 21 to 23's receive hints, superseded by markers: nothing to do.
      case RECV_MARK, RECV_SET -> {}
      default -> throw new UnsupportedInstructionException(ins);
    }
  }

  private void mailbox() {
    e.mv.visitVarInsn(ALOAD, 0);
    e.mv.visitMethodInsn(INVOKEVIRTUAL, Types.PROCESS, "mailbox", "()" + Types.MAILBOX_DESC, false);
  }

  private void mailboxCall(String method) {
    mailbox();
    e.mv.visitMethodInsn(INVOKEVIRTUAL, Types.MAILBOX, method, "()V", false);
  }

  private void markerCall(Instruction ins, String method) {
    mailbox();
    e.load(ins.operand(0));
    e.mv.visitMethodInsn(INVOKEVIRTUAL, Types.MAILBOX, method, "(" + Types.OBJECT_DESC + ")V", false);
  }

  /** With the process, the frame and the timeout on the stack: unwind and wait. */
  private void suspendToWait() {
    e.mv.visitMethodInsn(INVOKEVIRTUAL, Types.PROCESS, "suspendToWait", "(" + Types.CONTINUATION_DESC + "J)"
        + Types.OBJECT_DESC, false);
    e.mv.visitInsn(ARETURN);
  }

  /**
   * {@code send}: x0 ! x1, the message left in x0. In compiled code a failure shows the frame of
   * {@code erlang:send/2} (the shell's evaluator shows {@code '!'}).
   */
  private void send() {
    BifEntry bif = Bifs.lookup(ERLANG, Atom.of("send"), 2);
    if (bif == null) {
      throw new IllegalStateException("no BIF erlang:send/2");
    }
    e.calls().bifCall(bif, List.of(new XReg(0), new XReg(1)), new XReg(0), false);
  }
}
