package org.jbeamjit.runtime.process;

import org.jbeamjit.runtime.error.ErlangException;
import org.jbeamjit.runtime.term.Atom;
import org.jbeamjit.runtime.term.Atoms;
import org.jbeamjit.runtime.term.Cons;
import org.jbeamjit.runtime.term.Nil;
import org.jbeamjit.runtime.term.Pid;
import org.jbeamjit.runtime.term.Port;
import org.jbeamjit.runtime.term.Ref;
import org.jbeamjit.runtime.term.Tuple;

/**
 * What the message-passing and signal BIFs do, with OTP's argument checks: {@code send},
 * {@code link}/{@code unlink}, {@code exit/2}, {@code monitor}/{@code demonitor} and aliases.
 * {@code self} is always the calling process, on its own thread.
 */
public final class Signals {
  private static final Atom NOCONNECT = Atom.of("noconnect");
  private static final Atom NOSUSPEND = Atom.of("nosuspend");
  private static final Atom NOCONNECTION = Atom.of("noconnection");
  private static final Atom PROCESS = Atom.of("process");
  private static final Atom PORT = Atom.of("port");
  private static final Atom TIME_OFFSET = Atom.of("time_offset");
  private static final Atom CLOCK_SERVICE = Atom.of("clock_service");
  private static final Atom FLUSH = Atom.of("flush");
  private static final Atom INFO = Atom.of("info");
  private static final Atom EXPLICIT_UNALIAS = Atom.of("explicit_unalias");
  private static final Atom REPLY = Atom.of("reply");

  private Signals() {}

  /** The live local process {@code pid} names, or {@code null}. */
  public static ErlProcess process(Pid pid) {
    return ProcessTable.get().lookup(pid);
  }

  /**
   * {@code Dest ! Msg} and {@code erlang:send/2}: to a pid, a registered name, {@code {Name,
   * Node}} or an alias. Sending to a name nobody has is {@code badarg}; a message to a process
   * that is gone is dropped.
   */
  public static Object send(ErlProcess self, Object dest, Object message) {
    if (!deliver(self, dest, message)) {
      throw ErlangException.badarg();
    }
    return message;
  }

  /** {@code erlang:send/3}: as send/2, answering {@code ok} ({@code noconnect} and {@code nosuspend} change nothing locally). */
  public static Object send(ErlProcess self, Object dest, Object message, Object options) {
    Object l = options;
    while (l instanceof Cons c) {
      if (c.head != NOCONNECT && c.head != NOSUSPEND) {
        throw ErlangException.badarg(MonitorOptions.BADOPT);
      }
      l = c.tail;
    }
    if (l != Nil.NIL) {
      throw ErlangException.badarg(MonitorOptions.BADOPT);
    }
    send(self, dest, message);
    return Atoms.OK;
  }

  /** Delivers a message; {@code false} when {@code dest} is not something one can send to. */
  private static boolean deliver(ErlProcess self, Object dest, Object message) {
    if (dest instanceof Pid pid) {
      ErlProcess p = pid == self.pid() ? self : process(pid);
      if (p != null) {
        p.send(message);
      }
      return true;
    } else if (dest instanceof Atom name) {
      ErlProcess p = RegisteredNames.whereis(name);
      if (p == null) {
        return Ports.sendToName(self, name, message);
      }
      p.send(message);
      return true;
    } else if (dest instanceof Tuple t && t.arity() == 2 && t.get(0) instanceof Atom name
        && t.get(1) instanceof Atom node) {
      if (node == LocalNode.NAME) {
        ErlProcess p = RegisteredNames.whereis(name);
        if (p != null) {
          p.send(message);
        } else {
          Ports.sendToName(self, name, message);
        }
      }
      return true; // to a name on another node: dropped, as no node is connected
    } else if (dest instanceof Ref ref) {
      Aliases.send(ref, message);
      return true;
    } else if (dest instanceof Port port) {
      Ports.send(self, port, message);
      return true;
    }
    return false;
  }

  /** {@code link/1}. */
  public static Object link(ErlProcess self, Object target) {
    if (target instanceof Pid pid) {
      ErlProcess p = process(pid);
      if (p == self) {
        return Atoms.TRUE;
      }
      if (p == null) {
        linkToNobody(self, pid);
      } else {
        self.link(p);
      }
      return Atoms.TRUE;
    } else if (target instanceof Port port) {
      if (!Ports.link(self, port)) {
        linkToNobody(self, port);
      }
      return Atoms.TRUE;
    }
    throw ErlangException.badarg();
  }

  /** A link to a process that does not exist: {@code noproc}, as an error or (trapping) a message. */
  private static void linkToNobody(ErlProcess self, Object target) {
    if (!self.trapExit()) {
      throw ErlangException.error(Signal.NOPROC);
    }
    self.send(Tuple.of(Atom.of("EXIT"), target, Signal.NOPROC));
  }

  /** {@code unlink/1}. */
  public static Object unlink(ErlProcess self, Object target) {
    if (target instanceof Pid pid) {
      ErlProcess p = process(pid);
      if (p != null) {
        self.unlink(p);
      }
      return Atoms.TRUE;
    } else if (target instanceof Port port) {
      Ports.unlink(self, port);
      return Atoms.TRUE;
    }
    throw ErlangException.badarg();
  }

