package org.jbeamjit.codegen.ops;

import java.util.ArrayList;
import java.util.List;
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
    // 'none' and other non-lists: the frame shows the arity (and still gets the error_info)
    return new DetailedError(Atoms.ERROR, reason, isProperList(args) ? args : null, extraLocation);
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
   * {@code raise(Class, Reason, Stacktrace)}: raises with exactly that stack trace, its frames
   * given a location list where they lack one ({@code {M,F,A}}, {@code {Fun,A}}). With an invalid
   * class or stack trace it returns {@code badarg} instead, as OTP does.
   */
  @Bif(name = "raise")
  public static Object raise(Object kind, Object reason, Object stacktrace) {
    Object trace = kind == Atoms.ERROR || kind == Atoms.EXIT || kind == Atoms.THROW ? normalized(stacktrace) : null;
    if (trace == null) {
      return Atoms.BADARG;
    }
    throw ErlangException.withStacktrace((Atom) kind, reason, trace);
  }

  /** The stack trace with every frame in its four (or three, for a fun) element form, or {@code null} if it is not one. */
  private static Object normalized(Object t) {
    List<Object> frames = new ArrayList<>();
    while (t instanceof Cons c) {
      Object f = frame(c.head);
      if (f == null) {
        return null;
      }
      frames.add(f);
      t = c.tail;
    }
    return t == Nil.NIL ? Cons.fromList(frames) : null;
  }

  private static Object frame(Object f) {
    if (!(f instanceof Tuple t)) {
      return null;
    }
    boolean fun = t.arity() > 0 && t.get(0) instanceof org.jbeamjit.runtime.term.Fun;
    if (fun) {
      return switch (t.arity()) {
        case 2 -> Tuple.of(t.get(0), t.get(1), Nil.NIL);
        case 3 -> isList(t.get(2)) ? t : null;
        default -> null;
      };
    }
    if (t.arity() < 3 || t.arity() > 4 || !(t.get(0) instanceof Atom) || !(t.get(1) instanceof Atom)) {
      return null;
    }
    if (t.arity() == 3) {
      return Tuple.of(t.get(0), t.get(1), t.get(2), Nil.NIL);
    }
    return isList(t.get(3)) ? t : null;
  }

  private static boolean isList(Object t) {
    return t == Nil.NIL || t instanceof Cons;
  }

  private static boolean isProperList(Object t) {
    while (t instanceof Cons c) {
      t = c.tail;
    }
    return t == Nil.NIL;
  }
}
