package org.jbeamjit.frontend.beam;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.jbeamjit.frontend.ir.AtomLiteral;
import org.jbeamjit.frontend.ir.BeamFunction;
import org.jbeamjit.frontend.ir.Instruction;
import org.jbeamjit.frontend.ir.Label;
import org.jbeamjit.frontend.ir.Operand;
import org.jbeamjit.frontend.ir.OperandList;
import org.jbeamjit.frontend.opcode.OperandKind;
import org.jbeamjit.frontend.opcode.Opcode;

/**
 * Cuts the instruction stream into functions and checks its labels. A function starts with the
 * labels and {@code line} instructions just before its {@code func_info}, which must be followed
 * by the entry label, and runs to the start of the next function; {@code int_code_end} closes the
 * last one and belongs to none. Every label is defined once, every label referred to is defined,
 * and every call goes to a function's entry label.
 */
final class FunctionSplitter {
  private final CodeChunkReader.Code code;
  private final ChunkReader in;

  private FunctionSplitter(CodeChunkReader.Code code) {
    this.code = code;
    this.in = code.reader();
  }

  static List<BeamFunction> split(CodeChunkReader.Code code) {
    return new FunctionSplitter(code).split();
  }

  private List<BeamFunction> split() {
    List<Instruction> all = code.instructions();
    int last = all.size() - 1; // int_code_end, which the reader guarantees is there
    BitSet defined = definedLabels(all);

    List<Integer> starts = new ArrayList<>();
    int previousInfo = -1;
    for (int i = 0; i < last; i++) {
      if (all.get(i).opcode() != Opcode.FUNC_INFO) {
        continue;
      }
      int start = i;
      // Never reach back past the previous function's entry label, which must stay with it.
      int floor = previousInfo < 0 ? 0 : previousInfo + 2;
      while (start > floor && isPrefix(all.get(start - 1))) {
        start--;
      }
      starts.add(start);
      previousInfo = i;
    }
    if (starts.isEmpty()) {
      throw error(last, "the code has no functions");
    }
    if (starts.get(0) != 0) {
      throw error(0, "instructions before the first function");
    }
    if (starts.size() != code.header().functionCount()) {
      throw in.errorAt(code.offsets()[0], "the code has " + starts.size() + " functions, but the header says "
          + code.header().functionCount());
    }

    List<BeamFunction> functions = new ArrayList<>(starts.size());
    for (int f = 0; f < starts.size(); f++) {
      int start = starts.get(f);
      int end = f + 1 < starts.size() ? starts.get(f + 1) : last;
      functions.add(function(all, start, end));
    }
    checkReferences(all, last, defined, functions);
    return functions;
  }

  private BeamFunction function(List<Instruction> all, int start, int end) {
    int info = start;
    while (all.get(info).opcode() != Opcode.FUNC_INFO) {
      info++;
    }
    Instruction funcInfo = all.get(info);
    if (info + 1 >= end || all.get(info + 1).opcode() != Opcode.LABEL) {
      throw error(info, "func_info is not followed by the function's entry label");
    }
    AtomLiteral name = (AtomLiteral) funcInfo.operand(1);
    int arity = funcInfo.unsigned(2);
    if (arity > TableFields.MAX_ARITY) {
      throw error(info, "arity " + arity + " is larger than " + TableFields.MAX_ARITY);
    }
    return new BeamFunction(name.atom(), arity, all.get(info + 1).unsigned(0), all.subList(start, end));
  }

  private static boolean isPrefix(Instruction ins) {
    return ins.opcode() == Opcode.LABEL || ins.opcode() == Opcode.LINE;
  }

  private BitSet definedLabels(List<Instruction> all) {
    BitSet defined = new BitSet();
    for (int i = 0; i < all.size(); i++) {
      Instruction ins = all.get(i);
      if (ins.opcode() == Opcode.LABEL) {
        int n = ins.unsigned(0);
        if (defined.get(n)) {
          throw error(i, "label " + n + " is defined twice");
        }
        defined.set(n);
      }
    }
    return defined;
  }

  private void checkReferences(List<Instruction> all, int last, BitSet defined, List<BeamFunction> functions) {
    BitSet entries = new BitSet();
    for (BeamFunction f : functions) {
      entries.set(f.entryLabel());
    }
    for (int i = 0; i < last; i++) {
      Instruction ins = all.get(i);
      for (int k = 0; k < ins.operands().size(); k++) {
        Operand o = ins.operand(k);
        if (ins.opcode().operandKind(k) == OperandKind.FUNCTION) {
          int target = ((Label) o).number();
          if (!entries.get(target)) {
            throw error(i, ins.opcode().erlangName() + " calls label " + target + ", which is no function's entry");
          }
        } else if (o instanceof Label l) {
          checkDefined(i, ins, l, defined);
        } else if (o instanceof OperandList list) {
          for (Operand e : list.elements()) {
            if (e instanceof Label l) {
              checkDefined(i, ins, l, defined);
            }
          }
        }
      }
    }
  }

  private void checkDefined(int i, Instruction ins, Label l, BitSet defined) {
    if (!l.isNone() && !defined.get(l.number())) {
      throw error(i, ins.opcode().erlangName() + " refers to label " + l.number() + ", which is not defined");
    }
  }

  private RuntimeException error(int instruction, String problem) {
    return in.errorAt(code.offsets()[instruction], problem);
  }
}
