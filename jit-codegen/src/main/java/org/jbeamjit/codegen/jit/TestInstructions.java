package org.jbeamjit.codegen.jit;

import static org.objectweb.asm.Opcodes.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jbeamjit.codegen.ops.Bifs;
import org.jbeamjit.frontend.ir.Constant;
import org.jbeamjit.frontend.ir.Instruction;
import org.jbeamjit.frontend.ir.Operand;
import org.jbeamjit.frontend.ir.OperandList;
import org.jbeamjit.frontend.ir.Unsigned;
import org.jbeamjit.frontend.opcode.Opcode;
import org.jbeamjit.runtime.bif.BifEntry;
import org.jbeamjit.runtime.term.Atom;
import org.jbeamjit.runtime.term.Atoms;
import org.jbeamjit.runtime.term.Nil;
import org.jbeamjit.runtime.term.Terms;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.LabelNode;

/**
 * Tests and branches: type tests (through the {@code is_*} BIFs, which C2 inlines), comparisons
 * (through {@link Terms}, with identity compares where a constant allows), tuple shape tests, and
 * the multi-way branches {@code select_val} and {@code select_tuple_arity}.
 */
final class TestInstructions {
  private static final String TERMS = Type.getInternalName(Terms.class);
  private static final String ATOMS = Type.getInternalName(Atoms.class);
  private static final Atom ERLANG = Atom.of("erlang");
  /** A select_val longer than this on atoms or integers looks its value up in a table. */
  private static final int CHAIN_LIMIT = 6;

  private final FunctionEmitter e;

  TestInstructions(FunctionEmitter e) {
    this.e = e;
  }

  void emit(Instruction ins) {
    Opcode op = ins.opcode();
    switch (op) {
      case IS_INTEGER -> typeTest(ins, "is_integer");
      case IS_FLOAT -> typeTest(ins, "is_float");
      case IS_NUMBER -> typeTest(ins, "is_number");
      case IS_ATOM -> typeTest(ins, "is_atom");
      case IS_PID -> typeTest(ins, "is_pid");
      case IS_REFERENCE -> typeTest(ins, "is_reference");
      case IS_PORT -> typeTest(ins, "is_port");
      case IS_BINARY -> typeTest(ins, "is_binary");
      case IS_BITSTR -> typeTest(ins, "is_bitstring");
      case IS_LIST -> typeTest(ins, "is_list");
      case IS_TUPLE -> typeTest(ins, "is_tuple");
      case IS_BOOLEAN -> typeTest(ins, "is_boolean");
      case IS_FUNCTION -> typeTest(ins, "is_function");
      case IS_MAP -> typeTest(ins, "is_map");
      case IS_FUNCTION2 -> {
        BifEntry bif = Bifs.lookup(ERLANG, Atom.of("is_function"), 2);
        e.guarded(ins.label(0).number(), () -> {
          e.load(ins.operand(1));
          e.load(ins.operand(2));
          invoke(bif);
          jumpUnlessTrue(ins);
        });
      }
      case IS_NIL -> {
        e.load(ins.operand(1));
        e.constant(Nil.NIL);
        e.mv.visitJumpInsn(IF_ACMPNE, e.labelOf(ins.label(0)).getLabel());
      }
      case IS_NONEMPTY_LIST -> {
        e.load(ins.operand(1));
        e.mv.visitTypeInsn(INSTANCEOF, Types.CONS);
        e.mv.visitJumpInsn(IFEQ, e.labelOf(ins.label(0)).getLabel());
      }
      case TEST_ARITY -> {
        e.load(ins.operand(1));
        e.mv.visitTypeInsn(CHECKCAST, Types.TUPLE);
        tupleArity();
        e.pushInt(ins.unsigned(2));
        e.mv.visitJumpInsn(IF_ICMPNE, e.labelOf(ins.label(0)).getLabel());
      }
      case IS_TAGGED_TUPLE -> taggedTuple(ins);
      case IS_EQ_EXACT -> exactEquality(ins, true);
      case IS_NE_EXACT -> exactEquality(ins, false);
      case IS_EQ -> compare(ins, "arithEquals", "(" + Types.OBJECT_DESC + Types.OBJECT_DESC + ")Z", IFEQ);
      case IS_NE -> compare(ins, "arithEquals", "(" + Types.OBJECT_DESC + Types.OBJECT_DESC + ")Z", IFNE);
      case IS_LT -> order(ins, IFGE);
      case IS_GE -> order(ins, IFLT);
      case SELECT_VAL -> selectVal(ins);
      case SELECT_TUPLE_ARITY -> selectTupleArity(ins);
      default -> throw new UnsupportedInstructionException(ins);
    }
  }

