package org.jbeamjit.codegen.interp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jbeamjit.codegen.load.LoadedModule;
import org.jbeamjit.codegen.ops.Bifs;
import org.jbeamjit.frontend.ir.AllocationList;
import org.jbeamjit.frontend.ir.BeamFunction;
import org.jbeamjit.frontend.ir.Constant;
import org.jbeamjit.frontend.ir.FloatReg;
import org.jbeamjit.frontend.ir.Import;
import org.jbeamjit.frontend.ir.Instruction;
import org.jbeamjit.frontend.ir.Label;
import org.jbeamjit.frontend.ir.LineRef;
import org.jbeamjit.frontend.ir.Operand;
import org.jbeamjit.frontend.ir.OperandList;
import org.jbeamjit.frontend.ir.Unsigned;
import org.jbeamjit.frontend.ir.XReg;
import org.jbeamjit.frontend.ir.YReg;
import org.jbeamjit.frontend.opcode.Opcode;
import org.jbeamjit.runtime.bif.BifEntry;
import org.jbeamjit.runtime.code.ExportTable;
import org.jbeamjit.runtime.term.Atom;

/**
 * Turns one function's IR into the interpreter's code array, once, when the function is first
 * called: operands resolved to register numbers and constant-pool entries, labels to offsets,
 * calls to their targets (local function index, export entry, BIF).
 */
final class Translator {
  private static final Atom ERLANG = Atom.of("erlang");
  private static final Atom APPLY = Atom.of("apply");

  private final LoadedModule module;
  private final int functionIndex;
  private final BeamFunction function;

  private int[] code = new int[64];
  private int pc;
  private int[] lineAt = new int[64];
  private byte[] frameKind = new byte[64];
  private final List<Object> consts = new ArrayList<>();
  private final Map<Integer, Integer> labelPc = new HashMap<>();
  /** Code positions holding a label number to be replaced by its offset. */
  private final List<Integer> labelFixups = new ArrayList<>();
  /** Pool entries to be made once labels are known. */
  private final List<Runnable> lateConstants = new ArrayList<>();
  private int maxX;
  private int currentLine;
  private int entryPc = -1;

  private Translator(LoadedModule module, int functionIndex) {
    this.module = module;
    this.functionIndex = functionIndex;
    this.function = module.function(functionIndex);
    this.maxX = function.arity() - 1;
  }

  static Body translate(LoadedModule module, int functionIndex) {
    return new Translator(module, functionIndex).run();
  }

  private Body run() {
    List<Instruction> ins = function.instructions();
    for (int i = 0; i < ins.size(); i++) {
      Instruction in = ins.get(i);
      if (in.opcode() == Opcode.LABEL && in.unsigned(0) == function.entryLabel()) {
        entryPc = pc;
      }
      emit(in, i + 1 < ins.size() ? ins.subList(i + 1, ins.size()) : List.of());
    }
    for (int at : labelFixups) {
      code[at] = target(code[at]);
    }
    for (Runnable r : lateConstants) {
      r.run();
    }
    int xCount = Math.max(maxX + 1, 3);
    return new Body(module, functionIndex, function.arity(), Arrays.copyOf(code, pc), consts.toArray(),
        Arrays.copyOf(lineAt, pc), Arrays.copyOf(frameKind, pc), xCount, entryPc);
  }

  private int target(int label) {
    Integer t = labelPc.get(label);
    if (t == null) {
      throw new IllegalStateException("label " + label + " is not in " + module.name() + ":" + function);
    }
    return t;
  }

  // ---- emission helpers

  private void op(int op, byte kind) {
    ensure(1);
    lineAt[pc] = currentLine;
    frameKind[pc] = kind;
    code[pc++] = op;
  }

  private void op(int op) {
    op(op, Body.FRAME);
  }

  private void word(int w) {
    ensure(1);
    code[pc++] = w;
  }

  private void ensure(int n) {
    if (pc + n > code.length) {
      int size = Math.max(code.length * 2, pc + n);
      code = Arrays.copyOf(code, size);
      lineAt = Arrays.copyOf(lineAt, size);
      frameKind = Arrays.copyOf(frameKind, size);
    }
  }

