package org.jbeamjit.codegen.jit;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import org.jbeamjit.frontend.ir.BeamFunction;
import org.jbeamjit.frontend.ir.Instruction;
import org.jbeamjit.frontend.ir.Label;
import org.jbeamjit.frontend.ir.LineRef;
import org.jbeamjit.frontend.ir.Operand;
import org.jbeamjit.frontend.ir.OperandList;
import org.jbeamjit.frontend.ir.TypedRegister;
import org.jbeamjit.frontend.ir.XReg;
import org.jbeamjit.frontend.ir.YReg;
import org.jbeamjit.frontend.ir.FloatReg;
import org.jbeamjit.frontend.opcode.Opcode;

/**
 * What the code generator must know about one function before emitting it, computed by a forward
 * dataflow over its instructions: which instructions are reachable, the stack frame size and the
 * active {@code try}/{@code catch} scopes at each one (BEAM's scopes are static, as OTP's
 * validator checks), the location of each, the resume points a heap frame can continue at, and
 * how many registers of each kind the function uses.
 */
final class FunctionAnalysis {
  /** A try or catch scope: the Y register holding its tag and the label of its handler. */
  record Scope(int yReg, int handlerLabel, boolean isTry, Scope outer) {}

  /** Why the dataflow could not give every instruction one state. */
  static final class InconsistentCodeException extends RuntimeException {
    InconsistentCodeException(String message) {
      super(message, null, false, false);
    }
  }

  /**
   * A place a heap frame resumes at: after a non-tail call (the call's value goes to x0), or the
   * head of a receive loop after a wait.
   */
  record ResumePoint(int id, int instruction) {}

  final BeamFunction function;
  private final List<Instruction> code;
  private final int[] frameSize;
  private final Scope[] scopes;
  private final int[] lineIndex;
  private final boolean[] reachable;
  /** For each instruction, the resume point it creates, or null. */
  private final ResumePoint[] resumePointAt;
  private final List<ResumePoint> resumePoints = new ArrayList<>();
  private final int xCount;
  private final int yCount;
  private final int floatCount;

  private static final Scope NO_SCOPE = null;
  private static final int UNSET = -1;

  FunctionAnalysis(BeamFunction function) {
    this.function = function;
    this.code = function.instructions();
    int n = code.size();
    frameSize = new int[n];
    scopes = new Scope[n];
    lineIndex = new int[n];
    reachable = new boolean[n];
    resumePointAt = new ResumePoint[n];
    Arrays.fill(frameSize, UNSET);
    assignLines();
    flow();
    int[] counts = countRegisters();
    xCount = Math.max(counts[0], function.arity());
    yCount = counts[1];
    floatCount = counts[2];
    for (int i = 0; i < n; i++) {
      if (reachable[i] && createsResumePoint(i)) {
        ResumePoint rp = new ResumePoint(resumePoints.size(), i);
        resumePoints.add(rp);
        resumePointAt[i] = rp;
      }
    }
  }

  List<Instruction> code() {
    return code;
  }

  boolean isReachable(int i) {
    return reachable[i];
  }

  /** The stack frame size (Y registers allocated) before instruction {@code i}. */
  int frameSize(int i) {
    return frameSize[i];
  }

  /** The innermost try/catch scope active before instruction {@code i}, or null. */
  Scope scope(int i) {
    return scopes[i];
  }

  /** The line-table index in force at instruction {@code i} (0: no location). */
  int lineIndex(int i) {
    return lineIndex[i];
  }

  ResumePoint resumePointAt(int i) {
    return resumePointAt[i];
  }

  List<ResumePoint> resumePoints() {
    return resumePoints;
  }

  int xCount() {
    return xCount;
  }

  int yCount() {
    return yCount;
  }

  int floatCount() {
    return floatCount;
  }

  /** The index of the instruction defining {@code label}. */
  int position(int label) {
    int p = function.labelPosition(label);
    if (p < 0) {
      throw new InconsistentCodeException("jump to a label outside the function");
    }
    return p;
  }

  /** Whether instruction {@code i} is a call in tail position, whatever its opcode says. */
  boolean isTailCall(int i) {
    Opcode op = code.get(i).opcode();
    return switch (op) {
      case CALL_LAST, CALL_ONLY, CALL_EXT_LAST, CALL_EXT_ONLY, APPLY_LAST -> true;
      // BEAM has no tail form of a fun call: its loader fuses "call_fun; deallocate; return"
      // into one, and so do we, so that fun calls in tail position run in constant space.
      case CALL_FUN, CALL_FUN2 -> returnsRightAfter(i);
      default -> false;
    };
  }

