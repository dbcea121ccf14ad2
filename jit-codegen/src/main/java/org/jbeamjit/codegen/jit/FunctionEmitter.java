package org.jbeamjit.codegen.jit;

import static org.objectweb.asm.Opcodes.*;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jbeamjit.codegen.jit.FunctionAnalysis.ResumePoint;
import org.jbeamjit.codegen.jit.FunctionAnalysis.Scope;
import org.jbeamjit.codegen.load.LoadedModule;
import org.jbeamjit.codegen.ops.CallSite;
import org.jbeamjit.codegen.ops.StackFrames;
import org.jbeamjit.frontend.ir.BeamFunction;
import org.jbeamjit.frontend.ir.Constant;
import org.jbeamjit.frontend.ir.FloatReg;
import org.jbeamjit.frontend.ir.Instruction;
import org.jbeamjit.frontend.ir.Label;
import org.jbeamjit.frontend.ir.LineRef;
import org.jbeamjit.frontend.ir.Location;
import org.jbeamjit.frontend.ir.Operand;
import org.jbeamjit.frontend.ir.TypedRegister;
import org.jbeamjit.frontend.ir.XReg;
import org.jbeamjit.frontend.ir.YReg;
import org.jbeamjit.frontend.opcode.Opcode;
import org.jbeamjit.runtime.code.Export;
import org.jbeamjit.runtime.term.Atom;
import org.jbeamjit.runtime.term.Nil;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.LabelNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TryCatchBlockNode;

/**
 * Emits the JVM methods of one Erlang function: the fast method {@code F(p, depth, x0..)} and,
 * when the function can be suspended mid-way, its cold resume method {@code F$resume}, which
 * restores a heap frame's registers and continues at the frame's resume point. Both are made from
 * the same instruction emitters; the resume method holds only the code reachable from a resume
 * point and turns self tail calls into real calls, so the fast method's loops stay reducible.
 *
 * <p>Locals: 0 is the process, 1 the depth, then the X registers (the arguments are the first
 * ones), the Y registers, the float registers (doubles) and a few scratch slots.
 *
 * <p>Exceptions: every instruction lies in a <em>region</em> keyed by its location, its innermost
 * try/catch scope and whether an exception leaving it gets this function's stack frame. Each key
 * has one handler block, placed after the code, that adds the frame and rethrows or enters the
 * scope's handler.
 */
final class FunctionEmitter {
  /** Whether an exception leaving an instruction gets this function's {M,F,A,Location} frame. */
  enum FrameRule {
    /** An instruction of this function raised (a BIF call included: a BIF runs in its caller's frame). */
    ADD_FRAME,
    /** A non-tail call: the exception passes this call site, which shows once however often it repeats. */
    CALL_SITE,
    /** A rethrow, or an error that brings its own frame. */
    NO_FRAME,
    /** A tail call: only an error the call itself raised (a bad fun, a bad apply) gets the frame. */
    TAIL_CALL
  }

  record Region(int line, Scope scope, FrameRule rule, CallSite site) {
    boolean needsHandler() {
      return scope != null || rule != FrameRule.NO_FRAME;
    }
  }

  final ModuleContext ctx;
  final int index;
  final BeamFunction function;
  final FunctionAnalysis analysis;
  final boolean resumeMode;
  final MethodNode mv;

  private final List<Instruction> code;
  private final LabelNode[] insLabels;
  private final BitSet emitted;
  private LabelNode entryCheck;

  final int xBase = 2;
  final int yBase;
  final int fBase;
  /**
   * The one scratch slot for a long (two slots). Scratch slots never change kind: HotSpot's C1
   * will not compile a method where an exception handler is reached with a local holding a long
   * at one throwing instruction and a reference at another.
   */
  private final int longSlot;
  private final int tempBase;
  private int tempTop;
  private int maxTemp;

  private int current;
  private Region region;
  private LabelNode regionStart;
  private AbstractInsnNode regionFirst;
  private final Map<Region, RegionHandler> regionHandlers = new HashMap<>();
  private final Map<Scope, LabelNode> scopeHandlers = new HashMap<>();
  private final Map<Integer, LabelNode> failHandlers = new HashMap<>();
  private final ArrayDeque<Runnable> deferred = new ArrayDeque<>();
  private final List<CallSiteMark> callSites = new ArrayList<>();

