package org.jbeamjit.runtime.bif;

import java.util.List;
import org.jbeamjit.runtime.error.ErlangException;
import org.jbeamjit.runtime.process.ErlProcess;
import org.jbeamjit.runtime.process.LocalNode;
import org.jbeamjit.runtime.process.Ports;
import org.jbeamjit.runtime.process.RegisteredNames;
import org.jbeamjit.runtime.process.Signals;
import org.jbeamjit.runtime.term.Atom;
import org.jbeamjit.runtime.term.Atoms;
import org.jbeamjit.runtime.term.Cons;
import org.jbeamjit.runtime.term.Pid;
import org.jbeamjit.runtime.term.Port;

/** Registered names, of processes and of ports. */
public final class RegistryBifs {
  private static final Atom NONE = Atom.of("none");
  private static final Atom NOTALIVE = Atom.of("notalive");
  private static final Atom REGISTERED_NAME = Atom.of("registered_name");

  private RegistryBifs() {}

  /** Fails with OTP's {@code error_info} cause: {@code notalive}, {@code registered_name} or {@code none}. */
  @Bif(name = "register")
  public static Object register(ErlProcess p, Object name, Object pid) {
    if (name instanceof Atom n && n != Atoms.UNDEFINED && pid instanceof Port port) {
      if (!Ports.register(n, port)) {
        throw ErlangException.badarg(Ports.isOpen(port) ? NONE : NOTALIVE);
      }
      return Atoms.TRUE;
    }
    if (!(name instanceof Atom n) || n == Atoms.UNDEFINED || !(pid instanceof Pid x) || !LocalNode.isLocal(x)) {
      throw ErlangException.badarg(NONE);
    }
    ErlProcess target = x.equals(p.pid()) ? p : Signals.process(x);
    if (target == null || !target.isAlive()) {
      throw ErlangException.badarg(NOTALIVE);
    }
    if (target.registeredName() != null) {
      throw ErlangException.badarg(REGISTERED_NAME);
    }
    if (Ports.whereis(n) != null || !RegisteredNames.register(n, target)) {
      // a name taken, or a process that exited or got a name meanwhile
      throw ErlangException.badarg(target.isAlive() ? NONE : NOTALIVE);
    }
    return Atoms.TRUE;
  }

  @Bif(name = "unregister")
  public static Object unregister(Object name) {
    if (!RegisteredNames.unregister(Args.atom(name)) && !Ports.unregister((Atom) name)) {
      throw ErlangException.badarg();
    }
    return Atoms.TRUE;
  }

  @Bif(name = "whereis")
  public static Object whereis(Object name) {
    ErlProcess p = RegisteredNames.whereis(Args.atom(name));
    if (p == null) {
      Port port = Ports.whereis((Atom) name);
      return port == null ? Atoms.UNDEFINED : port;
    }
    return p.pid();
  }

  @Bif(name = "registered")
  public static Object registered() {
    List<Atom> names = new java.util.ArrayList<>(RegisteredNames.registered());
    names.addAll(Ports.registered());
    return Cons.fromList(names);
  }
}