  private void typeTest(Instruction ins, String bifName) {
    BifEntry bif = Bifs.lookup(ERLANG, Atom.of(bifName), 1);
    e.load(ins.operand(1));
    invoke(bif);
    jumpUnlessTrue(ins);
  }

  private void invoke(BifEntry bif) {
    e.mv.visitMethodInsn(INVOKESTATIC, Type.getInternalName(bif.method().getDeclaringClass()), bif.method().getName(),
        Type.getMethodDescriptor(bif.method()), false);
  }

  private void jumpUnlessTrue(Instruction ins) {
    e.mv.visitFieldInsn(GETSTATIC, ATOMS, "TRUE", Types.ATOM_DESC);
    e.mv.visitJumpInsn(IF_ACMPNE, e.labelOf(ins.label(0)).getLabel());
  }

  private void tupleArity() {
    e.mv.visitFieldInsn(GETFIELD, Types.TUPLE, "elems", Types.OBJECTS_DESC);
    e.mv.visitInsn(ARRAYLENGTH);
  }

  private void taggedTuple(Instruction ins) {
    LabelNode fail = e.labelOf(ins.label(0));
    int t = e.temp();
    e.load(ins.operand(1));
    e.mv.visitInsn(DUP);
    e.mv.visitVarInsn(ASTORE, t);
    e.mv.visitTypeInsn(INSTANCEOF, Types.TUPLE);
    e.mv.visitJumpInsn(IFEQ, fail.getLabel());
    e.mv.visitVarInsn(ALOAD, t);
    e.mv.visitTypeInsn(CHECKCAST, Types.TUPLE);
    e.mv.visitFieldInsn(GETFIELD, Types.TUPLE, "elems", Types.OBJECTS_DESC);
    e.mv.visitInsn(DUP);
    e.mv.visitVarInsn(ASTORE, t);
    e.mv.visitInsn(ARRAYLENGTH);
    e.pushInt(ins.unsigned(2));
    e.mv.visitJumpInsn(IF_ICMPNE, fail.getLabel());
    e.mv.visitVarInsn(ALOAD, t);
    e.mv.visitTypeInsn(CHECKCAST, Types.OBJECTS_DESC);
    e.pushInt(0);
    e.mv.visitInsn(AALOAD);
    e.load(ins.operand(3));
    e.mv.visitJumpInsn(IF_ACMPNE, fail.getLabel());
    e.release(t);
  }

  /** Whether a term is equal (=:=) only to itself: an atom or []. */
  private static boolean isIdentityConstant(Operand o) {
    return o instanceof Constant c && (c.term() instanceof Atom || c.term() == Nil.NIL);
  }

  private void exactEquality(Instruction ins, boolean equal) {
    LabelNode fail = e.labelOf(ins.label(0));
    Operand a = ins.operand(1);
    Operand b = ins.operand(2);
    if (isIdentityConstant(a) || isIdentityConstant(b)) {
      e.load(a);
      e.load(b);
      e.mv.visitJumpInsn(equal ? IF_ACMPNE : IF_ACMPEQ, fail.getLabel());
      return;
    }
    Long constant = longConstant(b) != null ? longConstant(b) : longConstant(a);
    if (constant != null) {
      // A small integer is exactly equal only to a Long of the same value (bignums are never
      // in the long range, and =:= keeps integers apart from floats).
      LabelNode notEqual = equal ? fail : FunctionEmitter.newLabel();
      e.load(longConstant(b) != null ? a : b);
      e.mv.visitInsn(DUP);
      e.mv.visitTypeInsn(INSTANCEOF, Types.LONG);
      LabelNode isLong = FunctionEmitter.newLabel();
      e.mv.visitJumpInsn(IFNE, isLong.getLabel());
      e.mv.visitInsn(POP);
      e.mv.visitJumpInsn(GOTO, notEqual.getLabel());
      e.mv.instructions.add(isLong);
      unboxLong();
      e.mv.visitLdcInsn(constant);
      e.mv.visitInsn(LCMP);
      e.mv.visitJumpInsn(IFNE, notEqual.getLabel());
      if (!equal) {
        e.mv.visitJumpInsn(GOTO, fail.getLabel());
        e.mv.instructions.add(notEqual);
      }
      return;
    }
    e.load(a);
    e.load(b);
    e.mv.visitMethodInsn(INVOKESTATIC, TERMS, "exactEquals", "(" + Types.OBJECT_DESC + Types.OBJECT_DESC + ")Z",
        false);
    e.mv.visitJumpInsn(equal ? IFEQ : IFNE, fail.getLabel());
  }