  /** Whether instruction {@code i} is followed (ignoring its own frame's removal) by a return of x0. */
  private boolean returnsRightAfter(int i) {
    int j = i + 1;
    if (j < code.size() && code.get(j).opcode() == Opcode.DEALLOCATE) {
      j++;
    }
    return j < code.size() && code.get(j).opcode() == Opcode.RETURN;
  }

  /** Whether {@code op} calls Erlang code (in a body position, it is a resume point). */
  static boolean isCall(Opcode op) {
    return switch (op) {
      case CALL, CALL_EXT, APPLY, CALL_FUN, CALL_FUN2 -> true;
      default -> false;
    };
  }

  private boolean createsResumePoint(int i) {
    Opcode op = code.get(i).opcode();
    if (op == Opcode.WAIT || op == Opcode.WAIT_TIMEOUT) {
      return true;
    }
    return isCall(op) && !isTailCall(i);
  }

  // ---- dataflow

  private void flow() {
    ArrayDeque<Integer> work = new ArrayDeque<>();
    enter(position(function.entryLabel()), 0, NO_SCOPE, work);
    while (!work.isEmpty()) {
      int i = work.pop();
      Instruction ins = code.get(i);
      int size = frameSize[i];
      Scope scope = scopes[i];
      Opcode op = ins.opcode();
      int nextSize = size;
      Scope nextScope = scope;
      switch (op) {
        case ALLOCATE, ALLOCATE_ZERO, ALLOCATE_HEAP, ALLOCATE_HEAP_ZERO -> nextSize = ins.unsigned(0);
        case DEALLOCATE -> nextSize = 0;
        case TRIM -> nextSize = ins.unsigned(1);
        case CATCH, TRY -> {
          int y = yIndex(ins.operand(0));
          int handler = position(ins.label(1).number());
          if (op == Opcode.CATCH && (handler + 1 >= code.size() || code.get(handler + 1).opcode() != Opcode.CATCH_END)) {
            throw new InconsistentCodeException("catch handler at " + handler + " does not start with catch_end");
          }
          nextScope = new Scope(y, ins.label(1).number(), op == Opcode.TRY, scope);
          // The handler label is entered with the tag still set: its first instruction
          // (catch_end or try_case) clears it, on the normal path and after an exception alike.
          enter(position(ins.label(1).number()), size, nextScope, work);
        }
        case CATCH_END, TRY_END, TRY_CASE -> {
          int y = yIndex(ins.operand(0));
          if (scope == null || scope.yReg != y) {
            throw new InconsistentCodeException(op.erlangName() + " of y" + y + " outside its scope at " + i);
          }
          nextScope = scope.outer;
        }
        default -> {}
      }
      for (int target : jumpTargets(ins)) {
        enter(position(target), nextSize, nextScope, work);
      }
      if (fallsThrough(i) && i + 1 < code.size()) {
        enter(i + 1, nextSize, nextScope, work);
      }
    }
  }

  private void enter(int i, int size, Scope scope, ArrayDeque<Integer> work) {
    if (!reachable[i]) {
      reachable[i] = true;
      frameSize[i] = size;
      scopes[i] = scope;
      work.push(i);
      return;
    }
    if (!sameScopes(scopes[i], scope)) {
      throw new InconsistentCodeException("instruction " + i + " of " + function + " reached in two try/catch scopes");
    }
    // Frame sizes may differ where a path has already trimmed or freed its frame and the rest
    // of the code never reads those registers again; keep the larger, which is what a heap
    // frame must save.
    frameSize[i] = Math.max(frameSize[i], size);
  }

  /**
   * The location of an instruction is that of the nearest {@code line} instruction before it in
   * the code, whatever path led there: that is how BEAM maps a code address to a location.
   */
  private void assignLines() {
    int line = 0;
    for (int i = 0; i < code.size(); i++) {
      lineIndex[i] = line;
      Instruction ins = code.get(i);
      if (ins.opcode() == Opcode.LINE) {
        line = ((LineRef) ins.operand(0)).index();
      }
    }
  }

  private static boolean sameScopes(Scope a, Scope b) {
    while (a != null && b != null) {
      if (a.yReg != b.yReg || a.handlerLabel != b.handlerLabel) {
        return false;
      }
      a = a.outer;
      b = b.outer;
    }
    return a == b;
  }

  /** Labels instruction {@code ins} may jump to (label 0, "raise instead", excluded). */
  static List<Integer> jumpTargets(Instruction ins) {
    List<Integer> targets = new ArrayList<>(2);
    Opcode op = ins.opcode();
    if (op == Opcode.CATCH || op == Opcode.TRY) {
      return targets; // handled as a scope, not a jump
    }
    for (int i = 0; i < ins.operands().size(); i++) {
      switch (op.operandKind(i)) {
        case TARGET, FAIL, FAIL_OR_ATOM, LIST -> collectLabels(ins.operand(i), targets);
        default -> {} // a call's FUNCTION label is another function's entry, not a jump
      }
    }
    return targets;
  }