  private final Calls calls;
  private final DataInstructions data;
  private final TestInstructions tests;
  private final ExceptionInstructions exceptions;
  private final FloatInstructions floats;
  private final MapInstructions maps;
  private final ReceiveInstructions receive;
  private final BitSyntaxInstructions bits;

  FunctionEmitter(ModuleContext ctx, int index, FunctionAnalysis analysis, boolean resumeMode) {
    this.ctx = ctx;
    this.index = index;
    this.function = analysis.function;
    this.analysis = analysis;
    this.resumeMode = resumeMode;
    this.code = analysis.code();
    this.yBase = xBase + analysis.xCount();
    this.fBase = yBase + analysis.yCount();
    // In a resume method the parameters (frame, value, exception: slots 2 to 4) are copied to
    // scratch slots first, which must not be among them.
    this.longSlot = Math.max(fBase + 2 * analysis.floatCount(), resumeMode ? 5 : 0);
    this.tempBase = longSlot + 2;
    this.tempTop = tempBase;
    this.maxTemp = tempBase;
    String name = resumeMode ? ctx.resumeName(index) : ctx.bodyName(index);
    String desc = resumeMode ? Types.RESUME_DESC : ctx.bodyDescriptor(index);
    this.mv = new MethodNode(ACC_STATIC | ACC_PRIVATE, name, desc, null, null);
    this.insLabels = new LabelNode[code.size()];
    for (int i = 0; i < insLabels.length; i++) {
      insLabels[i] = newLabel();
    }
    this.emitted = resumeMode ? resumeReachable() : reachable();
    this.calls = new Calls(this);
    this.data = new DataInstructions(this);
    this.tests = new TestInstructions(this);
    this.exceptions = new ExceptionInstructions(this);
    this.floats = new FloatInstructions(this);
    this.maps = new MapInstructions(this);
    this.receive = new ReceiveInstructions(this);
    this.bits = new BitSyntaxInstructions(this);
  }

  /**
   * A label usable both as a tree node and through the visitor methods: MethodNode maps an ASM
   * Label to a node through {@code Label.info}, which must therefore point back at the node.
   */
  static LabelNode newLabel() {
    LabelNode n = new LabelNode();
    n.getLabel().info = n;
    return n;
  }

  Calls calls() {
    return calls;
  }

  private BitSet reachable() {
    BitSet b = new BitSet(code.size());
    for (int i = 0; i < code.size(); i++) {
      if (analysis.isReachable(i)) {
        b.set(i);
      }
    }
    return b;
  }

  private BitSet resumeReachable() {
    List<Integer> starts = new ArrayList<>();
    for (ResumePoint rp : analysis.resumePoints()) {
      starts.addAll(resumeTargets(rp));
      Scope s = analysis.scope(rp.instruction());
      if (s != null) {
        starts.add(analysis.position(s.handlerLabel()));
      }
    }
    return analysis.reachableFromResumePoints(starts);
  }

  /** Where a frame saved at {@code rp} carries on. */
  private List<Integer> resumeTargets(ResumePoint rp) {
    Instruction ins = code.get(rp.instruction());
    return switch (ins.opcode()) {
      case WAIT -> List.of(analysis.position(ins.label(0).number()));
      case WAIT_TIMEOUT -> List.of(analysis.position(ins.label(0).number()), rp.instruction() + 1);
      default -> List.of(rp.instruction() + 1);
    };
  }

  // ---- the method

  MethodNode emit() {
    if (resumeMode) {
      emitResumeEntry();
    } else {
      emitBodyEntry();
    }
    for (int i = 0; i < code.size(); i++) {
      if (!emitted.get(i)) {
        continue;
      }
      current = i;
      mv.instructions.add(insLabels[i]);
      // Every instruction starts in its own default region, raising or not, so that no range of
      // the exception table reaches past the end of its try scope (into the handler's own code,
      // say, which HotSpot's C1 refuses to compile).
      setRegion(defaultRegion(i));
      emitInstruction(code.get(i));
    }
    closeRegion();
    while (!deferred.isEmpty()) {
      deferred.poll().run();
    }
    mv.maxLocals = maxTemp;
    return mv;
  }

