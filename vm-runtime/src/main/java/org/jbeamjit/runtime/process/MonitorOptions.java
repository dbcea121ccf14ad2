package org.jbeamjit.runtime.process;

import org.jbeamjit.runtime.error.ErlangException;
import org.jbeamjit.runtime.term.Atom;
import org.jbeamjit.runtime.term.Cons;
import org.jbeamjit.runtime.term.Nil;
import org.jbeamjit.runtime.term.Tuple;

/** The options of {@code monitor/3} and of spawn's {@code {monitor, Options}}: an alias and a tag. */
public final class MonitorOptions {
  static final Atom DOWN = Atom.of("DOWN");
  private static final Atom ALIAS = Atom.of("alias");
  private static final Atom TAG = Atom.of("tag");
  /** OTP's {@code error_info} cause for a bad option. */
  static final Atom BADOPT = Atom.of("badopt");

  public static final MonitorOptions DEFAULT = new MonitorOptions(Monitor.AliasMode.NONE, DOWN);

  final Monitor.AliasMode aliasMode;
  final Object tag;

  private MonitorOptions(Monitor.AliasMode aliasMode, Object tag) {
    this.aliasMode = aliasMode;
    this.tag = tag;
  }

  /** Reads an option list; {@code badarg} (cause {@code badopt}) if it is not a proper list of known options. */
  public static MonitorOptions parse(Object list) {
    Monitor.AliasMode mode = Monitor.AliasMode.NONE;
    Object tag = DOWN;
    Object l = list;
    while (l instanceof Cons c) {
      if (c.head instanceof Tuple t && t.arity() == 2 && t.get(0) == ALIAS) {
        mode = aliasMode(t.get(1));
      } else if (c.head instanceof Tuple t && t.arity() == 2 && t.get(0) == TAG) {
        tag = t.get(1);
      } else {
        throw ErlangException.badarg(BADOPT);
      }
      l = c.tail;
    }
    if (l != Nil.NIL) {
      throw ErlangException.badarg(BADOPT);
    }
    return mode == Monitor.AliasMode.NONE && tag == DOWN ? DEFAULT : new MonitorOptions(mode, tag);
  }

  private static Monitor.AliasMode aliasMode(Object a) {
    if (a instanceof Atom atom) {
      switch (atom.name()) {
        case "explicit_unalias":
          return Monitor.AliasMode.EXPLICIT_UNALIAS;
        case "demonitor":
          return Monitor.AliasMode.DEMONITOR;
        case "reply_demonitor":
          return Monitor.AliasMode.REPLY_DEMONITOR;
        default:
          break;
      }
    }
    throw ErlangException.badarg(BADOPT);
  }
}
