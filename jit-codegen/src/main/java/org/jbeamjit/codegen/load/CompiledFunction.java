package org.jbeamjit.codegen.load;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import org.jbeamjit.runtime.code.Export;
import org.jbeamjit.runtime.code.FunctionCode;
import org.jbeamjit.runtime.process.ErlProcess;

/**
 * One function of a module version as an engine made it: the generic entry ({@code code}, arguments
 * in an array) and the direct one ({@code direct}, of type {@link Export#callType} of its arity)
 * that export call sites link to.
 */
public record CompiledFunction(FunctionCode code, MethodHandle direct) {
  private static final MethodHandle INVOKE;

  static {
    try {
      INVOKE = MethodHandles.publicLookup().findVirtual(FunctionCode.class, "invoke",
          MethodType.methodType(Object.class, ErlProcess.class, int.class, Object[].class));
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  public CompiledFunction {
    if (!direct.type().equals(Export.callType(code.arity()))) {
      throw new IllegalArgumentException("direct entry of " + code + " has type " + direct.type());
    }
  }

  /** A function whose only entry is {@link FunctionCode#invoke}: the direct entry collects the arguments into an array. */
  public static CompiledFunction of(FunctionCode code) {
    return new CompiledFunction(code, directEntry(code));
  }

  /** A handle of type {@link Export#callType} that calls {@code code.invoke} with the arguments in an array. */
  public static MethodHandle directEntry(FunctionCode code) {
    MethodHandle h = INVOKE.bindTo(code);
    int arity = code.arity();
    if (arity <= Export.MAX_DIRECT_ARITY) {
      h = h.asCollector(Object[].class, arity);
    }
    return h.asType(Export.callType(arity));
  }
}
