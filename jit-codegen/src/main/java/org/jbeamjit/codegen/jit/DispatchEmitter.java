package org.jbeamjit.codegen.jit;

import static org.objectweb.asm.Opcodes.*;

import java.util.ArrayList;
import java.util.List;
import org.jbeamjit.codegen.load.FunTemplate;
import org.jbeamjit.codegen.load.LoadedModule;
import org.jbeamjit.runtime.code.Export;
import org.jbeamjit.runtime.term.LocalFun;
import org.objectweb.asm.Label;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * Makes a module's class a {@link ModuleDispatch}: its constructor, and {@code invoke} and
 * {@code invokeFun} as switches over the function index that load the arguments from the array
 * (and a fun's free variables from the fun) and call the function's method. A module with many
 * functions gets one switch method per slice of them, each well inside the 64 KB method limit.
 */
final class DispatchEmitter {
  static final String SUPER = Type.getInternalName(ModuleDispatch.class);
  private static final String LOCAL_FUN = Type.getInternalName(LocalFun.class);
  private static final String INVOKE_DESC = "(I" + Types.PROCESS_DESC + "I" + Types.OBJECTS_DESC + ")" + Types.OBJECT_DESC;
  private static final String INVOKE_FUN_DESC = "(I" + Types.PROCESS_DESC + "I" + Types.OBJECTS_DESC
      + Type.getDescriptor(LocalFun.class) + ")" + Types.OBJECT_DESC;
  /** Bytecode a slice's switch may grow to: far below 64 KB, and small enough for HotSpot to compile it. */
  private static final int SLICE_BYTES = 8_000;

  private final ModuleContext ctx;
  private final LoadedModule module;
  /** Per function: the free variables of the funs it implements (all the same), -1 if it implements none, -2 if they differ. */
  private final int[] freeCounts;

  DispatchEmitter(ModuleContext ctx) {
    this.ctx = ctx;
    this.module = ctx.module;
    this.freeCounts = new int[module.functionCount()];
    java.util.Arrays.fill(freeCounts, -1);
    for (int i = 0; i < module.funCount(); i++) {
      FunTemplate t = module.fun(i);
      int fn = t.functionIndex();
      freeCounts[fn] = freeCounts[fn] == -1 || freeCounts[fn] == t.freeCount() ? t.freeCount() : -2;
    }
  }

  void addTo(ClassNode cls) {
    MethodNode init = new MethodNode(0, "<init>", "()V", null, null);
    init.visitVarInsn(ALOAD, 0);
    init.visitMethodInsn(INVOKESPECIAL, SUPER, "<init>", "()V", false);
    init.visitInsn(RETURN);
    cls.methods.add(init);
    List<Integer> all = new ArrayList<>();
    List<Integer> funs = new ArrayList<>();
    for (int i = 0; i < module.functionCount(); i++) {
      all.add(i);
      if (freeCounts[i] >= 0 && module.function(i).arity() >= freeCounts[i]) {
        funs.add(i);
      }
    }
    emitSliced(cls, "invoke", INVOKE_DESC, all, false);
    emitSliced(cls, "invokeFun", INVOKE_FUN_DESC, funs, true);
  }

  /** {@code name} switches over slices of {@code fns}, each in a method of its own when there are several. */
  private void emitSliced(ClassNode cls, String name, String desc, List<Integer> fns, boolean fun) {
    List<List<Integer>> slices = new ArrayList<>();
    List<Integer> slice = new ArrayList<>();
    int bytes = 0;
    for (int fn : fns) {
      int size = caseBytes(fn, fun);
      if (!slice.isEmpty() && bytes + size > SLICE_BYTES) {
        slices.add(slice);
        slice = new ArrayList<>();
        bytes = 0;
      }
      slice.add(fn);
      bytes += size;
    }
    slices.add(slice);
    if (slices.size() == 1) {
      cls.methods.add(switchMethod(name, desc, slices.get(0), fun, ACC_FINAL));
      return;
    }
    for (int s = 0; s < slices.size(); s++) {
      cls.methods.add(switchMethod(name + "$" + s, desc, slices.get(s), fun, ACC_PRIVATE | ACC_FINAL));
    }
    // The slices cover ascending ranges of function indices: find the slice, then call its method.
    MethodNode m = new MethodNode(ACC_FINAL, name, desc, null, null);
    for (int s = 0; s < slices.size() - 1; s++) {
      List<Integer> next = slices.get(s + 1);
      Label later = new Label();
      m.visitVarInsn(ILOAD, 1);
      pushInt(m, next.get(0));
      m.visitJumpInsn(IF_ICMPGE, later);
      delegate(m, name + "$" + s, desc, fun);
      m.visitLabel(later);
    }
    delegate(m, name + "$" + (slices.size() - 1), desc, fun);
    cls.methods.add(m);
  }

  private void delegate(MethodNode m, String target, String desc, boolean fun) {
    m.visitVarInsn(ALOAD, 0);
    m.visitVarInsn(ILOAD, 1);
    m.visitVarInsn(ALOAD, 2);
    m.visitVarInsn(ILOAD, 3);
    m.visitVarInsn(ALOAD, 4);
    if (fun) {
      m.visitVarInsn(ALOAD, 5);
    }
    m.visitMethodInsn(INVOKEVIRTUAL, ctx.className, target, desc, false);
    m.visitInsn(ARETURN);
  }

  private int caseBytes(int fn, boolean fun) {
    int arity = module.function(fn).arity();
    return arity > Export.MAX_DIRECT_ARITY ? 40 + 12 * arity : 16 + 6 * arity + (fun ? 4 * freeCounts[fn] : 0);
  }

  private MethodNode switchMethod(String name, String desc, List<Integer> fns, boolean fun, int access) {
    MethodNode m = new MethodNode(access, name, desc, null, null);
    Label dflt = new Label();
    if (!fns.isEmpty()) {
      int[] keys = fns.stream().mapToInt(Integer::intValue).toArray();
      Label[] labels = new Label[keys.length];
      for (int k = 0; k < keys.length; k++) {
        labels[k] = new Label();
      }
      m.visitVarInsn(ILOAD, 1);
      m.visitLookupSwitchInsn(dflt, keys, labels);
      for (int k = 0; k < keys.length; k++) {
        m.visitLabel(labels[k]);
        callFunction(m, keys[k], fun);
      }
    }
    m.visitLabel(dflt);
    if (fun) {
      // A function whose funs differ in their free variables: join them into one array.
      m.visitVarInsn(ALOAD, 0);
      m.visitVarInsn(ILOAD, 1);
      m.visitVarInsn(ALOAD, 2);
      m.visitVarInsn(ILOAD, 3);
      m.visitVarInsn(ALOAD, 4);
      m.visitVarInsn(ALOAD, 5);
      m.visitMethodInsn(INVOKEVIRTUAL, SUPER, "invokeWithEnv", INVOKE_FUN_DESC, false);
      m.visitInsn(ARETURN);
    } else {
      m.visitTypeInsn(NEW, "java/lang/IllegalArgumentException");
      m.visitInsn(DUP);
      m.visitLdcInsn("no such function in " + module.name());
      m.visitMethodInsn(INVOKESPECIAL, "java/lang/IllegalArgumentException", "<init>", "(Ljava/lang/String;)V", false);
      m.visitInsn(ATHROW);
    }
    return m;
  }

  /** Calls function {@code fn} with the array's values (and the fun's free variables) and returns its result. */
  private void callFunction(MethodNode m, int fn, boolean fun) {
    int arity = module.function(fn).arity();
    int free = fun ? freeCounts[fn] : 0;
    int fromArray = arity - free;
    m.visitVarInsn(ALOAD, 2);
    m.visitVarInsn(ILOAD, 3);
    if (arity > Export.MAX_DIRECT_ARITY) {
      pushInt(m, arity);
      m.visitTypeInsn(ANEWARRAY, Types.OBJECT);
      for (int a = 0; a < arity; a++) {
        m.visitInsn(DUP);
        pushInt(m, a);
        loadArgument(m, a, fromArray);
        m.visitInsn(AASTORE);
      }
    } else {
      for (int a = 0; a < arity; a++) {
        loadArgument(m, a, fromArray);
      }
    }
    m.visitMethodInsn(INVOKESTATIC, ctx.className, ctx.bodyName(fn), ctx.bodyDescriptor(fn), false);
    m.visitInsn(ARETURN);
  }

  private static void loadArgument(MethodNode m, int a, int fromArray) {
    if (a < fromArray) {
      m.visitVarInsn(ALOAD, 4);
      pushInt(m, a);
      m.visitInsn(AALOAD);
    } else {
      m.visitVarInsn(ALOAD, 5);
      pushInt(m, a - fromArray);
      m.visitMethodInsn(INVOKEVIRTUAL, LOCAL_FUN, "env", "(I)" + Types.OBJECT_DESC, false);
    }
  }

  private static void pushInt(MethodNode m, int v) {
    if (v >= -1 && v <= 5) {
      m.visitInsn(ICONST_0 + v);
    } else if (v >= Short.MIN_VALUE && v <= Short.MAX_VALUE) {
      m.visitIntInsn(SIPUSH, v);
    } else {
      m.visitLdcInsn(v);
    }
  }
}