  private void emitBodyEntry() {
    int arity = function.arity();
    if (arity > Export.MAX_DIRECT_ARITY) {
      int args = temp();
      mv.visitVarInsn(ALOAD, 2);
      mv.visitVarInsn(ASTORE, args);
      initRegisters(0);
      for (int i = 0; i < arity; i++) {
        mv.visitVarInsn(ALOAD, args);
        pushInt(i);
        mv.visitInsn(AALOAD);
        mv.visitVarInsn(ASTORE, xBase + i);
      }
      release(args);
    } else {
      initRegisters(arity);
    }
    entryCheck = newLabel();
    mv.instructions.add(entryCheck);
    LabelNode go = newLabel();
    mv.visitVarInsn(ALOAD, 0);
    mv.visitVarInsn(ILOAD, 1);
    mv.visitMethodInsn(INVOKEVIRTUAL, Types.PROCESS, "mustUnwind", "(I)Z", false);
    mv.visitJumpInsn(IFEQ, go.getLabel());
    object(ctx.functions[index], JitFunction.class);
    mv.visitVarInsn(ALOAD, 0);
    StringBuilder desc = new StringBuilder("(").append(Types.PROCESS_DESC);
    if (arity <= JitFunction.AGAIN_ARITY) {
      for (int i = 0; i < arity; i++) {
        loadX(i);
        desc.append(Types.OBJECT_DESC);
      }
    } else {
      pushRegisterArray(arity);
      desc.append(Types.OBJECTS_DESC);
    }
    mv.visitMethodInsn(INVOKEVIRTUAL, Types.FUNCTION, "again", desc.append(")").append(Types.OBJECT_DESC).toString(),
        false);
    mv.visitInsn(ARETURN);
    mv.instructions.add(go);
    mv.visitJumpInsn(GOTO, label(function.entryLabel()).getLabel());
  }

  /** Sets every register not holding an argument, so that every local is defined on every path. */
  private void initRegisters(int firstX) {
    for (int i = firstX; i < analysis.xCount(); i++) {
      mv.visitInsn(ACONST_NULL);
      mv.visitVarInsn(ASTORE, xBase + i);
    }
    for (int i = 0; i < analysis.yCount(); i++) {
      mv.visitInsn(ACONST_NULL);
      mv.visitVarInsn(ASTORE, yBase + i);
    }
    for (int i = 0; i < analysis.floatCount(); i++) {
      mv.visitInsn(DCONST_0);
      mv.visitVarInsn(DSTORE, fBase + 2 * i);
    }
  }

  private int frameTemp;
  private int valueTemp;
  private int excTemp;

  private void emitResumeEntry() {
    frameTemp = temp();
    valueTemp = temp();
    excTemp = temp();
    mv.visitVarInsn(ALOAD, 2);
    mv.visitVarInsn(ASTORE, frameTemp);
    mv.visitVarInsn(ALOAD, 3);
    mv.visitVarInsn(ASTORE, valueTemp);
    mv.visitVarInsn(ALOAD, 4);
    mv.visitVarInsn(ASTORE, excTemp);
    initRegisters(0);
    List<ResumePoint> rps = analysis.resumePoints();
    LabelNode[] targets = new LabelNode[rps.size()];
    for (int k = 0; k < targets.length; k++) {
      targets[k] = newLabel();
    }
    LabelNode bad = newLabel();
    mv.visitVarInsn(ALOAD, frameTemp);
    mv.visitFieldInsn(GETFIELD, Types.FRAME, "resumePoint", "I");
    org.objectweb.asm.Label[] asmTargets = new org.objectweb.asm.Label[targets.length];
    for (int k = 0; k < targets.length; k++) {
      asmTargets[k] = targets[k].getLabel();
    }
    mv.visitTableSwitchInsn(0, targets.length - 1, bad.getLabel(), asmTargets);
    for (ResumePoint rp : rps) {
      mv.instructions.add(targets[rp.id()]);
      emitResumePoint(rp);
    }
    mv.instructions.add(bad);
    mv.visitTypeInsn(NEW, "java/lang/IllegalStateException");
    mv.visitInsn(DUP);
    mv.visitMethodInsn(INVOKESPECIAL, "java/lang/IllegalStateException", "<init>", "()V", false);
    mv.visitInsn(ATHROW);
  }

