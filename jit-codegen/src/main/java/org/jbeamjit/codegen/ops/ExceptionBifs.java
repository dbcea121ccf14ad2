package org.jbeamjit.codegen.ops;

import org.jbeamjit.runtime.bif.Bif;
import org.jbeamjit.runtime.error.ErlangException;
import org.jbeamjit.runtime.term.Atom;
import org.jbeamjit.runtime.term.Atoms;
import org.jbeamjit.runtime.term.Cons;
import org.jbeamjit.runtime.term.Nil;
import org.jbeamjit.runtime.term.Tuple;

/**
 * The BIFs that raise: their exception carries the caller's frame first, never a frame of their
 * own, and {@code error/2,3} put their arguments (and {@code error_info}) into that frame.
 */
public final class ExceptionBifs {
  private static final Atom ERROR_INFO = Atom.of("error_info");

  private ExceptionBifs() {}

  @Bif(name = "error")
  public static Object error(Object reason) {
    throw ErlangException.error(reason);
  }

  @Bif(name = "error")
  public static Object error(Object reason, Object args) {
    throw withArgs(reason, args, Nil.NIL);
  }

  /** {@code error(Reason, Args, [{error_info, Map}])}: the map is added to the caller's location. */
  @Bif(name = "error")
  public static Object error(Object reason, Object args, Object options) {
    Object extra = Nil.NIL;
    for (Object o = options; o instanceof Cons c; o = c.tail) {
      if (c.head instanceof Tuple t && t.arity() == 2 && t.get(0) == ERROR_INFO) {
        extra = Cons.list(t);
      }
    }
    throw withArgs(reason, args, extra);
  }

  private static ErlangException withArgs(Object reason, Object args, Object extraLocation) {
    if (!isProperList(args)) {
      return ErlangException.error(reason); // 'none' and other non-lists: the frame shows the arity
    }
    return new DetailedError(Atoms.ERROR, reason, args, extraLocation);
  }

  @Bif(name = "exit")
  public static Object exit(Object reason) {
    throw ErlangException.exit(reason);
  }

  @Bif(name = "throw")
  public static Object throwTerm(Object reason) {
    throw ErlangException.throwTerm(reason);
  }

  /** What a BIF stub in a module with NIFs runs when its NIF is not loaded. */
  @Bif(name = "nif_error")
  public static Object nifError(Object reason) {
    throw ErlangException.error(reason);
  }

  @Bif(name = "nif_error")
  public static Object nifError(Object reason, Object args) {
    throw withArgs(reason, args, Nil.NIL);
  }

  /**
   * {@code raise(Class, Reason, Stacktrace)}: raises with exactly that stack trace. With an invalid
   * class or stack trace it returns {@code badarg} instead, as OTP does.
   */
  @Bif(name = "raise")
  public static Object raise(Object kind, Object reason, Object stacktrace) {
    if ((kind != Atoms.ERROR && kind != Atoms.EXIT && kind != Atoms.THROW) || !isStacktrace(stacktrace)) {
      return Atoms.BADARG;
    }
    throw ErlangException.withStacktrace((Atom) kind, reason, stacktrace);
  }

  private static boolean isProperList(Object t) {
    while (t instanceof Cons c) {
      t = c.tail;
    }
    return t == Nil.NIL;
  }

  /** A proper list of {@code {M,F,ArityOrArgs,Location}} or {@code {Fun,ArityOrArgs,Location}} frames. */
  private static boolean isStacktrace(Object t) {
    while (t instanceof Cons c) {
      if (!(c.head instanceof Tuple f)) {
        return false;
      }
      boolean ok;
      if (f.arity() == 4) {
        ok = f.get(0) instanceof Atom && f.get(1) instanceof Atom && isArityOrArgs(f.get(2)) && isProperList(f.get(3));
      } else if (f.arity() == 3) {
        ok = f.get(0) instanceof org.jbeamjit.runtime.term.Fun && isArityOrArgs(f.get(1)) && isProperList(f.get(2));
      } else {
        ok = false;
      }
      if (!ok) {
        return false;
      }
      t = c.tail;
    }
    return t == Nil.NIL;
  }

  private static boolean isArityOrArgs(Object t) {
    return (t instanceof Long l && l >= 0 && l <= 255) || isProperList(t);
  }
}
