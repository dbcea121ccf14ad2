package org.jbeamjit.codegen.jit;

import static org.objectweb.asm.Opcodes.*;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.jbeamjit.codegen.load.CompiledFunction;
import org.jbeamjit.codegen.load.LoadedModule;
import org.jbeamjit.codegen.ops.CallerFrames;
import org.jbeamjit.frontend.ir.BeamFunction;
import org.jbeamjit.runtime.code.Export;
import org.jbeamjit.runtime.code.FunctionCode;
import org.objectweb.asm.ClassTooLargeException;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodTooLargeException;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * Compiles one module version to one JVM hidden class: per Erlang function a static method (and
 * a resume method when it can be suspended mid-way), and the class is the module's
 * {@link ModuleDispatch}. A function the JIT cannot compile (too big
 * for a JVM method, or an instruction it does not know) gets a stub that calls the interpreter's
 * code for it; the rest of the module stays compiled. The class is hidden, so it is unloaded once
 * nothing refers to its module version any more.
 */
final class ModuleCompiler {
  /** What compiling a module made, and which functions run in the interpreter and why. */
  record Result(CompiledFunction[] functions, Map<String, String> fallbacks, Class<?> hiddenClass) {}

  private final LoadedModule module;
  private final IntFunction<CompiledFunction> interpreter;
  private final int n;
  private final JitFunction[] functions;
  private final CompiledFunction[] interpreted;
  private final Map<String, String> fallbackReasons = new LinkedHashMap<>();
  private final String className;

  /**
   * @param interpreter the interpreter's code for function {@code i}, asked only for functions
   *     that are not compiled
   */
  ModuleCompiler(LoadedModule module, IntFunction<CompiledFunction> interpreter) {
    this.module = module;
    this.interpreter = interpreter;
    this.n = module.functionCount();
    this.functions = new JitFunction[n];
    this.interpreted = new CompiledFunction[n];
    this.className = Type.getInternalName(ModuleCompiler.class).replace("ModuleCompiler", "")
        + "Erl$" + javaName(module.name().name());
  }

