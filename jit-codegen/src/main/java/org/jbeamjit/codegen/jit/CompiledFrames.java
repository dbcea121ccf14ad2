package org.jbeamjit.codegen.jit;

import java.lang.StackWalker.StackFrame;
import java.lang.ref.WeakReference;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jbeamjit.codegen.load.LoadedModule;
import org.jbeamjit.codegen.ops.CallSite;
import org.jbeamjit.codegen.ops.CallerFrames;

/**
 * Reads the JVM frames of one module version's hidden class for a stack trace: a method of an
 * Erlang function suspended at the invoke of one of its body calls shows that call site's frame;
 * anywhere else (a tail call, the code of a handler) it is an activation that shows none.
 */
final class CompiledFrames implements CallerFrames.JvmFrameDecoder {
  private static final CallerFrames.Activation NO_FRAME = new CallerFrames.Activation(null, new Object());

  /** The body calls of one method, by the bytecode index of their invoke: line index and instruction. */
  private record MethodSites(int function, int[] bcis, int[] lineIndices, int[] positions) {}

  /**
   * Weak: this decoder is the value of a weak map keyed by the hidden class, and the module
   * version refers to the class (through its functions), so a strong reference would keep a
   * purged version's class loaded for ever.
   */
  private final WeakReference<LoadedModule> module;
  private final Map<String, MethodSites> methods = new HashMap<>();

  CompiledFrames(LoadedModule module) {
    this.module = new WeakReference<>(module);
  }

  /** Records a compiled method of function {@code function}, once its bytecode offsets are known. */
  void addMethod(String name, int function, List<FunctionEmitter.CallSiteMark> marks) {
    FunctionEmitter.CallSiteMark[] sorted = marks.toArray(new FunctionEmitter.CallSiteMark[0]);
    Arrays.sort(sorted, (a, b) -> Integer.compare(a.at().getLabel().getOffset(), b.at().getLabel().getOffset()));
    int[] bcis = new int[sorted.length];
    int[] lines = new int[sorted.length];
    int[] positions = new int[sorted.length];
    for (int i = 0; i < sorted.length; i++) {
      bcis[i] = sorted[i].at().getLabel().getOffset();
      lines[i] = sorted[i].lineIndex();
      positions[i] = sorted[i].site().position();
    }
    methods.put(name, new MethodSites(function, bcis, lines, positions));
  }

  @Override
  public CallerFrames.Activation decode(StackFrame frame) {
    MethodSites m = methods.get(frame.getMethodName());
    LoadedModule loaded = module.get();
    if (m == null || loaded == null) {
      return null; // a stub for an interpreted function, or the class initializer
    }
    int i = Arrays.binarySearch(m.bcis, frame.getByteCodeIndex());
    if (i < 0) {
      return NO_FRAME;
    }
    // Equal to the CallSite the call's exception handler recorded: same module, function, instruction.
    return new CallerFrames.Activation(loaded.frame(m.function, m.lineIndices[i]),
        new CallSite(loaded, m.function, m.positions[i]));
  }
}
