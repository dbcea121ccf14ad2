package org.jbeamjit.codegen.load;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.function.Supplier;
import org.jbeamjit.runtime.code.Export;
import org.jbeamjit.runtime.code.FunctionCode;
import org.jbeamjit.runtime.process.ErlProcess;

/**
 * One function of a module version as an engine made it: the generic entry ({@link #code},
 * arguments in an array) and the direct one ({@link #direct}, of type {@link Export#callType} of
 * its arity) that export call sites link to.
 *
 * <p>The direct entry may be made at its first use: making method handles is slow on a cold JVM,
 * and most functions a booted node loads are never linked to by a call site.
 */
public final class CompiledFunction {
  private static final MethodHandle INVOKE;

  static {
    try {
      INVOKE = MethodHandles.publicLookup().findVirtual(FunctionCode.class, "invoke",
          MethodType.methodType(Object.class, ErlProcess.class, int.class, Object[].class));
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private final FunctionCode code;
  private final Supplier<MethodHandle> maker;
  private volatile MethodHandle direct;

  public CompiledFunction(FunctionCode code, MethodHandle direct) {
    this.code = code;
    this.maker = null;
    this.direct = checked(code, direct);
  }

  private CompiledFunction(FunctionCode code, Supplier<MethodHandle> maker) {
    this.code = code;
    this.maker = maker;
  }

  /** A function whose direct entry {@code maker} makes at the first {@link #direct}. */
  public static CompiledFunction lazy(FunctionCode code, Supplier<MethodHandle> maker) {
    return new CompiledFunction(code, maker);
  }

  /** A function whose only entry is {@link FunctionCode#invoke}: the direct entry collects the arguments into an array. */
  public static CompiledFunction of(FunctionCode code) {
    return lazy(code, () -> directEntry(code));
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

  public FunctionCode code() {
    return code;
  }

  public MethodHandle direct() {
    MethodHandle h = direct;
    if (h == null) {
      synchronized (this) {
        h = direct;
        if (h == null) {
          h = checked(code, maker.get());
          direct = h;
        }
      }
    }
    return h;
  }

  private static MethodHandle checked(FunctionCode code, MethodHandle direct) {
    if (!direct.type().equals(Export.callType(code.arity()))) {
      throw new IllegalArgumentException("direct entry of " + code + " has type " + direct.type());
    }
    return direct;
  }

  @Override
  public String toString() {
    return "CompiledFunction[" + code + "]";
  }
}
