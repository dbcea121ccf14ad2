package org.jbeamjit.codegen.jit;

import static org.objectweb.asm.Opcodes.*;

import java.util.ArrayList;
import java.util.List;
import org.jbeamjit.codegen.ops.MapOps;
import org.jbeamjit.frontend.ir.Constant;
import org.jbeamjit.frontend.ir.Instruction;
import org.jbeamjit.frontend.ir.IntegerLiteral;
import org.jbeamjit.frontend.ir.Operand;
import org.jbeamjit.frontend.ir.OperandList;
import org.jbeamjit.frontend.ir.Unsigned;
import org.jbeamjit.runtime.term.ErlMap;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.LabelNode;

/** Map instructions (updates through ops, lookups on {@link ErlMap}), and OTP 26's {@code update_record}. */
final class MapInstructions {
  private static final String MAP_OPS = Type.getInternalName(MapOps.class);
  private static final String MAP = Type.getInternalName(ErlMap.class);
  private static final String MAP_DESC = Type.getDescriptor(ErlMap.class);

  private final FunctionEmitter e;

  MapInstructions(FunctionEmitter e) {
    this.e = e;
  }

  void emit(Instruction ins) {
    switch (ins.opcode()) {
      case PUT_MAP_ASSOC -> put(ins, "putAssoc");
      case PUT_MAP_EXACT -> put(ins, "putExact");
      case HAS_MAP_FIELDS -> {
        LabelNode fail = e.labelOf(ins.label(0));
        int map = e.temp();
        loadMap(ins.operand(1), fail, map);
        for (Operand key : ins.list(2).elements()) {
          e.mv.visitVarInsn(ALOAD, map);
          e.mv.visitTypeInsn(CHECKCAST, MAP);
          e.load(key);
          e.mv.visitMethodInsn(INVOKEVIRTUAL, MAP, "containsKey", "(" + Types.OBJECT_DESC + ")Z", false);
          e.mv.visitJumpInsn(IFEQ, fail.getLabel());
        }
        e.release(map);
      }
      case GET_MAP_ELEMENTS -> getElements(ins);
      case UPDATE_RECORD -> updateRecord(ins);
      default -> throw new UnsupportedInstructionException(ins);
    }
  }

  /** put_map_assoc/exact Fail Src Dst Live [K V ...]: with a fail label, null means "jump there". */
  private void put(Instruction ins, String method) {
    int fail = ins.label(0).number();
    if (fail == 0) {
      e.inRegion();
    }
    e.load(ins.operand(1));
    e.pushOperandArray(ins.list(4).elements());
    e.mv.visitInsn(fail == 0 ? ICONST_1 : ICONST_0);
    e.mv.visitMethodInsn(INVOKESTATIC, MAP_OPS, method, "(" + Types.OBJECT_DESC + Types.OBJECTS_DESC + "Z)" + MAP_DESC,
        false);
    if (fail != 0) {
      e.mv.visitInsn(DUP);
      LabelNode ok = FunctionEmitter.newLabel();
      e.mv.visitJumpInsn(IFNONNULL, ok.getLabel());
      e.mv.visitInsn(POP);
      e.mv.visitJumpInsn(GOTO, e.label(fail).getLabel());
      e.mv.instructions.add(ok);
    }
    e.store(ins.operand(2));
  }

  /**
   * get_map_elements Fail Src [K D ...]: every value is looked up before any register is
   * written, since a destination may be the map's own register.
   */
  private void getElements(Instruction ins) {
    LabelNode fail = e.labelOf(ins.label(0));
    OperandList pairs = ins.list(2);
    int map = e.temp();
    loadMap(ins.operand(1), fail, map);
    List<Integer> values = new ArrayList<>();
    for (int k = 0; k < pairs.size(); k += 2) {
      int v = e.temp();
      values.add(v);
      e.mv.visitVarInsn(ALOAD, map);
      e.mv.visitTypeInsn(CHECKCAST, MAP);
      e.load(pairs.get(k));
      e.mv.visitMethodInsn(INVOKEVIRTUAL, MAP, "get", "(" + Types.OBJECT_DESC + ")" + Types.OBJECT_DESC, false);
      e.mv.visitInsn(DUP);
      e.mv.visitVarInsn(ASTORE, v);
      e.mv.visitJumpInsn(IFNULL, fail.getLabel());
    }
    for (int k = 0; k < pairs.size(); k += 2) {
      e.mv.visitVarInsn(ALOAD, values.get(k / 2));
      e.store(pairs.get(k + 1));
    }
    e.release(map);
  }

  /** Stores the map operand in local {@code slot}, or jumps to {@code fail} if it is not a map. */
  private void loadMap(Operand src, LabelNode fail, int slot) {
    e.load(src);
    e.mv.visitInsn(DUP);
    e.mv.visitVarInsn(ASTORE, slot);
    e.mv.visitTypeInsn(INSTANCEOF, MAP);
    e.mv.visitJumpInsn(IFEQ, fail.getLabel());
  }

  /** update_record Hint Size Src Dst [Index Value ...]: a copy of the tuple with some elements replaced. */
  private void updateRecord(Instruction ins) {
    OperandList updates = ins.list(4);
    e.load(ins.operand(2));
    e.mv.visitTypeInsn(CHECKCAST, Types.TUPLE);
    e.mv.visitFieldInsn(GETFIELD, Types.TUPLE, "elems", Types.OBJECTS_DESC);
    e.mv.visitMethodInsn(INVOKEVIRTUAL, Types.OBJECTS_DESC, "clone", "()" + Types.OBJECT_DESC, false);
    e.mv.visitTypeInsn(CHECKCAST, Types.OBJECTS_DESC);
    for (int k = 0; k < updates.size(); k += 2) {
      e.mv.visitInsn(DUP);
      e.pushInt(position(updates.get(k)) - 1);
      e.load(updates.get(k + 1));
      e.mv.visitInsn(AASTORE);
    }
    int elems = e.temp();
    e.mv.visitVarInsn(ASTORE, elems);
    e.mv.visitTypeInsn(NEW, Types.TUPLE);
    e.mv.visitInsn(DUP);
    e.mv.visitVarInsn(ALOAD, elems);
    e.mv.visitMethodInsn(INVOKESPECIAL, Types.TUPLE, "<init>", "(" + Types.OBJECTS_DESC + ")V", false);
    e.store(ins.operand(3));
    e.release(elems);
  }

  private static int position(Operand o) {
    if (o instanceof Unsigned u) {
      return u.value();
    }
    if (o instanceof IntegerLiteral i) {
      return (int) (long) (Long) i.value();
    }
    return (int) (long) (Long) ((Constant) o).term();
  }
}