  private void emitResumePoint(ResumePoint rp) {
    int i = rp.instruction();
    int saved = analysis.frameSize(i);
    String frameClass = JitFrame.className(saved);
    for (int y = 0; y < saved; y++) {
      mv.visitVarInsn(ALOAD, frameTemp);
      mv.visitTypeInsn(CHECKCAST, frameClass);
      if (saved <= JitFrame.MAX_FIELDS) {
        mv.visitFieldInsn(GETFIELD, frameClass, "y" + y, Types.OBJECT_DESC);
      } else {
        mv.visitFieldInsn(GETFIELD, frameClass, "slots", Types.OBJECTS_DESC);
        pushInt(y);
        mv.visitInsn(AALOAD);
      }
      mv.visitVarInsn(ASTORE, yBase + y);
    }
    // An exception from the frames inside this one is raised here, in the call's own region, so
    // it gets this function's frame and meets the handler that was active at the call.
    LabelNode noException = newLabel();
    mv.visitVarInsn(ALOAD, excTemp);
    mv.visitJumpInsn(IFNULL, noException.getLabel());
    current = i;
    Opcode op = code.get(i).opcode();
    setRegion(op == Opcode.WAIT || op == Opcode.WAIT_TIMEOUT ? defaultRegion(i) : callRegion(i));
    mv.visitVarInsn(ALOAD, excTemp);
    mv.visitInsn(ATHROW);
    closeRegion();
    mv.instructions.add(noException);
    Instruction ins = code.get(i);
    switch (ins.opcode()) {
      case WAIT -> mv.visitJumpInsn(GOTO, label(ins.label(0).number()).getLabel());
      case WAIT_TIMEOUT -> {
        mv.visitVarInsn(ALOAD, valueTemp);
        mv.visitFieldInsn(GETSTATIC, Types.PROCESS, "TIMED_OUT", Types.OBJECT_DESC);
        mv.visitJumpInsn(IF_ACMPEQ, insLabels[i + 1].getLabel());
        mv.visitJumpInsn(GOTO, label(ins.label(0).number()).getLabel());
      }
      default -> {
        mv.visitVarInsn(ALOAD, valueTemp);
        mv.visitVarInsn(ASTORE, xBase);
        mv.visitJumpInsn(GOTO, insLabels[i + 1].getLabel());
      }
    }
  }

  // ---- instructions

