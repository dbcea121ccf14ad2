package org.jbeamjit.launcher;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jbeamjit.codegen.ops.ErlStrings;
import org.jbeamjit.runtime.code.ExportTable;
import org.jbeamjit.runtime.code.FunctionCode;
import org.jbeamjit.runtime.error.ErlangException;
import org.jbeamjit.runtime.process.Continuation;
import org.jbeamjit.runtime.process.ErlProcess;
import org.jbeamjit.runtime.term.Atom;
import org.jbeamjit.runtime.term.Atoms;
import org.jbeamjit.runtime.term.Cons;
import org.jbeamjit.runtime.term.Nil;
import org.jbeamjit.runtime.term.Tuple;

/**
 * The code of the node's first process: makes the boot steps' calls
 * one after another, as OTP's {@code init} does for {@code -s}, {@code -run} and {@code -eval}.
 * It is Java code keeping the engines' contract: a call that yields leaves a heap frame that
 * carries on with the next call.
 */
final class BootSequence implements FunctionCode {
  private static final Atom OK = Atoms.OK;
  private static final Atom DOT = Atom.of("dot");

  /** A call to make, computed from the previous call's value. */
  private record Invocation(Atom module, Atom function, Object[] args) {}

  private final List<Function<Object, Invocation>> calls = new ArrayList<>();

  BootSequence(List<BootStep> steps) {
    for (BootStep s : steps) {
      if (s instanceof BootStep.Call c) {
        calls.add(prev -> new Invocation(c.module(), c.function(), c.args().toArray()));
      } else {
        String text = ((BootStep.Eval) s).expressions();
        calls.add(prev -> new Invocation(Atom.of("erl_scan"), Atom.of("string"), new Object[] {ErlStrings.of(text)}));
        calls.add(prev -> new Invocation(Atom.of("erl_parse"), Atom.of("parse_exprs"),
            new Object[] {endedByDot(expectOk(prev, 3, text))}));
        calls.add(prev -> new Invocation(Atom.of("erl_eval"), Atom.of("exprs"),
            new Object[] {expectOk(prev, 2, text), Nil.NIL}));
      }
    }
  }

  /** init ends an {@code -eval} expression with a dot when it has none, so {@code -eval 'halt()'} works. */
  private static Object endedByDot(Object tokens) {
    List<Object> list = new ArrayList<>();
    for (Object t = tokens; t instanceof Cons c; t = c.tail) {
      list.add(c.head);
    }
    if (!list.isEmpty() && list.get(list.size() - 1) instanceof Tuple last && last.get(0) == DOT) {
      return tokens;
    }
    list.add(Tuple.of(DOT, 1L));
    return Cons.fromList(list);
  }

  private static Object expectOk(Object result, int size, String text) {
    if (result instanceof Tuple t && t.arity() == size && t.get(0) == OK) {
      return t.get(1);
    }
    throw ErlangException.error(Tuple.of(Atom.of("eval_failed"), ErlStrings.of(text), result));
  }

  @Override
  public Object invoke(ErlProcess p, int depth, Object[] args) {
    return from(p, depth, 0, null);
  }

  private Object from(ErlProcess p, int depth, int i, Object value) {
    for (; i < calls.size(); i++) {
      Invocation c = calls.get(i).apply(value);
      Object r = ExportTable.entry(c.module, c.function, c.args.length).invoke(p, depth + 1, c.args);
      if (r == ErlProcess.YIELD) {
        return p.pushCaller(new Next(i + 1));
      }
      value = r;
    }
    return OK;
  }

  /** The heap frame: carry on with call {@code index}. */
  private final class Next extends Continuation {
    private final int index;

    Next(int index) {
      this.index = index;
    }

    @Override
    public Object resume(ErlProcess p, Object value) {
      return from(p, 0, index, value);
    }

    @Override
    public Object resumeException(ErlProcess p, ErlangException e) {
      throw e;
    }
  }

  @Override
  public int arity() {
    return 0;
  }
}
