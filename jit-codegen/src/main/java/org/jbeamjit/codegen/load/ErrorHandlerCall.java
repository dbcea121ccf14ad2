package org.jbeamjit.codegen.load;

import org.jbeamjit.runtime.code.Export;
import org.jbeamjit.runtime.code.ExportTable;
import org.jbeamjit.runtime.code.FunctionCode;
import org.jbeamjit.runtime.code.UndefinedFunction;
import org.jbeamjit.runtime.error.ErlangException;
import org.jbeamjit.runtime.process.ErlProcess;
import org.jbeamjit.runtime.term.Atom;
import org.jbeamjit.runtime.term.Nil;
import org.jbeamjit.runtime.term.Tuple;

/**
 * A call to an unbound export in a node that boots OTP: BEAM calls
 * {@code Handler:undefined_function(Module, Function, Args)}, where {@code Handler} is the
 * process's {@code error_handler} flag ({@code error_handler} unless changed), and raises
 * {@code undef} when that function is not loaded (as before kernel's {@code error_handler} is).
 * OTP's {@code error_handler} then asks OTP's code server to load the module.
 */
final class ErrorHandlerCall implements FunctionCode {
  private static final Atom ERROR_HANDLER = Atom.of("error_handler");
  private static final Atom UNDEFINED_FUNCTION = Atom.of("undefined_function");
  private static final Atom UNDEFINED_LAMBDA = Atom.of("undefined_lambda");
  private static final Atom UNDEF = Atom.of("undef");

  static final UndefinedFunction.Autoloader AUTOLOADER = new UndefinedFunction.Autoloader() {
    @Override
    public boolean ensureLoaded(Atom module) {
      return false;
    }

    @Override
    public FunctionCode deferredLoad(Atom module) {
      return INSTANCE;
    }
  };

  private static final ErrorHandlerCall INSTANCE = new ErrorHandlerCall();

  private ErrorHandlerCall() {}

  /**
   * {@code Handler:undefined_lambda/3} of {@code p}'s error handler, called as
   * {@code (Module, Fun, ArgList)} for a fun whose module is not loaded, or {@code null} if it is
   * not loaded.
   */
  static FunctionCode undefinedLambda(ErlProcess p) {
    Export e = ExportTable.entry((Atom) p.otherFlag(ERROR_HANDLER, ERROR_HANDLER), UNDEFINED_LAMBDA, 3);
    return e.code();
  }

  /** {@code args} is {@code [Module, Function, ArgList]}. */
  @Override
  public Object invoke(ErlProcess p, int depth, Object[] args) {
    Object handler = p.otherFlag(ERROR_HANDLER, ERROR_HANDLER);
    Export e = ExportTable.entry((Atom) handler, UNDEFINED_FUNCTION, 3);
    if (e.code() == null) {
      ErlangException undef = ErlangException.error(UNDEF);
      undef.addFrame(Tuple.of(args[0], args[1], args[2], Nil.NIL));
      throw undef;
    }
    return e.invoke(p, depth, args);
  }

  @Override
  public int arity() {
    return 3;
  }
}