  private void emitInstruction(Instruction ins) {
    Opcode op = ins.opcode();
    switch (op) {
      case LABEL, INT_CODE_END, ON_LOAD, NIF_START, TEST_HEAP, ALLOCATE, ALLOCATE_HEAP, DEALLOCATE, FCLEARERROR,
          EXECUTABLE_LINE -> {}
      case LINE -> lineNumber(((LineRef) ins.operand(0)).location());
      case ALLOCATE_ZERO, ALLOCATE_HEAP_ZERO -> data.clearY(ins.unsigned(0));
      case RETURN -> {
        mv.visitVarInsn(ALOAD, xBase);
        mv.visitInsn(ARETURN);
      }
      case JUMP -> mv.visitJumpInsn(GOTO, label(ins.label(0).number()).getLabel());
      case CALL, CALL_LAST, CALL_ONLY, CALL_EXT, CALL_EXT_LAST, CALL_EXT_ONLY, APPLY, APPLY_LAST, CALL_FUN, CALL_FUN2,
          BIF0, BIF1, BIF2, GC_BIF1, GC_BIF2, GC_BIF3, MAKE_FUN2, MAKE_FUN3 -> calls.emit(ins);
      case MOVE, SWAP, GET_LIST, GET_HD, GET_TL, GET_TUPLE_ELEMENT, SET_TUPLE_ELEMENT, PUT_LIST, PUT_TUPLE2, INIT,
          INIT_YREGS, TRIM -> data.emit(ins);
      case IS_LT, IS_GE, IS_EQ, IS_NE, IS_EQ_EXACT, IS_NE_EXACT, IS_INTEGER, IS_FLOAT, IS_NUMBER, IS_ATOM, IS_PID,
          IS_REFERENCE, IS_PORT, IS_NIL, IS_BINARY, IS_LIST, IS_NONEMPTY_LIST, IS_TUPLE, IS_BOOLEAN, IS_FUNCTION,
          IS_FUNCTION2, IS_BITSTR, IS_MAP, TEST_ARITY, IS_TAGGED_TUPLE, SELECT_VAL, SELECT_TUPLE_ARITY -> tests.emit(ins);
      case FUNC_INFO, BADMATCH, CASE_END, IF_END, TRY_CASE_END, BADRECORD, CATCH, CATCH_END, TRY, TRY_END, TRY_CASE,
          RAISE, RAW_RAISE, BUILD_STACKTRACE -> exceptions.emit(ins);
      case FCHECKERROR, FMOVE, FCONV, FADD, FSUB, FMUL, FDIV, FNEGATE -> floats.emit(ins);
      case PUT_MAP_ASSOC, PUT_MAP_EXACT, HAS_MAP_FIELDS, GET_MAP_ELEMENTS, UPDATE_RECORD -> maps.emit(ins);
      case SEND, REMOVE_MESSAGE, TIMEOUT, LOOP_REC, LOOP_REC_END, WAIT, WAIT_TIMEOUT, RECV_MARKER_BIND,
          RECV_MARKER_CLEAR, RECV_MARKER_RESERVE, RECV_MARKER_USE, RECV_MARK, RECV_SET -> receive.emit(ins);
      default -> bits.emit(ins);
    }
  }

  private void lineNumber(Location loc) {
    if (!loc.isNone() && loc.line() > 0) {
      LabelNode l = newLabel();
      mv.instructions.add(l);
      mv.visitLineNumber(Math.min(loc.line(), 65535), l.getLabel());
    }
  }

  // ---- registers and values

  /** Pushes the value of a source operand (a register or a constant) as an Object. */
  void load(Operand o) {
    if (o instanceof TypedRegister t) {
      o = t.register();
    }
    if (o instanceof XReg x) {
      mv.visitVarInsn(ALOAD, xBase + x.index());
    } else if (o instanceof YReg y) {
      mv.visitVarInsn(ALOAD, yBase + y.index());
    } else if (o instanceof FloatReg f) {
      mv.visitVarInsn(DLOAD, fBase + 2 * f.index());
      mv.visitMethodInsn(INVOKESTATIC, Types.DOUBLE, "valueOf", "(D)Ljava/lang/Double;", false);
    } else if (o instanceof Constant c) {
      constant(c.term());
    } else {
      throw new IllegalArgumentException("not a source: " + o);
    }
  }

  /** Pops an Object into a destination register. */
  void store(Operand o) {
    if (o instanceof TypedRegister t) {
      o = t.register();
    }
    if (o instanceof XReg x) {
      mv.visitVarInsn(ASTORE, xBase + x.index());
    } else if (o instanceof YReg y) {
      mv.visitVarInsn(ASTORE, yBase + y.index());
    } else {
      throw new IllegalArgumentException("not a destination: " + o);
    }
  }

  void loadX(int i) {
    mv.visitVarInsn(ALOAD, xBase + i);
  }

  void storeX(int i) {
    mv.visitVarInsn(ASTORE, xBase + i);
  }

  /** The local slot of a float register (a double). */
  int floatSlot(FloatReg f) {
    return fBase + 2 * f.index();
  }

  /** Pushes a term constant. */
  void constant(Object term) {
    if (term == Nil.NIL) {
      mv.visitFieldInsn(GETSTATIC, Types.NIL, "NIL", Types.NIL_DESC);
    } else {
      ctx.data.loadTerm(mv, term);
    }
  }

