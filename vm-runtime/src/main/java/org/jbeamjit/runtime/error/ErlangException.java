package org.jbeamjit.runtime.error;

import java.util.ArrayList;
import java.util.List;
import org.jbeamjit.runtime.term.Atom;
import org.jbeamjit.runtime.term.Atoms;
import org.jbeamjit.runtime.term.Cons;
import org.jbeamjit.runtime.term.Nil;

/**
 * An Erlang exception in flight: its class ({@code error}, {@code exit} or {@code throw}), its
 * reason and its Erlang stack trace. No Java stack trace is captured, so raising one in a loop
 * stays cheap. Erlang frames ({@code {M,F,ArityOrArgs,Location}}) are added as the exception
 * passes each non-tail call site, innermost first, up to OTP's default depth of 8.
 */
public class ErlangException extends RuntimeException {
  /** OTP's default {@code backtrace_depth}. */
  public static final int BACKTRACE_DEPTH = 8;
  /** The largest {@code backtrace_depth} OTP keeps; a larger request is cut to it. */
  public static final int MAX_BACKTRACE_DEPTH = 64;
  /** The node's {@code backtrace_depth} ({@code erlang:system_flag/2}): frames a stack trace keeps. */
  private static volatile int backtraceDepth = BACKTRACE_DEPTH;

  private final Atom kind;
  private final Object reason;
  private List<Object> frames;
  /** A stack trace given whole (by {@code erlang:raise/3} or a rethrow): no frames are added. */
  private Object givenStacktrace;
  /** What identifies the call site of the last frame added, if it came from one. */
  private Object lastCallSite;
  /** The {@code cause} of a failed BIF's {@code error_info} map, or {@code null} for none. */
  private Object errorInfoCause;

  public ErlangException(Atom kind, Object reason) {
    super(null, null, false, false);
    this.kind = kind;
    this.reason = reason;
  }

  public static ErlangException error(Object reason) {
    return new ErlangException(Atoms.ERROR, reason);
  }

  public static ErlangException exit(Object reason) {
    return new ErlangException(Atoms.EXIT, reason);
  }

  public static ErlangException throwTerm(Object reason) {
    return new ErlangException(Atoms.THROW, reason);
  }

  public static ErlangException badarg() {
    return error(Atoms.BADARG);
  }

  /**
   * {@code badarg} from a BIF that tells why, as OTP 25 does for some BIFs ({@code badopt},
   * {@code badtype}, {@code notalive}, ...): the BIF's frame gets {@code cause => Cause} in its
   * {@code error_info}, which {@code erl_erts_errors} reads to say which argument is wrong.
   */
  public static ErlangException badarg(Atom cause) {
    ErlangException e = badarg();
    e.errorInfoCause = cause;
    return e;
  }

  public static ErlangException badarith() {
    return error(Atoms.BADARITH);
  }

  public static ErlangException systemLimit() {
    return error(Atoms.SYSTEM_LIMIT);
  }

  /** An exception with a complete stack trace, as {@code erlang:raise/3} makes. */
  public static ErlangException withStacktrace(Atom kind, Object reason, Object stacktrace) {
    ErlangException e = new ErlangException(kind, reason);
    e.givenStacktrace = stacktrace;
    return e;
  }

  /**
   * This exception raised again as {@code Kind:Reason} from where it was caught (a rethrow of a
   * raw stack trace): the new exception has the frames collected so far and goes on collecting
   * them as it leaves, so its trace ends up the one the original would have had.
   */
  public ErlangException rethrownAs(Atom kind, Object reason) {
    ErlangException e = new ErlangException(kind, reason);
    e.givenStacktrace = givenStacktrace;
    e.frames = frames == null ? null : new ArrayList<>(frames);
    e.lastCallSite = lastCallSite;
    return e;
  }

  /** {@code error}, {@code exit} or {@code throw}. */
  public Atom kind() {
    return kind;
  }

  public Object reason() {
    return reason;
  }

  /** The {@code cause} for the failed BIF's {@code error_info}, or {@code null}. */
  public Object errorInfoCause() {
    return errorInfoCause;
  }

  /** The number of frames a stack trace keeps ({@code system_flag(backtrace_depth, _)}). */
  public static int backtraceDepth() {
    return backtraceDepth;
  }

  /** Sets {@link #backtraceDepth()}, cut to {@link #MAX_BACKTRACE_DEPTH}; returns the old depth. */
  public static int setBacktraceDepth(int depth) {
    int old = backtraceDepth;
    backtraceDepth = Math.min(depth, MAX_BACKTRACE_DEPTH);
    return old;
  }

  /** Whether another frame would be recorded: lets a call site skip building one. */
  public boolean wantsFrame() {
    return givenStacktrace == null && (frames == null || frames.size() < backtraceDepth);
  }

  /** Records the next frame outwards, a {@code {M,F,ArityOrArgs,Location}} tuple. */
  public void addFrame(Object frame) {
    if (wantsFrame()) {
      if (frames == null) {
        frames = new ArrayList<>(4);
      }
      frames.add(frame);
      lastCallSite = null;
    }
  }

  /**
   * Records the frame of a call site the exception passes, unless the last frame came from the
   * same site: BEAM's stack trace shows a return address repeated on the stack (a recursion) once.
   * {@code callSite} is any object whose {@code equals} tells sites apart.
   */
  public void addCallSiteFrame(Object frame, Object callSite) {
    if (wantsFrame() && !callSite.equals(lastCallSite)) {
      addFrame(frame);
      lastCallSite = callSite;
    }
  }

  /** The call site of the last frame recorded, or {@code null} if that frame came from no call site. */
  public Object lastCallSite() {
    return lastCallSite;
  }

  /** The stack trace as an Erlang list, innermost frame first. */
  public Object stacktrace() {
    if (givenStacktrace != null) {
      return givenStacktrace;
    }
    return frames == null ? Nil.NIL : Cons.fromList(frames);
  }

  @Override
  public String getMessage() {
    return kind + ":" + reason;
  }
}