  /** {@code exit/2}: sends an exit signal; to itself it acts at once. */
  public static Object exit(ErlProcess self, Object target, Object reason) {
    if (target instanceof Pid pid) {
      ErlProcess p = pid.equals(self.pid()) ? self : process(pid);
      if (p != null) {
        self.sendExit(p, reason);
      }
      return Atoms.TRUE;
    } else if (target instanceof Port port) {
      Ports.exit(self, port, reason);
      return Atoms.TRUE;
    }
    throw ErlangException.badarg();
  }

  /** {@code monitor/2,3}. */
  public static Object monitor(ErlProcess self, Object type, Object item, MonitorOptions options) {
    Ref ref = LocalNode.makeRef();
    if (type == PROCESS) {
      monitorProcess(self, ref, item, options);
    } else if (type == PORT) {
      if (!(item instanceof Port) && !(item instanceof Atom) && !isNameAtNode(item)) {
        throw ErlangException.badarg();
      }
      Object shown = item instanceof Atom name ? Tuple.of(name, LocalNode.NAME) : item;
      Ports.monitor(self, ref, item, shown, options.tag, options.aliasMode);
    } else if (type == TIME_OFFSET && item == CLOCK_SERVICE) {
      self.monitor(new Monitor(ref, null, TIME_OFFSET, item, options.tag, options.aliasMode));
    } else if (type == TIME_OFFSET) {
      throw ErlangException.badarg();
    } else {
      throw ErlangException.badarg(Atom.of("badtype")); // OTP's error_info cause
    }
    return ref;
  }

  private static void monitorProcess(ErlProcess self, Ref ref, Object item, MonitorOptions o) {
    ErlProcess target;
    Object shown;
    Object reason = Signal.NOPROC;
    if (item instanceof Pid pid) {
      target = process(pid);
      shown = pid;
      if (target == null && !LocalNode.isLocal(pid)) {
        reason = NOCONNECTION;
      }
    } else if (item instanceof Atom name) {
      target = RegisteredNames.whereis(name);
      shown = Tuple.of(name, LocalNode.NAME);
    } else if (isNameAtNode(item)) {
      Tuple t = (Tuple) item;
      target = t.get(1) == LocalNode.NAME ? RegisteredNames.whereis((Atom) t.get(0)) : null;
      shown = item;
      if (t.get(1) != LocalNode.NAME) {
        reason = NOCONNECTION;
      }
    } else {
      throw ErlangException.badarg();
    }
    if (target == self) {
      return; // a process does not monitor itself: there would be no one to tell
    }
    Monitor m = new Monitor(ref, target, PROCESS, shown, o.tag, o.aliasMode);
    if (target == null) {
      if (o.aliasMode == Monitor.AliasMode.EXPLICIT_UNALIAS) {
        self.addAlias(ref, false);
      }
      self.send(Tuple.of(o.tag, ref, PROCESS, shown, reason));
    } else {
      self.monitor(m);
    }
  }

  private static boolean isNameAtNode(Object item) {
    return item instanceof Tuple t && t.arity() == 2 && t.get(0) instanceof Atom && t.get(1) instanceof Atom;
  }

  /** {@code demonitor/1}. */
  public static Object demonitor(ErlProcess self, Object ref) {
    if (!(ref instanceof Ref r)) {
      throw ErlangException.badarg();
    }
    self.demonitor(r);
    return Atoms.TRUE;
  }

  /** {@code demonitor/2} with {@code flush} and {@code info}. */
  public static Object demonitor(ErlProcess self, Object ref, Object options) {
    if (!(ref instanceof Ref r)) {
      throw ErlangException.badarg();
    }
    boolean flush = false;
    boolean info = false;
    Object l = options;
    while (l instanceof Cons c) {
      if (c.head == FLUSH) {
        flush = true;
      } else if (c.head == INFO) {
        info = true;
      } else {
        throw ErlangException.badarg();
      }
      l = c.tail;
    }
    if (l != Nil.NIL) {
      throw ErlangException.badarg();
    }
    boolean found = self.demonitor(r);
    if (flush) {
      self.mailbox().removeFirst(m -> m instanceof Tuple t && t.arity() == 5 && r.equals(t.get(1)));
    }
    return info ? Atoms.bool(found) : Atoms.TRUE;
  }

  /** {@code alias/1}. */
  public static Object alias(ErlProcess self, Object options) {
    boolean reply = false;
    Object l = options;
    while (l instanceof Cons c) {
      if (c.head == REPLY) {
        reply = true;
      } else if (c.head != EXPLICIT_UNALIAS) {
        throw ErlangException.badarg();
      }
      l = c.tail;
    }
    if (l != Nil.NIL) {
      throw ErlangException.badarg();
    }
    Ref ref = LocalNode.makeRef();
    self.addAlias(ref, reply);
    return ref;
  }

  /** {@code unalias/1}. */
  public static Object unalias(ErlProcess self, Object alias) {
    if (!(alias instanceof Ref r)) {
      throw ErlangException.badarg();
    }
    return Atoms.bool(self.dropAlias(r));
  }
}