  /** Pushes an atom constant, typed Atom. */
  void atom(Atom a) {
    constant(a);
    mv.visitTypeInsn(CHECKCAST, Types.ATOM);
  }

  /** Pushes a runtime object from the class data. */
  void object(Object o, Class<?> type) {
    ctx.data.loadObject(mv, o, type);
  }

  void loadModule() {
    object(ctx.module, LoadedModule.class);
  }

  void pushInt(int v) {
    if (v >= -1 && v <= 5) {
      mv.visitInsn(ICONST_0 + v);
    } else if (v >= Byte.MIN_VALUE && v <= Byte.MAX_VALUE) {
      mv.visitIntInsn(BIPUSH, v);
    } else if (v >= Short.MIN_VALUE && v <= Short.MAX_VALUE) {
      mv.visitIntInsn(SIPUSH, v);
    } else {
      mv.visitLdcInsn(v);
    }
  }

  /** Pushes a new Object[] of x0 .. x(n-1). */
  void pushRegisterArray(int n) {
    pushArray(n, i -> loadX(i));
  }

  /** Pushes a new Object[] of the operands' values. */
  void pushOperandArray(List<Operand> operands) {
    pushArray(operands.size(), i -> load(operands.get(i)));
  }

  void pushArray(int n, java.util.function.IntConsumer element) {
    pushInt(n);
    mv.visitTypeInsn(ANEWARRAY, Types.OBJECT);
    for (int i = 0; i < n; i++) {
      mv.visitInsn(DUP);
      pushInt(i);
      element.accept(i);
      mv.visitInsn(AASTORE);
    }
  }

  /** A scratch local; give it back with {@link #release} in reverse order. */
  int temp() {
    int t = tempTop++;
    maxTemp = Math.max(maxTemp, tempTop + 1);
    return t;
  }

  /** The scratch slot for a long (two slots), for code that needs one at a time. */
  int longTemp() {
    return longSlot;
  }

  void release(int slot) {
    tempTop = slot;
  }

  // ---- control flow

  /** The JVM label of a BEAM label of this function. */
  LabelNode label(int beamLabel) {
    return insLabels[analysis.position(beamLabel)];
  }

  LabelNode labelOf(Label l) {
    return label(l.number());
  }

  /** The label of the instruction after the current one. */
  LabelNode next() {
    return insLabels[current + 1];
  }

  LabelNode instructionLabel(int i) {
    return insLabels[i];
  }

  int currentInstruction() {
    return current;
  }

  /** Whether this is the fast method, where a self tail call may jump to the entry check. */
  LabelNode entryCheck() {
    return entryCheck;
  }

  // ---- exception regions

  Region defaultRegion(int i) {
    return new Region(analysis.lineIndex(i), analysis.scope(i), FrameRule.ADD_FRAME, null);
  }

  /** The region of the non-tail call at instruction {@code i}. */
  Region callRegion(int i) {
    return new Region(analysis.lineIndex(i), analysis.scope(i), FrameRule.CALL_SITE, ctx.callSite(index, i));
  }

  /** Puts the code emitted next in the region of the current instruction, a non-tail call. */
  void inCallRegion() {
    setRegion(callRegion(current));
  }

  /**
   * Marks the next instruction, the invoke of the current non-tail call, so that a stack walk
   * finding this method suspended there knows which call site it is.
   */
  void markCallSite() {
    LabelNode at = newLabel();
    mv.instructions.add(at);
    callSites.add(new CallSiteMark(at, analysis.lineIndex(current), ctx.callSite(index, current)));
  }

  /** A non-tail call site of the method: where its invoke is, the line it shows and its identity. */
  record CallSiteMark(LabelNode at, int lineIndex, CallSite site) {}

  List<CallSiteMark> callSites() {
    return callSites;
  }

  /** Puts the code emitted next for the current instruction in its default region. */
  void inRegion() {
    setRegion(defaultRegion(current));
  }

  /** Puts the code emitted next in a region where exceptions leave without this function's frame. */
  void inFramelessRegion() {
    setRegion(new Region(analysis.lineIndex(current), analysis.scope(current), FrameRule.NO_FRAME, null));
  }