  private int pool(Object o) {
    consts.add(o);
    return consts.size() - 1;
  }

  private void src(Operand o) {
    word(source(o));
  }

  private int source(Operand o) {
    o = o.withoutType();
    if (o instanceof XReg x) {
      maxX = Math.max(maxX, x.index());
      return Operands.x(x.index());
    } else if (o instanceof YReg y) {
      return Operands.y(y.index());
    } else if (o instanceof Constant c) {
      return Operands.constant(pool(c.term()));
    }
    throw new IllegalStateException("not a source operand: " + o + " in " + module.name() + ":" + function);
  }

  private void dst(Operand o) {
    word(destination(o));
  }

  private int destination(Operand o) {
    o = o.withoutType();
    if (o instanceof XReg x) {
      maxX = Math.max(maxX, x.index());
      return Operands.x(x.index());
    } else if (o instanceof YReg y) {
      return Operands.y(y.index());
    }
    throw new IllegalStateException("not a register: " + o + " in " + module.name() + ":" + function);
  }

  /** A jump target (never label 0). */
  private void label(Operand o) {
    labelFixups.add(pc);
    word(((Label) o).number());
  }

  /** A fail label: -1 for label 0 ("raise instead"). */
  private void fail(Operand o) {
    Label l = (Label) o;
    if (l.isNone()) {
      word(-1);
    } else {
      label(l);
    }
  }

  private void live(int n) {
    maxX = Math.max(maxX, n - 1);
  }

  private void constant(Object o) {
    word(pool(o));
  }

  private int[] sources(OperandList list) {
    int[] out = new int[list.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = source(list.get(i));
    }
    return out;
  }

  private static int unsignedOrInt(Operand o) {
    if (o instanceof Unsigned u) {
      return u.value();
    }
    return (int) (long) (Long) ((Constant) o).term();
  }

  private static int floatReg(Operand o) {
    return ((FloatReg) o).index();
  }

  /** Whether the instructions after a call make it a tail call: {@code return}, or {@code deallocate} then {@code return}. */
  private static boolean returnsNext(List<Instruction> rest) {
    int i = 0;
    while (i < rest.size() && rest.get(i).opcode() == Opcode.LINE) {
      i++;
    }
    if (i < rest.size() && rest.get(i).opcode() == Opcode.DEALLOCATE) {
      i++;
    }
    return i < rest.size() && rest.get(i).opcode() == Opcode.RETURN;
  }

  // ---- instructions

