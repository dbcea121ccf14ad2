package org.jbeamjit.codegen.ops;

import org.jbeamjit.runtime.error.ErlangException;
import org.jbeamjit.runtime.process.ErlProcess;
import org.jbeamjit.runtime.term.Atom;
import org.jbeamjit.runtime.term.Atoms;
import org.jbeamjit.runtime.term.Tuple;

/**
 * The values {@code catch} and {@code try} hand to Erlang code. At a {@code try} handler the
 * registers hold {@code x0 = Class}, {@code x1 = Reason} and {@code x2} the "raw stack trace",
 * which here is the {@link ErlangException} itself: only {@code build_stacktrace} and
 * {@code raw_raise} ever look at it.
 */
public final class Exceptions {
  private static final Atom EXIT_TAG = Atom.of("EXIT");

  private Exceptions() {}

  /**
   * The value of {@code catch Expr} when {@code Expr} raised: the thrown term, {@code {'EXIT',
   * Reason}} for an exit, {@code {'EXIT', {Reason, Stacktrace}}} for an error.
   */
  public static Object catchValue(ErlangException e, ErlProcess p) {
    return catchValue(e, p, Integer.MAX_VALUE);
  }

  /** As {@link #catchValue(ErlangException, ErlProcess)}, caught at JVM stack depth {@code depth} ({@link CallerFrames#completeTrace(ErlangException, ErlProcess, int)}). */
  public static Object catchValue(ErlangException e, ErlProcess p, int depth) {
    Atom kind = e.kind();
    if (kind == Atoms.THROW) {
      return e.reason();
    } else if (kind == Atoms.EXIT) {
      return Tuple.of(EXIT_TAG, e.reason());
    }
    return Tuple.of(EXIT_TAG, Tuple.of(e.reason(), CallerFrames.completeTrace(e, p, depth)));
  }

  /** As {@link #catchValue(ErlangException, ErlProcess)}, with only the frames the exception collected itself. */
  public static Object catchValue(ErlangException e) {
    return e.kind() == Atoms.ERROR ? Tuple.of(EXIT_TAG, Tuple.of(e.reason(), e.stacktrace())) : catchValue(e, null);
  }

  /** As {@link #buildStacktrace(Object, ErlProcess)}, with only the frames the exception collected itself. */
  public static Object buildStacktrace(Object raw) {
    return raw instanceof ErlangException e ? e.stacktrace() : raw;
  }

  /**
   * {@code build_stacktrace}: the stack trace list of a raw stack trace, in the handler that
   * caught it (so the catching function's callers complete it).
   */
  public static Object buildStacktrace(Object raw, ErlProcess p) {
    return buildStacktrace(raw, p, Integer.MAX_VALUE);
  }

  /** As {@link #buildStacktrace(Object, ErlProcess)}, in a handler at JVM stack depth {@code depth}. */
  public static Object buildStacktrace(Object raw, ErlProcess p, int depth) {
    if (raw instanceof ErlangException e) {
      return CallerFrames.completeTrace(e, p, depth);
    }
    return raw; // already a list: made by raise/3 or an earlier build_stacktrace
  }

  /**
   * {@code raw_raise}: raises {@code Class:Reason} again with the raw stack trace of a caught
   * exception: the same exception when nothing changed, else one that keeps its frames and goes
   * on collecting them as it leaves (BEAM's raw trace already held those frames). An invalid
   * class makes it an {@code error:badarg}.
   */
  public static ErlangException rawRaise(Object kind, Object reason, Object raw) {
    if (kind != Atoms.ERROR && kind != Atoms.EXIT && kind != Atoms.THROW) {
      return ErlangException.badarg();
    }
    if (raw instanceof ErlangException e) {
      return e.kind() == kind && e.reason() == reason ? e : e.rethrownAs((Atom) kind, reason);
    }
    return ErlangException.withStacktrace((Atom) kind, reason, raw);
  }


  /**
   * {@code raise Trace Value}: rethrows the exception a handler caught ({@code Trace}, the raw
   * stack trace) with {@code Value} as its reason, keeping its class and stack trace.
   */
  public static ErlangException raise(Object raw, Object value) {
    return raw instanceof ErlangException e ? rawRaise(e.kind(), value, e)
        : ErlangException.withStacktrace(Atoms.ERROR, value, raw);
  }
}