  /** The value of an operand that is a small-integer constant, else null. */
  private static Long longConstant(Operand o) {
    return o instanceof Constant c && c.term() instanceof Long l ? l : null;
  }

  private void unboxLong() {
    e.mv.visitTypeInsn(CHECKCAST, Types.LONG);
    e.mv.visitMethodInsn(INVOKEVIRTUAL, Types.LONG, "longValue", "()J", false);
  }

  /**
   * is_lt / is_ge: two small integers compare inline, anything else through
   * {@link Terms#compare}. {@code jumpIfFail} tests the comparison result against 0.
   */
  private void order(Instruction ins, int jumpIfFail) {
    int a = e.temp();
    int b = e.temp();
    LabelNode slow = FunctionEmitter.newLabel();
    LabelNode test = FunctionEmitter.newLabel();
    e.load(ins.operand(1));
    e.mv.visitVarInsn(ASTORE, a);
    e.load(ins.operand(2));
    e.mv.visitVarInsn(ASTORE, b);
    e.mv.visitVarInsn(ALOAD, a);
    e.mv.visitTypeInsn(INSTANCEOF, Types.LONG);
    e.mv.visitJumpInsn(IFEQ, slow.getLabel());
    e.mv.visitVarInsn(ALOAD, b);
    e.mv.visitTypeInsn(INSTANCEOF, Types.LONG);
    e.mv.visitJumpInsn(IFEQ, slow.getLabel());
    e.mv.visitVarInsn(ALOAD, a);
    unboxLong();
    e.mv.visitVarInsn(ALOAD, b);
    unboxLong();
    e.mv.visitInsn(LCMP);
    e.mv.visitJumpInsn(GOTO, test.getLabel());
    e.mv.instructions.add(slow);
    e.mv.visitVarInsn(ALOAD, a);
    e.mv.visitVarInsn(ALOAD, b);
    e.mv.visitMethodInsn(INVOKESTATIC, TERMS, "compare", "(" + Types.OBJECT_DESC + Types.OBJECT_DESC + ")I", false);
    e.mv.instructions.add(test);
    e.mv.visitJumpInsn(jumpIfFail, e.labelOf(ins.label(0)).getLabel());
    e.release(a);
  }

  private void compare(Instruction ins, String method, String desc, int jumpIfFail) {
    e.load(ins.operand(1));
    e.load(ins.operand(2));
    e.mv.visitMethodInsn(INVOKESTATIC, TERMS, method, desc, false);
    e.mv.visitJumpInsn(jumpIfFail, e.labelOf(ins.label(0)).getLabel());
  }

  // ---- multi-way branches

  private void selectVal(Instruction ins) {
    Operand src = ins.operand(0);
    LabelNode fail = e.labelOf(ins.label(1));
    OperandList list = ins.list(2);
    List<Object> values = new ArrayList<>();
    List<LabelNode> targets = new ArrayList<>();
    for (int k = 0; k < list.size(); k += 2) {
      values.add(((Constant) list.get(k)).term());
      targets.add(e.labelOf((org.jbeamjit.frontend.ir.Label) list.get(k + 1)));
    }
    if (values.size() > 1 && values.stream().allMatch(v -> v instanceof Long l && l == (int) (long) l)) {
      intSwitch(src, values, targets, fail);
    } else if (values.size() > CHAIN_LIMIT && values.stream().allMatch(v -> v instanceof Atom)) {
      tableSwitch(src, values, targets, fail);
    } else {
      chain(src, values, targets, fail);
    }
  }

