package org.jbeamjit.codegen.interp;

import java.util.Arrays;
import org.jbeamjit.codegen.ops.CallSite;
import org.jbeamjit.codegen.ops.CallerFrames;

/**
 * The interpreted activations on this thread's JVM stack, innermost last: for each, the function
 * and the instruction it is at when it calls out. A stack trace reads them (via
 * {@link CallerFrames}) to name the callers of a function that catches an exception. All of a
 * thread's activations belong to the process it runs: a time slice ends with the JVM stack
 * unwound.
 */
final class InterpStack implements CallerFrames.InterpreterActivations {
  private static final ThreadLocal<InterpStack> CURRENT = ThreadLocal.withInitial(InterpStack::new);

  static {
    CallerFrames.registerInterpreter(Interpreter.class, "run", CURRENT);
  }

  Body[] bodies = new Body[64];
  int[] pcs = new int[64];
  private int top;

  static InterpStack current() {
    return CURRENT.get();
  }

  /** Pushes an activation of {@code b}; returns its slot. */
  int push(Body b) {
    if (top == bodies.length) {
      bodies = Arrays.copyOf(bodies, top * 2);
      pcs = Arrays.copyOf(pcs, top * 2);
    }
    bodies[top] = b;
    pcs[top] = b.entryPc;
    return top++;
  }

  void pop(int slot) {
    top = slot;
    bodies[slot] = null;
  }

  @Override
  public CallerFrames.Activation fromTop(int index) {
    int slot = top - 1 - index;
    if (slot < 0) {
      return null;
    }
    Body b = bodies[slot];
    int pc = pcs[slot];
    // The innermost activation may be in a BIF called in body position: BEAM shows its frame there.
    boolean inBif = index == 0 && b.code[pc] == Op.CALL_BIF && b.code[pc + 3] == 0;
    Object frame = b.frameKind[pc] == Body.CALL || inBif ? b.module.frame(b.functionIndex, b.lineAt[pc]) : null;
    return new CallerFrames.Activation(frame, new CallSite(b.module, b.functionIndex, pc));
  }
}
