package org.jbeamjit.runtime.ets;

import org.jbeamjit.runtime.term.Atom;

/** Who may use a table besides its owner: anyone ({@code public}), readers ({@code protected}), no one ({@code private}). */
enum Protection {
  PUBLIC("public"),
  PROTECTED("protected"),
  PRIVATE("private");

  final Atom atom;

  Protection(String name) {
    this.atom = Atom.of(name);
  }

  /** The protection named {@code name}, or {@code null}. */
  static Protection of(Object name) {
    for (Protection p : values()) {
      if (p.atom == name) {
        return p;
      }
    }
    return null;
  }

  boolean othersMayRead() {
    return this != PRIVATE;
  }

  boolean othersMayWrite() {
    return this == PUBLIC;
  }
}
