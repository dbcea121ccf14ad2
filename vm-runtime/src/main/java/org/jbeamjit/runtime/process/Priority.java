package org.jbeamjit.runtime.process;

import org.jbeamjit.runtime.term.Atom;

/** A process's scheduling priority ({@code process_flag(priority, _)}), highest first. */
public enum Priority {
  MAX,
  HIGH,
  NORMAL,
  LOW;

  private static final Priority[] VALUES = values();

  /** The atom Erlang names it with. */
  public final Atom atom = Atom.of(name().toLowerCase(java.util.Locale.ROOT));

  /** The priority an atom names, or {@code null}. */
  public static Priority of(Object atom) {
    for (Priority p : VALUES) {
      if (p.atom == atom) {
        return p;
      }
    }
    return null;
  }
}
