package org.jbeamjit.runtime.code;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import org.jbeamjit.runtime.error.ErlangException;
import org.jbeamjit.runtime.process.ErlProcess;
import org.jbeamjit.runtime.term.Atom;
import org.jbeamjit.runtime.term.Cons;
import org.jbeamjit.runtime.term.Nil;
import org.jbeamjit.runtime.term.Tuple;

/**
 * A call to an export that is not bound: load the module on demand and call again, or raise
 * {@code undef} with the call as the top stack frame, as OTP's error_handler does.
 */
public final class UndefinedFunction {
  /** Loads a module from the code path; {@code true} if it is loaded afterwards. */
  public interface Autoloader {
    boolean ensureLoaded(Atom module);

    /**
     * For a module that {@link #ensureLoaded} could not load because loading it runs Erlang code
     * (its {@code -on_load} function), the function to call instead as
     * {@code Handler(Module, Function, Args)}, as OTP calls {@code error_handler}; else {@code null}.
     */
    default FunctionCode deferredLoad(Atom module) {
      return null;
    }
  }

  private static final Atom UNDEF = Atom.of("undef");
  private static volatile Autoloader autoloader = module -> false;

  static final MethodHandle HANDLE;

  static {
    try {
      HANDLE = MethodHandles.lookup().findStatic(UndefinedFunction.class, "call",
          MethodType.methodType(Object.class, Export.class, ErlProcess.class, int.class, Object[].class));
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private UndefinedFunction() {}

  /** Installs what loads modules on demand (the code server, once one runs). */
  public static void setAutoloader(Autoloader loader) {
    autoloader = loader;
  }

  static Object call(Export e, ErlProcess p, int depth, Object[] args) {
    if (autoloader.ensureLoaded(e.module)) {
      FunctionCode code = e.code();
      if (code != null) {
        return code.invoke(p, depth, args);
      }
    }
    FunctionCode handler = autoloader.deferredLoad(e.module);
    if (handler != null) {
      return handler.invoke(p, depth, new Object[] {e.module, e.function, Cons.list(args)});
    }
    ErlangException undef = ErlangException.error(UNDEF);
    undef.addFrame(Tuple.of(e.module, e.function, Cons.list(args), Nil.NIL));
    throw undef;
  }
}