  private static void collectLabels(Operand o, List<Integer> out) {
    if (o instanceof Label l) {
      if (!l.isNone()) {
        out.add(l.number());
      }
    } else if (o instanceof OperandList list) {
      for (Operand e : list.elements()) {
        collectLabels(e, out);
      }
    }
  }

  /** Whether control can continue with the next instruction. */
  boolean fallsThrough(int i) {
    Opcode op = code.get(i).opcode();
    return switch (op) {
      case RETURN, JUMP, CALL_LAST, CALL_ONLY, CALL_EXT_LAST, CALL_EXT_ONLY, APPLY_LAST, BADMATCH, CASE_END,
          IF_END, TRY_CASE_END, BADRECORD, FUNC_INFO, SELECT_VAL, SELECT_TUPLE_ARITY, LOOP_REC_END, WAIT, RAISE,
          INT_CODE_END -> false;
      default -> true;
    };
  }

  private static int yIndex(Operand o) {
    Operand r = o.withoutType();
    if (r instanceof YReg y) {
      return y.index();
    }
    throw new InconsistentCodeException("expected a y register, got " + o);
  }

  // ---- registers

  private int[] countRegisters() {
    int[] max = {0, 0, 0};
    for (int i = 0; i < code.size(); i++) {
      Instruction ins = code.get(i);
      for (Operand o : ins.operands()) {
        countIn(o, max);
      }
      Opcode op = ins.opcode();
      switch (op) {
        case ALLOCATE, ALLOCATE_ZERO, ALLOCATE_HEAP, ALLOCATE_HEAP_ZERO -> max[1] = Math.max(max[1], ins.unsigned(0));
        case CALL, CALL_LAST, CALL_ONLY, CALL_EXT, CALL_EXT_LAST, CALL_EXT_ONLY, CALL_FUN ->
            max[0] = Math.max(max[0], ins.unsigned(0) + 1);
        case CALL_FUN2 -> max[0] = Math.max(max[0], ins.unsigned(1) + 1);
        case APPLY, APPLY_LAST -> max[0] = Math.max(max[0], ins.unsigned(0) + 2);
        case TRY_CASE, CATCH_END, RAISE, RAW_RAISE, BUILD_STACKTRACE, SEND, TRY, CATCH ->
            max[0] = Math.max(max[0], 3);
        default -> {}
      }
    }
    max[0] = Math.max(max[0], 1); // x0 always exists: calls and returns use it
    return max;
  }

  private static void countIn(Operand o, int[] max) {
    if (o instanceof TypedRegister t) {
      o = t.register();
    }
    if (o instanceof XReg x) {
      max[0] = Math.max(max[0], x.index() + 1);
    } else if (o instanceof YReg y) {
      max[1] = Math.max(max[1], y.index() + 1);
    } else if (o instanceof FloatReg f) {
      max[2] = Math.max(max[2], f.index() + 1);
    } else if (o instanceof OperandList list) {
      for (Operand e : list.elements()) {
        countIn(e, max);
      }
    }
  }

  /** The reachable instructions a resume method needs: those reachable from a resume point. */
  BitSet reachableFromResumePoints(List<Integer> starts) {
    BitSet seen = new BitSet(code.size());
    ArrayDeque<Integer> work = new ArrayDeque<>();
    for (int s : starts) {
      if (!seen.get(s)) {
        seen.set(s);
        work.push(s);
      }
    }
    while (!work.isEmpty()) {
      int i = work.pop();
      Instruction ins = code.get(i);
      List<Integer> next = new ArrayList<>();
      if (!isSelfTailJump(i)) {
        for (int t : jumpTargets(ins)) {
          next.add(position(t));
        }
        if (fallsThrough(i) && i + 1 < code.size()) {
          next.add(i + 1);
        }
      }
      Opcode op = ins.opcode();
      if (op == Opcode.CATCH || op == Opcode.TRY) {
        next.add(position(ins.label(1).number()));
      }
      Scope s = scopes[i];
      if (s != null) {
        next.add(position(s.handlerLabel));
      }
      for (int j : next) {
        if (reachable[j] && !seen.get(j)) {
          seen.set(j);
          work.push(j);
        }
      }
    }
    return seen;
  }

  /** Whether instruction {@code i} is a tail call to this function's own entry (compiled as a jump). */
  boolean isSelfTailJump(int i) {
    Instruction ins = code.get(i);
    return (ins.opcode() == Opcode.CALL_ONLY || ins.opcode() == Opcode.CALL_LAST)
        && ins.label(1).number() == function.entryLabel();
  }
}
