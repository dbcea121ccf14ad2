package org.jbeamjit.runtime.bif;

import java.util.Set;
import org.jbeamjit.runtime.error.ErlangException;
import org.jbeamjit.runtime.term.Atom;
import org.jbeamjit.runtime.term.Atoms;

/**
 * {@code os:set_signal/2}, checked as OTP 25 checks it. The JVM keeps its own handling of the
 * process's signals (it needs some of them itself), so a valid call changes nothing here.
 */
public final class OsSignalBifs {
  private static final Set<String> SIGNALS = Set.of("sighup", "sigquit", "sigabrt", "sigalrm", "sigterm",
      "sigusr1", "sigusr2", "sigchld", "sigstop", "sigtstp");
  private static final Set<String> OPTIONS = Set.of("default", "handle", "ignore");

  private OsSignalBifs() {}

  @Bif(module = "os", name = "set_signal")
  public static Object setSignal(Object signal, Object option) {
    if (!(signal instanceof Atom s) || !SIGNALS.contains(s.name()) || !(option instanceof Atom o)
        || !OPTIONS.contains(o.name())) {
      throw ErlangException.badarg();
    }
    return Atoms.OK;
  }
}
