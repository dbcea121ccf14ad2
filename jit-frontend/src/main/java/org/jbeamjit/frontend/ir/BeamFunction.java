package org.jbeamjit.frontend.ir;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jbeamjit.frontend.opcode.Opcode;
import org.jbeamjit.runtime.term.Atom;

/**
 * One function of a module: its code from the labels before {@code func_info} to the last
 * instruction before the next function, in file order. The entry label is the one right after
 * {@code func_info}; the label before it is where a {@code function_clause} error jumps.
 */
public final class BeamFunction {
  private final Atom name;
  private final int arity;
  private final int entryLabel;
  private final List<Instruction> instructions;
  private final Map<Integer, Integer> labelPositions;

  public BeamFunction(Atom name, int arity, int entryLabel, List<Instruction> instructions) {
    this.name = Objects.requireNonNull(name);
    this.arity = arity;
    this.entryLabel = entryLabel;
    this.instructions = List.copyOf(instructions);
    Map<Integer, Integer> positions = new HashMap<>();
    for (int i = 0; i < this.instructions.size(); i++) {
      Instruction ins = this.instructions.get(i);
      if (ins.opcode() == Opcode.LABEL) {
        positions.put(ins.unsigned(0), i);
      }
    }
    if (!positions.containsKey(entryLabel)) {
      throw new IllegalArgumentException("entry label " + entryLabel + " is not in " + name + "/" + arity);
    }
    this.labelPositions = Map.copyOf(positions);
  }

  public Atom name() {
    return name;
  }

  public int arity() {
    return arity;
  }

  public int entryLabel() {
    return entryLabel;
  }

  public List<Instruction> instructions() {
    return instructions;
  }

  /** Whether this function defines the label. */
  public boolean hasLabel(int label) {
    return labelPositions.containsKey(label);
  }

  /** The index in {@link #instructions()} of the {@code label} instruction defining it, or -1. */
  public int labelPosition(int label) {
    return labelPositions.getOrDefault(label, -1);
  }

  @Override
  public String toString() {
    return name + "/" + arity;
  }
}
