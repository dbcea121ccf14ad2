package org.jbeamjit.codegen.jit;

import org.jbeamjit.codegen.load.LoadedModule;
import org.jbeamjit.codegen.ops.CallSite;
import org.jbeamjit.frontend.ir.BeamFunction;
import org.jbeamjit.runtime.code.FunctionCode;

/**
 * What every function of one module version's class shares while it is generated: the class's
 * name, its class data, and how to call each of the module's functions (a compiled method, or
 * the interpreter for a function that is too big for one).
 */
final class ModuleContext {
  final LoadedModule module;
  final String className;
  final ClassData data;
  final JitFunction[] functions;
  /** The interpreter's code for each function that is not compiled, else null. */
  final FunctionCode[] fallbacks;

  ModuleContext(LoadedModule module, String className, JitFunction[] functions, FunctionCode[] fallbacks) {
    this.module = module;
    this.className = className;
    this.data = new ClassData(className);
    this.functions = functions;
    this.fallbacks = fallbacks;
  }

  BeamFunction function(int index) {
    return module.function(index);
  }

  private final java.util.Map<Long, CallSite> callSites = new java.util.HashMap<>();

  /** The identity of the call at instruction {@code instruction} of function {@code function}: one object per site. */
  CallSite callSite(int function, int instruction) {
    return callSites.computeIfAbsent(((long) function << 32) | instruction,
        k -> new CallSite(module, function, instruction));
  }

  String bodyName(int index) {
    BeamFunction f = module.function(index);
    return MethodNames.body(f.name(), f.arity());
  }

  String resumeName(int index) {
    BeamFunction f = module.function(index);
    return MethodNames.resume(f.name(), f.arity());
  }

  String bodyDescriptor(int index) {
    return Types.callDescriptor(module.function(index).arity());
  }
}
