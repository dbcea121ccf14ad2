package org.jbeamjit.codegen.testing;

import org.jbeamjit.runtime.code.ExportTable;
import org.jbeamjit.runtime.code.FunctionCode;
import org.jbeamjit.runtime.error.ErlangException;
import org.jbeamjit.runtime.process.ErlProcess;
import org.jbeamjit.runtime.term.Atom;

/** Runs Erlang code in a process driven by hand, slice after slice, as a test wants. */
public final class Runs {
  private Runs() {}

  /** What a run ended in, and how many time slices it took. */
  public record Outcome(Object value, ErlangException failure, int slices) {
    public Object valueOrThrow() {
      if (failure != null) {
        throw failure;
      }
      return value;
    }
  }

  /** Calls {@code module:function(args...)} in a fresh process until it returns or fails. */
  public static Outcome call(String module, String function, Object... args) {
    FunctionCode code = ExportTable.entry(Atom.of(module), Atom.of(function), args.length).code();
    if (code == null) {
      throw new IllegalArgumentException(module + ":" + function + "/" + args.length + " is not loaded");
    }
    return run(new ErlProcess(code, args));
  }

  /** Runs {@code p} until it returns or fails; fails the test if it waits for a message. */
  public static Outcome run(ErlProcess p) {
    int slices = 0;
    while (true) {
      ErlProcess.SliceEnd end = p.runSlice();
      slices++;
      switch (end) {
        case RETURNED:
          return new Outcome(p.result(), null, slices);
        case FAILED:
          return new Outcome(null, p.failure(), slices);
        case PREEMPTED:
          continue;
        default:
          throw new AssertionError("the process ended its slice " + end);
      }
    }
  }
}