  /** Puts the code emitted next in the region of a tail call through a fun or apply. */
  void inTailCallRegion() {
    setRegion(new Region(analysis.lineIndex(current), analysis.scope(current), FrameRule.TAIL_CALL, null));
  }

  void setRegion(Region r) {
    if (r.equals(region)) {
      return;
    }
    closeRegion();
    region = r;
    if (r.needsHandler()) {
      regionStart = newLabel();
      mv.instructions.add(regionStart);
      regionFirst = regionStart;
    }
  }

  /** Ends the current region, so that the code emitted next is covered by nothing. */
  void closeRegion() {
    if (region != null && region.needsHandler() && hasCodeSince(regionFirst)) {
      LabelNode end = newLabel();
      mv.instructions.add(end);
      addTryCatch(regionStart, end, regionHandler(region));
    }
    region = null;
  }

  /** Whether a real instruction (not a label or line number) follows {@code node}: an exception range may not be empty. */
  private boolean hasCodeSince(AbstractInsnNode node) {
    for (AbstractInsnNode n = mv.instructions.getLast(); n != null && n != node; n = n.getPrevious()) {
      if (n.getOpcode() >= 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * Region {@code r}'s handler, as the exception table names it: expects the ErlangException on
   * the stack. HotSpot compiles no method in which a handler's first instruction can also be
   * reached by normal flow, so code that joins the handling jumps to {@link #regionHandlerBody}
   * instead, one instruction further.
   */
  LabelNode regionHandler(Region r) {
    RegionHandler h = regionHandlers.get(r);
    if (h == null) {
      RegionHandler handler = new RegionHandler(newLabel(), newLabel());
      regionHandlers.put(r, handler);
      deferred.add(() -> {
        mv.instructions.add(handler.entry);
        mv.visitInsn(NOP);
        mv.instructions.add(handler.body);
        if (r.rule != FrameRule.NO_FRAME) {
          mv.visitInsn(DUP);
          loadModule();
          pushInt(index);
          pushInt(r.line);
          String frames = Type.getInternalName(StackFrames.class);
          String args = Types.EXCEPTION_DESC + Types.MODULE_DESC + "II";
          switch (r.rule) {
            case ADD_FRAME -> mv.visitMethodInsn(INVOKESTATIC, frames, "add", "(" + args + ")V", false);
            case TAIL_CALL -> mv.visitMethodInsn(INVOKESTATIC, frames, "addAtTailCall", "(" + args + ")V", false);
            default -> {
              object(r.site, Object.class);
              mv.visitMethodInsn(INVOKESTATIC, frames, "addAtCall", "(" + args + Types.OBJECT_DESC + ")V", false);
            }
          }
        }
        if (r.scope == null) {
          mv.visitInsn(ATHROW);
        } else {
          mv.visitJumpInsn(GOTO, scopeHandler(r.scope).getLabel());
        }
      });
      h = handler;
    }
    return h.entry;
  }

  /** Where code that already holds an exception joins region {@code r}'s handling. */
  private LabelNode regionHandlerBody(Region r) {
    regionHandler(r);
    return regionHandlers.get(r).body;
  }

  private record RegionHandler(LabelNode entry, LabelNode body) {}

  /** The entry of a try/catch scope's handler: expects the ErlangException on the stack. */
  LabelNode scopeHandler(Scope s) {
    LabelNode h = scopeHandlers.get(s);
    if (h == null) {
      LabelNode handler = newLabel();
      scopeHandlers.put(s, handler);
      deferred.add(() -> {
        mv.instructions.add(handler);
        exceptions.enterHandler(s);
      });
      h = handler;
    }
    return h;
  }

  /**
   * Emits {@code body} so that any Erlang exception it raises jumps to BEAM label {@code fail}
   * instead (a guard BIF or test with a failure label). The code is outside every region.
   */
  void guarded(int fail, Runnable body) {
    closeRegion();
    LabelNode start = newLabel();
    LabelNode end = newLabel();
    mv.instructions.add(start);
    body.run();
    mv.instructions.add(end);
    addTryCatch(start, end, failHandler(fail));
  }

  /**
   * Emits {@code body} so that an Erlang exception from it runs {@code handler} (which finds the
   * exception on the stack and must end by jumping or throwing) before the current region's own
   * handling. Used for a BIF call, whose frame goes on top of this function's.
   */
  void withHandler(Runnable body, java.util.function.Consumer<Region> handler) {
    Region r = defaultRegion(current);
    closeRegion();
    LabelNode start = newLabel();
    LabelNode end = newLabel();
    LabelNode h = newLabel();
    mv.instructions.add(start);
    body.run();
    mv.instructions.add(end);
    addTryCatch(start, end, h);
    deferred.add(() -> {
      mv.instructions.add(h);
      handler.accept(r);
    });
  }

  /** Jumps from a handler block (exception on the stack) into region {@code r}'s handling. */
  void continueUnwinding(Region r) {
    if (r.needsHandler()) {
      mv.visitJumpInsn(GOTO, regionHandlerBody(r).getLabel());
    } else {
      mv.visitInsn(ATHROW);
    }
  }

  private LabelNode failHandler(int fail) {
    LabelNode h = failHandlers.get(fail);
    if (h == null) {
      LabelNode handler = newLabel();
      failHandlers.put(fail, handler);
      deferred.add(() -> {
        mv.instructions.add(handler);
        mv.visitInsn(POP);
        mv.visitJumpInsn(GOTO, label(fail).getLabel());
      });
      h = handler;
    }
    return h;
  }

  private void addTryCatch(LabelNode start, LabelNode end, LabelNode handler) {
    mv.tryCatchBlocks.add(new TryCatchBlockNode(start, end, handler, Types.EXCEPTION));
  }

  /** Queues a block of code to emit after the function's instructions. */
  void defer(Runnable block) {
    deferred.add(block);
  }

  // ---- yields

  /**
   * After a non-tail call whose result is on the stack: if it is YIELD, saves this function's
   * frame (resume point of the current instruction) and returns YIELD; otherwise leaves the
   * result in x0.
   */
  void afterCall() {
    int r = temp();
    mv.visitVarInsn(ASTORE, r);
    LabelNode ok = newLabel();
    mv.visitVarInsn(ALOAD, r);
    mv.visitFieldInsn(GETSTATIC, Types.PROCESS, "YIELD", Types.OBJECT_DESC);
    mv.visitJumpInsn(IF_ACMPNE, ok.getLabel());
    mv.visitVarInsn(ALOAD, 0);
    pushFrame();
    mv.visitMethodInsn(INVOKEVIRTUAL, Types.PROCESS, "pushCaller", "(" + Types.CONTINUATION_DESC + ")"
        + Types.OBJECT_DESC, false);
    mv.visitInsn(ARETURN);
    mv.instructions.add(ok);
    mv.visitVarInsn(ALOAD, r);
    storeX(0);
    release(r);
  }

  /** Pushes a new heap frame for the current instruction's resume point, holding the Y registers. */
  void pushFrame() {
    ResumePoint rp = analysis.resumePointAt(current);
    if (rp == null) {
      throw new IllegalStateException("no resume point at instruction " + current + " of " + function);
    }
    int saved = analysis.frameSize(current);
    String frameClass = JitFrame.className(saved);
    mv.visitTypeInsn(NEW, frameClass);
    mv.visitInsn(DUP);
    object(ctx.functions[index], JitFunction.class);
    pushInt(rp.id());
    StringBuilder desc = new StringBuilder("(").append(Types.FUNCTION_DESC).append('I');
    if (saved <= JitFrame.MAX_FIELDS) {
      for (int y = 0; y < saved; y++) {
        mv.visitVarInsn(ALOAD, yBase + y);
        desc.append(Types.OBJECT_DESC);
      }
    } else {
      pushArray(saved, y -> mv.visitVarInsn(ALOAD, yBase + y));
      desc.append(Types.OBJECTS_DESC);
    }
    mv.visitMethodInsn(INVOKESPECIAL, frameClass, "<init>", desc.append(")V").toString(), false);
  }

}
