package org.jbeamjit.runtime.process;

import org.jbeamjit.runtime.code.ExportTable;
import org.jbeamjit.runtime.error.ErlangException;
import org.jbeamjit.runtime.term.Atom;
import org.jbeamjit.runtime.term.Cons;
import org.jbeamjit.runtime.term.Nil;
import org.jbeamjit.runtime.term.Tuple;

/**
 * The first frame of a spawned process, or the only frame of a hibernating one:
 * {@code apply(M, F, Args)}. {@code erlang:apply/2}, which every spawn of a fun starts in, is
 * called here directly rather than through its export.
 */
public final class InitialCall extends Continuation {
  private static final Atom ERLANG = Atom.of("erlang");
  private static final Atom APPLY = Atom.of("apply");
  private static final Tuple HIBERNATE = Tuple.of(ERLANG, Atom.of("hibernate"), 3L);

  private final Atom module;
  private final Atom function;
  private final Object[] args;
  private final boolean wakeUp;

  public InitialCall(Atom module, Atom function, Object[] args) {
    this(module, function, args, false);
  }

  private InitialCall(Atom module, Atom function, Object[] args, boolean wakeUp) {
    this.module = module;
    this.function = function;
    this.args = args;
    this.wakeUp = wakeUp;
  }

  /** The frame {@code erlang:hibernate(M, F, Args)} leaves: until a message comes, the process is in hibernate/3. */
  public static InitialCall wakeUp(Atom module, Atom function, Object[] args) {
    return new InitialCall(module, function, args, true);
  }

  @Override
  public Object function() {
    return wakeUp ? HIBERNATE : null;
  }

  @Override
  public Object resume(ErlProcess p, Object ignored) {
    if (module == ERLANG && function == APPLY && args.length == 2) {
      return FunCalls.apply(p, 0, args[0], listToArray(args[1]));
    }
    return ExportTable.entry(module, function, args.length).invoke(p, 0, args);
  }

  @Override
  public Object resumeException(ErlProcess p, ErlangException e) {
    throw new IllegalStateException("exception resumed into a call not yet started", e);
  }

  private static Object[] listToArray(Object list) {
    int n = 0;
    for (Object l = list; l instanceof Cons c; l = c.tail) {
      n++;
    }
    Object[] out = new Object[n];
    Object l = list;
    for (int i = 0; i < n; i++) {
      Cons c = (Cons) l;
      out[i] = c.head;
      l = c.tail;
    }
    if (l != Nil.NIL) {
      throw ErlangException.badarg();
    }
    return out;
  }
}
