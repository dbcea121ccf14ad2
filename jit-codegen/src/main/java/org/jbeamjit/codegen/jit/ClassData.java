package org.jbeamjit.codegen.jit;

import java.lang.invoke.MethodHandles;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.objectweb.asm.ConstantDynamic;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * The runtime objects a module version's hidden class refers to (literal terms, atoms, its
 * functions, its {@link org.jbeamjit.codegen.load.LoadedModule}), handed to the class as its class
 * data. Code loads each with an {@code ldc} of a dynamic constant resolved by
 * {@link MethodHandles#classDataAt}: a true constant to the JVM's JIT, with no static field and no
 * class initializer.
 */
final class ClassData {
  private static final Handle CLASS_DATA_AT = new Handle(Opcodes.H_INVOKESTATIC,
      Type.getInternalName(MethodHandles.class), "classDataAt",
      "(Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/String;Ljava/lang/Class;I)Ljava/lang/Object;", false);

  private final List<Object> items = new ArrayList<>();
  /** Terms by value (=:= and the same Java class): one constant per distinct literal. */
  private final Map<Object, Integer> termIndex = new HashMap<>();
  /** Everything else by identity. */
  private final Map<Object, Integer> objectIndex = new IdentityHashMap<>();

  /** The constant for term {@code t}, typed {@code Object}. */
  ConstantDynamic term(Object t) {
    Integer i = termIndex.get(new TermKey(t));
    if (i == null) {
      i = add(t);
      termIndex.put(new TermKey(t), i);
    }
    return constant(i, Object.class);
  }

  /** The constant for a runtime object of type {@code type}, by identity. */
  ConstantDynamic object(Object o, Class<?> type) {
    Integer i = objectIndex.get(o);
    if (i == null) {
      i = add(o);
      objectIndex.put(o, i);
    }
    return constant(i, type);
  }

  private int add(Object o) {
    items.add(o);
    return items.size() - 1;
  }

  private static ConstantDynamic constant(int index, Class<?> type) {
    return new ConstantDynamic("_", Type.getDescriptor(type), CLASS_DATA_AT, index);
  }

  /** The class data to define the class with. */
  List<Object> items() {
    return List.copyOf(items);
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
