package org.jbeamjit.codegen.jit;

import static org.objectweb.asm.Opcodes.*;

import java.lang.invoke.MethodHandles;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.objectweb.asm.ConstantDynamic;
import org.objectweb.asm.Handle;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * The runtime objects a module version's hidden class refers to (literal terms, atoms, its
 * functions, its {@link org.jbeamjit.codegen.load.LoadedModule}), handed to the class as its class
 * data and copied into static fields by the class initializer. Code reads them
 * with {@code getstatic}: constants to C2, and always resolved (HotSpot's C1 gives up on a method
 * that loads a dynamic constant not yet resolved, which is why {@code ldc} of
 * {@link MethodHandles#classDataAt} is not used).
 */
final class ClassData {
  private static final Handle CLASS_DATA = new Handle(H_INVOKESTATIC, Type.getInternalName(MethodHandles.class),
      "classData", "(Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/String;Ljava/lang/Class;)Ljava/lang/Object;",
      false);
  /** Constants in final fields, set by the class initializer itself (about 15 bytes each). */
  private static final int FINAL_FIELDS = 3500;
  /** Further constants each helper initializer sets: well under the 64 KB method limit. */
  private static final int FIELDS_PER_INITIALIZER = 3500;

  private record Item(Object value, Class<?> type) {}

  private final String className;
  private final List<Item> items = new ArrayList<>();
  /** Terms by value (=:= and the same Java class): one constant per distinct literal. */
  private final Map<TermKey, Integer> termIndex = new HashMap<>();
  /** Everything else by identity. */
  private final Map<Object, Integer> objectIndex = new IdentityHashMap<>();

  ClassData(String className) {
    this.className = className;
  }

  /** Pushes term {@code t}, typed {@code Object}. */
  void loadTerm(MethodVisitor mv, Object t) {
    Integer i = termIndex.get(new TermKey(t));
    if (i == null) {
      i = add(t, Object.class);
      termIndex.put(new TermKey(t), i);
    }
    load(mv, i);
  }

  /** Pushes a runtime object of type {@code type}, by identity. */
  void loadObject(MethodVisitor mv, Object o, Class<?> type) {
    Integer i = objectIndex.get(o);
    if (i == null) {
      i = add(o, type);
      objectIndex.put(o, i);
    }
    load(mv, i);
  }

  private int add(Object o, Class<?> type) {
    items.add(new Item(o, type));
    return items.size() - 1;
  }

  private void load(MethodVisitor mv, int i) {
    mv.visitFieldInsn(GETSTATIC, className, field(i), Type.getDescriptor(items.get(i).type));
  }

  private static String field(int i) {
    return "c" + i;
  }

  /** The class data to define the class with. */
  List<Object> values() {
    List<Object> out = new ArrayList<>(items.size());
    for (Item it : items) {
      out.add(it.value);
    }
    return out;
  }

  /**
   * Adds the fields and the class initializer that fills them from the class data. Only the class
   * initializer may set a final static field, and it is itself bound by the 64 KB method limit:
   * the first {@link #FINAL_FIELDS} constants are final (so C2 folds them), any further ones are
   * plain static fields set by helper methods it calls.
   */
  void addFieldsAndInitializer(ClassNode cls) {
    for (int i = 0; i < items.size(); i++) {
      int access = ACC_STATIC | ACC_PRIVATE | (i < FINAL_FIELDS ? ACC_FINAL : 0);
      cls.fields.add(new FieldNode(access, field(i), Type.getDescriptor(items.get(i).type), null, null));
    }
    MethodNode clinit = new MethodNode(ACC_STATIC, "<clinit>", "()V", null, null);
    clinit.visitLdcInsn(new ConstantDynamic("_", Type.getDescriptor(List.class), CLASS_DATA));
    clinit.visitVarInsn(ASTORE, 0);
    setFields(clinit, 0, Math.min(items.size(), FINAL_FIELDS));
    for (int from = FINAL_FIELDS; from < items.size(); from += FIELDS_PER_INITIALIZER) {
      String name = "$init" + from;
      MethodNode init = new MethodNode(ACC_STATIC | ACC_PRIVATE, name, "(Ljava/util/List;)V", null, null);
      setFields(init, from, Math.min(items.size(), from + FIELDS_PER_INITIALIZER));
      init.visitInsn(RETURN);
      cls.methods.add(init);
      clinit.visitVarInsn(ALOAD, 0);
      clinit.visitMethodInsn(INVOKESTATIC, className, name, "(Ljava/util/List;)V", false);
    }
    clinit.visitInsn(RETURN);
    cls.methods.add(clinit);
  }

  /** Sets fields {@code from} to {@code to} from the list in local 0. */
  private void setFields(MethodNode mv, int from, int to) {
    for (int i = from; i < to; i++) {
      mv.visitVarInsn(ALOAD, 0);
      mv.visitLdcInsn(i);
      mv.visitMethodInsn(INVOKEINTERFACE, "java/util/List", "get", "(I)Ljava/lang/Object;", true);
      mv.visitTypeInsn(CHECKCAST, Type.getInternalName(items.get(i).type));
      mv.visitFieldInsn(PUTSTATIC, className, field(i), Type.getDescriptor(items.get(i).type));
    }
  }

  /**
   * Terms as map keys: equal when exactly equal and of the same Java class, so that 1 and 1.0,
   * or 0.0 and -0.0, stay distinct constants.
   */
  private record TermKey(Object term) {
    @Override
    public boolean equals(Object o) {
      return o instanceof TermKey k && k.term.getClass() == term.getClass() && k.term.equals(term);
    }

    @Override
    public int hashCode() {
      return term.hashCode();
    }
  }
}