  private void emit(Instruction in, List<Instruction> rest) {
    Opcode opc = in.opcode();
    switch (opc) {
      case LABEL -> labelPc.put(in.unsigned(0), pc);
      case LINE -> currentLine = ((LineRef) in.operand(0)).index();
      case INT_CODE_END, ON_LOAD, NIF_START, EXECUTABLE_LINE, FCLEARERROR, FCHECKERROR, RECV_MARK, RECV_SET -> {
      }
      case TEST_HEAP -> live(in.unsigned(1));
      case FUNC_INFO -> op(Op.FUNC_INFO, Body.NO_FRAME); // function_clause carries its own frame
      case MOVE -> {
        op(Op.MOVE);
        src(in.operand(0));
        dst(in.operand(1));
      }
      case SWAP -> {
        op(Op.SWAP);
        dst(in.operand(0));
        dst(in.operand(1));
      }
      case GET_LIST -> {
        op(Op.GET_LIST);
        src(in.operand(0));
        dst(in.operand(1));
        dst(in.operand(2));
      }
      case GET_HD -> {
        op(Op.GET_HD);
        src(in.operand(0));
        dst(in.operand(1));
      }
      case GET_TL -> {
        op(Op.GET_TL);
        src(in.operand(0));
        dst(in.operand(1));
      }
      case GET_TUPLE_ELEMENT -> {
        op(Op.GET_TUPLE_ELEMENT);
        src(in.operand(0));
        word(in.unsigned(1));
        dst(in.operand(2));
      }
      case SET_TUPLE_ELEMENT -> {
        op(Op.SET_TUPLE_ELEMENT);
        src(in.operand(0));
        src(in.operand(1));
        word(in.unsigned(2));
      }
      case PUT_LIST -> {
        op(Op.PUT_LIST);
        src(in.operand(0));
        src(in.operand(1));
        dst(in.operand(2));
      }
      case PUT_TUPLE2 -> {
        op(Op.PUT_TUPLE2);
        dst(in.operand(0));
        constant(sources(in.list(1)));
      }
      case INIT -> {
        op(Op.INIT);
        dst(in.operand(0));
      }
      case INIT_YREGS -> {
        op(Op.INIT_YREGS);
        OperandList l = in.list(0);
        int[] regs = new int[l.size()];
        for (int i = 0; i < regs.length; i++) {
          regs[i] = destination(l.get(i));
        }
        constant(regs);
      }
      case ALLOCATE, ALLOCATE_ZERO -> {
        live(in.unsigned(1));
        op(Op.ALLOCATE);
        word(in.unsigned(0));
      }
      case ALLOCATE_HEAP, ALLOCATE_HEAP_ZERO -> {
        live(in.unsigned(2));
        op(Op.ALLOCATE);
        word(in.unsigned(0));
      }
      case DEALLOCATE -> op(Op.DEALLOCATE);
      case TRIM -> {
        op(Op.TRIM);
        word(in.unsigned(0));
        word(in.unsigned(1));
      }
      case RETURN -> op(Op.RETURN);
      case CALL, CALL_LAST, CALL_ONLY -> {
        int arity = in.unsigned(0);
        live(arity);
        int target = module.functionIndexByLabel(in.label(1).number());
        if (target < 0) {
          throw new IllegalStateException("call to label " + in.label(1).number() + " names no function");
        }
        boolean tail = opc != Opcode.CALL;
        op(tail ? Op.CALL_LAST : Op.CALL, tail ? Body.TAIL_CALL : Body.CALL);
        word(arity);
        word(target);
      }
      case CALL_EXT, CALL_EXT_LAST, CALL_EXT_ONLY -> callExt(in.unsigned(0), in.importRef(1).entry(), opc != Opcode.CALL_EXT);
      case BIF0 -> {
        op(Op.BIF0);
        constant(bifTarget(in.importRef(0).entry()));
        dst(in.operand(1));
      }
      case BIF1, BIF2 -> bif(in, 0, 1, opc == Opcode.BIF1 ? 1 : 2);
      case GC_BIF1, GC_BIF2, GC_BIF3 -> {
        live(in.unsigned(1));
        bif(in, 0, 2, opc == Opcode.GC_BIF1 ? 1 : opc == Opcode.GC_BIF2 ? 2 : 3);
      }
      case IS_LT -> test(Op.IS_LT, in, 2);
      case IS_GE -> test(Op.IS_GE, in, 2);
      case IS_EQ -> test(Op.IS_EQ, in, 2);
      case IS_NE -> test(Op.IS_NE, in, 2);
      case IS_EQ_EXACT -> test(Op.IS_EQ_EXACT, in, 2);
      case IS_NE_EXACT -> test(Op.IS_NE_EXACT, in, 2);
      case IS_INTEGER -> test(Op.IS_INTEGER, in, 1);
      case IS_FLOAT -> test(Op.IS_FLOAT, in, 1);
      case IS_NUMBER -> test(Op.IS_NUMBER, in, 1);
      case IS_ATOM -> test(Op.IS_ATOM, in, 1);
      case IS_PID -> test(Op.IS_PID, in, 1);
      case IS_REFERENCE -> test(Op.IS_REFERENCE, in, 1);
      case IS_PORT -> test(Op.IS_PORT, in, 1);
      case IS_NIL -> test(Op.IS_NIL, in, 1);
      case IS_BINARY -> test(Op.IS_BINARY, in, 1);
      case IS_LIST -> test(Op.IS_LIST, in, 1);
      case IS_NONEMPTY_LIST -> test(Op.IS_NONEMPTY_LIST, in, 1);
      case IS_TUPLE -> test(Op.IS_TUPLE, in, 1);
      case IS_FUNCTION -> test(Op.IS_FUNCTION, in, 1);
      case IS_FUNCTION2 -> test(Op.IS_FUNCTION2, in, 2);
      case IS_BOOLEAN -> test(Op.IS_BOOLEAN, in, 1);
      case IS_BITSTR -> test(Op.IS_BITSTR, in, 1);
      case IS_MAP -> test(Op.IS_MAP, in, 1);
      case TEST_ARITY -> {
        op(Op.TEST_ARITY);
        label(in.operand(0));
        src(in.operand(1));
        word(in.unsigned(2));
      }
      case IS_TAGGED_TUPLE -> {
        op(Op.IS_TAGGED_TUPLE);
        label(in.operand(0));
        src(in.operand(1));
        word(in.unsigned(2));
        constant(((Constant) in.operand(3)).term());
      }
      case SELECT_VAL, SELECT_TUPLE_ARITY -> {
        op(opc == Opcode.SELECT_VAL ? Op.SELECT_VAL : Op.SELECT_TUPLE_ARITY);
        src(in.operand(0));
        label(in.operand(1));
        OperandList l = in.list(2);
        int n = l.size() / 2;
        Object[] keys = new Object[n];
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
          Operand k = l.get(2 * i);
          keys[i] = opc == Opcode.SELECT_VAL ? ((Constant) k).term() : (Object) unsignedOrInt(k);
          labels[i] = ((Label) l.get(2 * i + 1)).number();
        }
        int slot = pool(null);
        word(slot);
        lateConstants.add(() -> {
          int[] targets = new int[n];
          for (int i = 0; i < n; i++) {
            targets[i] = target(labels[i]);
          }
          consts.set(slot, new SelectTable(keys, targets));
        });
      }
      case JUMP -> {
        op(Op.JUMP);
        label(in.operand(0));
      }
      case CATCH, TRY -> {
        op(Op.CATCH);
        dst(in.operand(0));
        int handlerLabel = in.label(1).number();
        int slot = pool(null);
        word(slot);
        lateConstants.add(() -> consts.set(slot, new CatchTag(target(handlerLabel))));
      }
      case CATCH_END -> {
        op(Op.CATCH_END);
        dst(in.operand(0));
      }
      case TRY_END -> {
        op(Op.TRY_END);
        dst(in.operand(0));
      }
      case TRY_CASE -> {
        op(Op.TRY_CASE);
        dst(in.operand(0));
      }
      case TRY_CASE_END -> {
        op(Op.TRY_CASE_END);
        src(in.operand(0));
      }
      case RAISE -> {
        op(Op.RAISE, Body.NO_FRAME);
        src(in.operand(0));
        src(in.operand(1));
      }
      case BUILD_STACKTRACE -> op(Op.BUILD_STACKTRACE);
      case RAW_RAISE -> op(Op.RAW_RAISE, Body.NO_FRAME);
      case BADMATCH -> {
        op(Op.BADMATCH);
        src(in.operand(0));
      }
      case CASE_END -> {
        op(Op.CASE_END);
        src(in.operand(0));
      }
      case IF_END -> op(Op.IF_END);
      case BADRECORD -> {
        op(Op.BADRECORD);
        src(in.operand(0));
      }
      case CALL_FUN -> {
        int arity = in.unsigned(0);
        live(arity + 1);
        boolean tail = returnsNext(rest);
        op(Op.CALL_FUN, tail ? Body.TAIL_CALL : Body.CALL);
        word(arity);
        word(Operands.x(arity));
        word(tail ? 1 : 0);
      }
      case CALL_FUN2 -> {
        int arity = in.unsigned(1);
        live(arity);
        boolean tail = returnsNext(rest);
        op(Op.CALL_FUN, tail ? Body.TAIL_CALL : Body.CALL);
        word(arity);
        src(in.operand(2));
        word(tail ? 1 : 0);
      }
      case MAKE_FUN2 -> {
        int index = in.funRef(0).index();
        int free = module.fun(index).freeCount();
        live(free);
        op(Op.MAKE_FUN);
        word(index);
        word(Operands.x(0));
        int[] env = new int[free];
        for (int i = 0; i < free; i++) {
          env[i] = Operands.x(i);
        }
        constant(env);
      }
      case MAKE_FUN3 -> {
        op(Op.MAKE_FUN);
        word(in.funRef(0).index());
        dst(in.operand(1));
        constant(sources(in.list(2)));
      }
      case APPLY, APPLY_LAST -> {
        int arity = in.unsigned(0);
        live(arity + 2);
        boolean tail = opc == Opcode.APPLY_LAST;
        op(Op.APPLY, tail ? Body.TAIL_CALL : Body.CALL);
        word(arity);
        word(tail ? 1 : 0);
      }
      case GET_MAP_ELEMENTS -> {
        op(Op.GET_MAP_ELEMENTS);
        label(in.operand(0));
        src(in.operand(1));
        OperandList l = in.list(2);
        int[] pairs = new int[l.size()];
        for (int i = 0; i < pairs.length; i += 2) {
          pairs[i] = source(l.get(i));
          pairs[i + 1] = destination(l.get(i + 1));
        }
        constant(pairs);
      }
      case HAS_MAP_FIELDS -> {
        op(Op.HAS_MAP_FIELDS);
        label(in.operand(0));
        src(in.operand(1));
        constant(sources(in.list(2)));
      }
      case PUT_MAP_ASSOC, PUT_MAP_EXACT -> {
        live(in.unsigned(3));
        op(opc == Opcode.PUT_MAP_ASSOC ? Op.PUT_MAP_ASSOC : Op.PUT_MAP_EXACT);
        fail(in.operand(0));
        src(in.operand(1));
        dst(in.operand(2));
        constant(sources(in.list(4)));
      }
      case UPDATE_RECORD -> {
        op(Op.UPDATE_RECORD);
        word(in.unsigned(1));
        src(in.operand(2));
        dst(in.operand(3));
        OperandList l = in.list(4);
        int[] pairs = new int[l.size()];
        for (int i = 0; i < pairs.length; i += 2) {
          pairs[i] = unsignedOrInt(l.get(i));
          pairs[i + 1] = source(l.get(i + 1));
        }
        constant(pairs);
      }
      case FMOVE -> {
        if (in.operand(0) instanceof FloatReg fr) {
          op(Op.FMOVE_FROM_FR);
          word(fr.index());
          dst(in.operand(1));
        } else {
          op(Op.FMOVE_TO_FR);
          src(in.operand(0));
          word(floatReg(in.operand(1)));
        }
      }
      case FCONV -> {
        op(Op.FCONV);
        src(in.operand(0));
        word(floatReg(in.operand(1)));
      }
      case FADD, FSUB, FMUL, FDIV -> {
        op(switch (opc) {
          case FADD -> Op.FADD;
          case FSUB -> Op.FSUB;
          case FMUL -> Op.FMUL;
          default -> Op.FDIV;
        });
        word(floatReg(in.operand(1)));
        word(floatReg(in.operand(2)));
        word(floatReg(in.operand(3)));
      }
      case FNEGATE -> {
        op(Op.FNEGATE);
        word(floatReg(in.operand(1)));
        word(floatReg(in.operand(2)));
      }
      case SEND -> {
        live(2);
        op(Op.SEND);
        constant(bifTarget(new Import(ERLANG, Atom.of("send"), 2)));
      }
      case REMOVE_MESSAGE -> op(Op.REMOVE_MESSAGE);
      case TIMEOUT -> op(Op.TIMEOUT);
      case LOOP_REC -> {
        op(Op.LOOP_REC);
        label(in.operand(0));
        dst(in.operand(1));
      }
      case LOOP_REC_END -> {
        op(Op.LOOP_REC_END);
        label(in.operand(0));
      }
      case WAIT -> {
        op(Op.WAIT);
        label(in.operand(0));
      }
      case WAIT_TIMEOUT -> {
        op(Op.WAIT_TIMEOUT);
        label(in.operand(0));
        src(in.operand(1));
      }
      case RECV_MARKER_RESERVE -> {
        op(Op.RECV_MARKER_RESERVE);
        dst(in.operand(0));
      }
      case RECV_MARKER_BIND -> {
        op(Op.RECV_MARKER_BIND);
        src(in.operand(0));
        src(in.operand(1));
      }
      case RECV_MARKER_USE -> {
        op(Op.RECV_MARKER_USE);
        src(in.operand(0));
      }
      case RECV_MARKER_CLEAR -> {
        op(Op.RECV_MARKER_CLEAR);
        src(in.operand(0));
      }
      default -> BitSyntaxTranslation.emit(this, in);
    }
  }

  private void callExt(int arity, Import target, boolean tail) {
    live(arity);
    if (target.module() == ERLANG && target.function() == APPLY && (arity == 2 || arity == 3)) {
      op(arity == 3 ? Op.APPLY_EXT3 : Op.APPLY_EXT2, tail ? Body.TAIL_CALL : Body.CALL);
      word(tail ? 1 : 0);
      return;
    }
    BifEntry bif = Bifs.lookup(target.module(), target.function(), target.arity());
    if (bif != null) {
      // A BIF runs in its caller's frame even when called in tail position, as in BEAM.
      op(Op.CALL_BIF);
      word(arity);
      constant(bif);
      word(tail ? 1 : 0);
      return;
    }
    op(Op.CALL_EXT, tail ? Body.TAIL_CALL : Body.CALL);
    word(arity);
    constant(ExportTable.entry(target.module(), target.function(), target.arity()));
    word(tail ? 1 : 0);
  }

  /** The BIF an import names, or (for a BIF this VM lacks) its export entry, which raises {@code undef}. */
  private static Object bifTarget(Import i) {
    BifEntry b = Bifs.lookup(i.module(), i.function(), i.arity());
    return b != null ? b : ExportTable.entry(i.module(), i.function(), i.arity());
  }

  /** bif1/bif2 (fail at 0, BIF at 1, sources from 2) and gc_bif1..3 (fail 0, live 1, BIF 2, sources from 3). */
  private void bif(Instruction in, int failAt, int bifAt, int n) {
    Object target = bifTarget(in.importRef(bifAt).entry());
    boolean inlined = n == 2 && target instanceof BifEntry b
        && !Bifs.showsFrame(b, literal(in.operand(bifAt + 1)), literal(in.operand(bifAt + 2)));
    int intrinsic = n == 2 && target instanceof BifEntry b ? Intrinsics.of(b) : Intrinsics.NONE;
    if (intrinsic != Intrinsics.NONE) {
      op(Op.INTRINSIC2);
    } else {
      op(n == 1 ? Op.BIF1 : n == 2 ? (inlined ? Op.BIF2_NO_FRAME : Op.BIF2) : Op.BIF3);
    }
    fail(in.operand(failAt));
    constant(target);
    for (int i = 0; i < n; i++) {
      src(in.operand(bifAt + 1 + i));
    }
    dst(in.operand(bifAt + 1 + n));
    if (intrinsic != Intrinsics.NONE) {
      word(intrinsic);
      word(inlined ? 0 : 1);
    }
  }

  private static Object literal(Operand o) {
    return o.withoutType() instanceof Constant c ? c.term() : null;
  }

  private void test(int op, Instruction in, int sources) {
    op(op);
    label(in.operand(0));
    for (int i = 0; i < sources; i++) {
      src(in.operand(1 + i));
    }
  }

  // ---- for BitSyntaxTranslation

  void emitOp(int op) {
    op(op);
  }

  void emitWord(int w) {
    word(w);
  }

  void emitSource(Operand o) {
    src(o);
  }

  void emitDestination(Operand o) {
    dst(o);
  }

  void emitFail(Operand o) {
    fail(o);
  }

  void emitLabel(Operand o) {
    label(o);
  }

  void emitConstant(Object o) {
    constant(o);
  }

  /** A constant's operand encoding (a source reading the pool). */
  int constantOperand(Object value) {
    return Operands.constant(pool(value));
  }

  int sourceOperand(Operand o) {
    return source(o);
  }

  int destinationOperand(Operand o) {
    return destination(o);
  }

  void noteLive(int n) {
    live(n);
  }

  String where() {
    return module.name() + ":" + function;
  }

  static long heapNeed(Operand o) {
    return o instanceof AllocationList a ? a.count(AllocationList.Kind.WORDS) : ((Unsigned) o).value();
  }
}
