package org.jbeamjit.codegen.ops;

import org.jbeamjit.codegen.load.LoadedModule;
import org.jbeamjit.runtime.error.ErlangException;
import org.jbeamjit.runtime.term.Cons;
import org.jbeamjit.runtime.term.Nil;
import org.jbeamjit.runtime.term.Tuple;

/**
 * Adding a function's frame to an exception as it leaves (or is caught in) the function. Frames
 * are added where OTP's stack trace has them: by the function that raised ({@link #add}), and by
 * each function whose non-tail call the exception passes ({@link #addAtCall}); never at tail
 * calls (the caller's frame is gone in BEAM too), and never twice for the same function
 * activation. The callers of the function that catches are added only when the trace is looked
 * at ({@link CallerFrames}).
 */
public final class StackFrames {
  private StackFrames() {}

  /**
   * Adds the frame of function {@code index} of {@code m} at line-table index {@code lineIndex}
   * for an exception raised by an instruction of the function (a BIF call included: a BIF runs
   * in its caller's frame).
   */
  public static void add(ErlangException e, LoadedModule m, int index, int lineIndex) {
    if (!e.wantsFrame()) {
      return;
    }
    if (e instanceof DetailedError d && d.takeFirstFrame()) {
      Object args = d.args() != null ? d.args() : (Object) (long) m.function(index).arity();
      Object loc = append(m.location(lineIndex), d.extraLocation());
      e.addFrame(Tuple.of(m.name(), m.function(index).name(), args, loc));
      return;
    }
    e.addFrame(m.frame(index, lineIndex));
  }

  /**
   * Adds the frame of a non-tail call site the exception passes: {@code site} identifies it (see
   * {@link CallSite}; the same site repeated on the stack shows once). An error the call raised
   * itself (a bad fun) shows the frame as the raising location too, as in BEAM.
   */
  public static void addAtCall(ErlangException e, LoadedModule m, int index, int lineIndex, Object site) {
    if (!e.wantsFrame()) {
      return;
    }
    if (e instanceof CallError c) {
      int n = c.callerFrames(false);
      if (n == 0) {
        e.addCallSiteFrame(m.frame(index, lineIndex), site);
        return;
      }
      e.addFrame(m.frame(index, lineIndex));
      if (n > 1) {
        e.addCallSiteFrame(m.frame(index, lineIndex), site);
      }
      return;
    }
    e.addCallSiteFrame(m.frame(index, lineIndex), site);
  }

  /**
   * What an exception passing a tail call site of function {@code index} adds: nothing (the
   * function's frame is gone, as in BEAM), except for an error the call raised itself.
   */
  public static void addAtTailCall(ErlangException e, LoadedModule m, int index, int lineIndex) {
    if (e instanceof CallError c && c.callerFrames(true) > 0 && e.wantsFrame()) {
      e.addFrame(m.frame(index, lineIndex));
    }
  }

  private static Object append(Object list, Object tail) {
    if (tail == Nil.NIL) {
      return list;
    }
    if (list instanceof Cons c) {
      return new Cons(c.head, append(c.tail, tail));
    }
    return tail;
  }
}
