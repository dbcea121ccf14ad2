package org.jbeamjit.codegen.jit;

import java.util.HashSet;
import java.util.Set;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.JumpInsnNode;
import org.objectweb.asm.tree.LabelNode;
import org.objectweb.asm.tree.LookupSwitchInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TableSwitchInsnNode;
import org.objectweb.asm.tree.TryCatchBlockNode;

/** Diagnoses a generated class ASM cannot assemble: which method refers to labels it never placed. */
final class MethodChecks {
  private MethodChecks() {}

  static String describe(ClassNode cls) {
    StringBuilder sb = new StringBuilder();
    for (MethodNode m : cls.methods) {
      Set<LabelNode> placed = new HashSet<>();
      for (AbstractInsnNode n : m.instructions) {
        if (n instanceof LabelNode l) {
          placed.add(l);
        }
      }
      int missing = 0;
      for (AbstractInsnNode n : m.instructions) {
        if (n instanceof JumpInsnNode j && !placed.contains(j.label)) {
          missing++;
        } else if (n instanceof TableSwitchInsnNode t) {
          missing += t.labels.stream().filter(l -> !placed.contains(l)).count() + (placed.contains(t.dflt) ? 0 : 1);
        } else if (n instanceof LookupSwitchInsnNode t) {
          missing += t.labels.stream().filter(l -> !placed.contains(l)).count() + (placed.contains(t.dflt) ? 0 : 1);
        }
      }
      for (TryCatchBlockNode t : m.tryCatchBlocks) {
        if (!placed.contains(t.start) || !placed.contains(t.end) || !placed.contains(t.handler)) {
          missing++;
        }
      }
      if (missing > 0) {
        sb.append(m.name).append(": ").append(missing).append(" labels not placed; ");
      }
    }
    return sb.length() == 0 ? "all labels placed" : sb.toString();
  }
}
