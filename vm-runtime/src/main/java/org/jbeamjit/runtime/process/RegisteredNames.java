package org.jbeamjit.runtime.process;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import org.jbeamjit.runtime.term.Atom;
import org.jbeamjit.runtime.term.Atoms;

/** The node's registered process names ({@code register/2}, {@code whereis/1}, sending to a name). */
public final class RegisteredNames {
  private static final ConcurrentHashMap<Atom, ErlProcess> NAMES = new ConcurrentHashMap<>();

  private RegisteredNames() {}

  /**
   * Registers {@code p} as {@code name}; {@code false} (OTP's {@code badarg}) if the name is
   * {@code undefined} or taken, or the process has a name already or has exited.
   */
  public static boolean register(Atom name, ErlProcess p) {
    if (name == Atoms.UNDEFINED || !p.claimName(name)) {
      return false;
    }
    if (NAMES.putIfAbsent(name, p) != null) {
      p.dropName();
      return false;
    }
    if (!p.isAlive()) {
      NAMES.remove(name, p); // it exited while being registered
      return false;
    }
    return true;
  }

  /** Removes a name; {@code false} if it was not registered. */
  public static boolean unregister(Atom name) {
    ErlProcess p = NAMES.remove(name);
    if (p == null) {
      return false;
    }
    p.dropName();
    return true;
  }

  /** The process registered as {@code name}, or {@code null}. */
  public static ErlProcess whereis(Atom name) {
    return NAMES.get(name);
  }

  /** Every registered name, in no particular order. */
  public static List<Atom> registered() {
    return new ArrayList<>(NAMES.keySet());
  }

  static void unregisterExited(ErlProcess p) {
    Atom name = p.registeredName();
    if (name != null) {
      NAMES.remove(name, p);
    }
  }
}