  private static String javaName(String s) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      sb.append(Character.isLetterOrDigit(c) && c < 128 || c == '_' ? c : '_');
    }
    return sb.toString();
  }

  Result compile() {
    FunctionAnalysis[] analyses = new FunctionAnalysis[n];
    for (int i = 0; i < n; i++) {
      BeamFunction f = module.function(i);
      try {
        analyses[i] = new FunctionAnalysis(f);
        functions[i] = new JitFunction(module.name(), f.name(), f.arity());
      } catch (RuntimeException e) {
        fallBack(i, e);
      }
    }
    while (true) {
      ModuleContext ctx = context();
      ClassNode cls = new ClassNode();
      cls.visit(V17, ACC_FINAL | ACC_SUPER | ACC_SYNTHETIC, className, null, DispatchEmitter.SUPER, null);
      cls.visitSource(sourceName(), null);
      boolean restart = false;
      List<FunctionEmitter> emitters = new ArrayList<>();
      for (int i = 0; i < n && !restart; i++) {
        if (functions[i] == null) {
          cls.methods.add(stub(ctx, i));
          continue;
        }
        try {
          FunctionEmitter body = new FunctionEmitter(ctx, i, analyses[i], false);
          cls.methods.add(body.emit());
          emitters.add(body);
          if (!analyses[i].resumePoints().isEmpty()) {
            FunctionEmitter resume = new FunctionEmitter(ctx, i, analyses[i], true);
            cls.methods.add(resume.emit());
            emitters.add(resume);
          }
        } catch (UnsupportedInstructionException | FunctionAnalysis.InconsistentCodeException e) {
          fallBack(i, e);
          restart = true; // constants and methods of the failed attempt must not stay in the class
        } catch (RuntimeException e) {
          // A bug in the JIT: the function still runs, in the interpreter; the verifier test lists these.
          fallBack(i, new IllegalStateException("JIT error " + e, e));
          restart = true;
        }
      }
      if (restart) {
        continue;
      }
      new DispatchEmitter(ctx).addTo(cls);
      ctx.data.addFieldsAndInitializer(cls);
      byte[] bytes;
      try {
        ClassWriter w = new FrameComputingWriter();
        cls.accept(w);
        bytes = w.toByteArray();
      } catch (MethodTooLargeException e) {
        int i = functionOfMethod(e.getMethodName());
        fallBackTooLarge(i, e);
        continue;
      } catch (ClassTooLargeException e) {
        // Too many constants for one class: the biggest compiled function goes to the interpreter.
        int biggest = -1;
        for (int i = 0; i < n; i++) {
          if (functions[i] != null && (biggest < 0
              || module.function(i).instructions().size() > module.function(biggest).instructions().size())) {
            biggest = i;
          }
        }
        functions[biggest] = null;
        interpreted[biggest] = interpreter.apply(biggest);
        fallbackReasons.put(module.function(biggest).toString(), "class too large (" + e.getConstantPoolCount()
            + " constants)");
        continue;
      } catch (RuntimeException e) {
        throw new IllegalStateException("cannot assemble " + module.name() + ": " + MethodChecks.describe(cls), e);
      }
      dump(bytes);
      CompiledFrames frames = new CompiledFrames(module);
      for (FunctionEmitter fe : emitters) {
        frames.addMethod(fe.mv.name, fe.index, fe.callSites()); // offsets are known once the class is written
      }
      return define(bytes, ctx, frames, analyses);
    }
  }

  /** With {@code -Djbeamjit.jit.dump=DIR}, writes each class to DIR for {@code javap}. */
  private void dump(byte[] bytes) {
    String dir = System.getProperty("jbeamjit.jit.dump");
    if (dir != null) {
      try {
        java.nio.file.Files.createDirectories(java.nio.file.Path.of(dir));
        java.nio.file.Files.write(java.nio.file.Path.of(dir, className.substring(className.lastIndexOf('/') + 1)
            + ".class"), bytes);
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
  }

  private ModuleContext context() {
    FunctionCode[] fallbacks = new FunctionCode[n];
    for (int i = 0; i < n; i++) {
      if (functions[i] == null) {
        fallbacks[i] = interpreted[i].code();
      }
    }
    return new ModuleContext(module, className, functions, fallbacks);
  }

  private String sourceName() {
    List<String> files = module.beam().lineTable().files();
    return files.isEmpty() ? module.name().name() + ".erl" : files.get(0);
  }

  private void fallBack(int i, Exception why) {
    functions[i] = null;
    interpreted[i] = interpreter.apply(i);
    fallbackReasons.put(module.function(i).toString(), why.getMessage());
  }

  private void fallBackTooLarge(int i, MethodTooLargeException e) {
    functions[i] = null;
    interpreted[i] = interpreter.apply(i);
    fallbackReasons.put(module.function(i).toString(), "method too large (" + e.getCodeSize() + " bytes)");
  }

  private int functionOfMethod(String methodName) {
    for (int i = 0; i < n; i++) {
      BeamFunction f = module.function(i);
      if (methodName.equals(MethodNames.body(f.name(), f.arity()))
          || methodName.equals(MethodNames.resume(f.name(), f.arity()))) {
        return i;
      }
    }
    throw new IllegalStateException("no function for method " + methodName);
  }

  /** A function run by the interpreter: a method with the compiled signature that calls it. */
  private MethodNode stub(ModuleContext ctx, int i) {
    int arity = module.function(i).arity();
    MethodNode mv = new MethodNode(ACC_STATIC | ACC_PRIVATE, ctx.bodyName(i), ctx.bodyDescriptor(i), null, null);
    ctx.data.loadObject(mv, ctx.fallbacks[i], FunctionCode.class);
    mv.visitVarInsn(ALOAD, 0);
    mv.visitVarInsn(ILOAD, 1);
    if (arity > Export.MAX_DIRECT_ARITY) {
      mv.visitVarInsn(ALOAD, 2);
    } else {
      mv.visitIntInsn(SIPUSH, arity);
      mv.visitTypeInsn(ANEWARRAY, Types.OBJECT);
      for (int a = 0; a < arity; a++) {
        mv.visitInsn(DUP);
        mv.visitIntInsn(SIPUSH, a);
        mv.visitVarInsn(ALOAD, 2 + a);
        mv.visitInsn(AASTORE);
      }
    }
    mv.visitMethodInsn(INVOKEINTERFACE, Type.getInternalName(FunctionCode.class), "invoke",
        "(" + Types.PROCESS_DESC + "I" + Types.OBJECTS_DESC + ")" + Types.OBJECT_DESC, true);
    mv.visitInsn(ARETURN);
    mv.maxLocals = 2 + Math.min(arity, Export.MAX_DIRECT_ARITY + 1);
    return mv;
  }

  private Result define(byte[] bytes, ModuleContext ctx, CompiledFrames frames, FunctionAnalysis[] analyses) {
    Class<?> cls;
    MethodHandles.Lookup lookup;
    try {
      lookup = MethodHandles.lookup().defineHiddenClassWithClassData(bytes, ctx.data.values(), true);
      cls = lookup.lookupClass();
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
    CallerFrames.registerDecoder(cls, frames);
    ModuleDispatch dispatch;
    try {
      dispatch = (ModuleDispatch) lookup.findConstructor(cls, MethodType.methodType(void.class)).invoke();
    } catch (Throwable e) {
      throw new IllegalStateException("cannot instantiate " + cls, e);
    }
    CompiledFunction[] out = new CompiledFunction[n];
    for (int i = 0; i < n; i++) {
      if (functions[i] == null) {
        out[i] = interpreted[i];
        continue;
      }
      BeamFunction f = module.function(i);
      try {
        MethodHandle direct = lookup.findStatic(cls, MethodNames.body(f.name(), f.arity()), Export.callType(f.arity()));
        MethodHandle resume = null;
        if (!analyses[i].resumePoints().isEmpty()) {
          resume = lookup.findStatic(cls, MethodNames.resume(f.name(), f.arity()), JitFunction.RESUME_TYPE);
        }
        functions[i].bind(direct, dispatch, resume, module, i, resumeSites(ctx, i, analyses[i]));
        out[i] = new CompiledFunction(functions[i], direct);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
    }
    return new Result(out, fallbackReasons, cls);
  }

  /** For each resume point of function {@code i}: its line, and the call site it resumes after (null for a wait). */
  private static JitFunction.ResumeSite[] resumeSites(ModuleContext ctx, int i, FunctionAnalysis a) {
    List<FunctionAnalysis.ResumePoint> rps = a.resumePoints();
    JitFunction.ResumeSite[] out = new JitFunction.ResumeSite[rps.size()];
    for (FunctionAnalysis.ResumePoint rp : rps) {
      boolean call = FunctionAnalysis.isCall(a.code().get(rp.instruction()).opcode());
      out[rp.id()] = new JitFunction.ResumeSite(a.lineIndex(rp.instruction()),
          call ? ctx.callSite(i, rp.instruction()) : null);
    }
    return out;
  }

  /**
   * COMPUTE_FRAMES needs the common superclass of two types meeting at a branch; compiled code
   * only ever needs Object there, and asking a class loader would be slow.
   */
  private static final class FrameComputingWriter extends ClassWriter {
    FrameComputingWriter() {
      super(COMPUTE_FRAMES | COMPUTE_MAXS);
    }

    @Override
    protected String getCommonSuperClass(String a, String b) {
      return Types.OBJECT;
    }
  }
}