  private void chain(Operand src, List<Object> values, List<LabelNode> targets, LabelNode fail) {
    int t = e.temp();
    e.load(src);
    e.mv.visitVarInsn(ASTORE, t);
    for (int k = 0; k < values.size(); k++) {
      Object v = values.get(k);
      e.mv.visitVarInsn(ALOAD, t);
      e.constant(v);
      if (v instanceof Atom || v == Nil.NIL) {
        e.mv.visitJumpInsn(IF_ACMPEQ, targets.get(k).getLabel());
      } else if (v instanceof Long l) {
        e.mv.visitInsn(POP);
        LabelNode no = FunctionEmitter.newLabel();
        e.mv.visitTypeInsn(INSTANCEOF, Types.LONG);
        e.mv.visitJumpInsn(IFEQ, no.getLabel());
        e.mv.visitVarInsn(ALOAD, t);
        unboxLong();
        e.mv.visitLdcInsn(l);
        e.mv.visitInsn(LCMP);
        e.mv.visitJumpInsn(IFEQ, targets.get(k).getLabel());
        e.mv.instructions.add(no);
      } else {
        e.mv.visitMethodInsn(INVOKESTATIC, TERMS, "exactEquals", "(" + Types.OBJECT_DESC + Types.OBJECT_DESC + ")Z",
            false);
        e.mv.visitJumpInsn(IFNE, targets.get(k).getLabel());
      }
    }
    e.release(t);
    e.mv.visitJumpInsn(GOTO, fail.getLabel());
  }

  /** Small integers: a lookupswitch on the int value of a Long (any other term fails). */
  private void intSwitch(Operand src, List<Object> values, List<LabelNode> targets, LabelNode fail) {
    int t = e.temp();
    int v = e.longTemp();
    e.load(src);
    e.mv.visitInsn(DUP);
    e.mv.visitVarInsn(ASTORE, t);
    e.mv.visitTypeInsn(INSTANCEOF, Types.LONG);
    e.mv.visitJumpInsn(IFEQ, fail.getLabel());
    e.mv.visitVarInsn(ALOAD, t);
    e.mv.visitTypeInsn(CHECKCAST, Types.LONG);
    e.mv.visitMethodInsn(INVOKEVIRTUAL, Types.LONG, "longValue", "()J", false);
    e.mv.visitInsn(DUP2);
    e.mv.visitVarInsn(LSTORE, v);
    e.mv.visitInsn(DUP2);
    e.mv.visitInsn(L2I);
    e.mv.visitInsn(I2L);
    e.mv.visitInsn(LCMP);
    e.mv.visitJumpInsn(IFNE, fail.getLabel()); // beyond int: no case matches
    e.mv.visitVarInsn(LLOAD, v);
    e.mv.visitInsn(L2I);
    TreeMap<Integer, LabelNode> cases = new TreeMap<>();
    for (int k = 0; k < values.size(); k++) {
      cases.putIfAbsent((int) (long) (Long) values.get(k), targets.get(k));
    }
    lookupSwitch(cases, fail);
    e.release(t);
  }

  /** Atoms: the index of the value in a constant table, then a tableswitch. */
  private void tableSwitch(Operand src, List<Object> values, List<LabelNode> targets, LabelNode fail) {
    SelectTable table = new SelectTable(values);
    e.object(table, SelectTable.class);
    e.load(src);
    e.mv.visitMethodInsn(INVOKEVIRTUAL, Type.getInternalName(SelectTable.class), "indexOf",
        "(" + Types.OBJECT_DESC + ")I", false);
    org.objectweb.asm.Label[] labels = new org.objectweb.asm.Label[values.size()];
    for (int k = 0; k < labels.length; k++) {
      labels[k] = targets.get(k).getLabel();
    }
    e.mv.visitTableSwitchInsn(0, labels.length - 1, fail.getLabel(), labels);
  }

  private void selectTupleArity(Instruction ins) {
    LabelNode fail = e.labelOf(ins.label(1));
    OperandList list = ins.list(2);
    TreeMap<Integer, LabelNode> cases = new TreeMap<>();
    for (int k = 0; k < list.size(); k += 2) {
      Operand arity = list.get(k);
      int n = arity instanceof Unsigned u ? u.value() : (int) (long) (Long) ((Constant) arity).term();
      cases.putIfAbsent(n, e.labelOf((org.jbeamjit.frontend.ir.Label) list.get(k + 1)));
    }
    e.load(ins.operand(0));
    e.mv.visitTypeInsn(CHECKCAST, Types.TUPLE);
    tupleArity();
    lookupSwitch(cases, fail);
  }

  private void lookupSwitch(TreeMap<Integer, LabelNode> cases, LabelNode fail) {
    int[] keys = new int[cases.size()];
    org.objectweb.asm.Label[] labels = new org.objectweb.asm.Label[cases.size()];
    int k = 0;
    for (Map.Entry<Integer, LabelNode> c : cases.entrySet()) {
      keys[k] = c.getKey();
      labels[k] = c.getValue().getLabel();
      k++;
    }
    e.mv.visitLookupSwitchInsn(fail.getLabel(), keys, labels);
  }
}
