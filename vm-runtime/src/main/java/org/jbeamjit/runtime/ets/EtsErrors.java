package org.jbeamjit.runtime.ets;

import org.jbeamjit.runtime.error.ErlangException;
import org.jbeamjit.runtime.term.Atom;

/**
 * The {@code cause}s OTP 25's ets BIFs put in their extended error information, which
 * {@code erl_stdlib_errors} turns into messages, and the atoms the BIFs answer with.
 */
final class EtsErrors {
  /** Not an atom or a table reference. */
  static final Atom TYPE = Atom.of("type");
  /** No such table (any more). */
  static final Atom ID = Atom.of("id");
  /** The table's protection does not let the caller do this. */
  static final Atom ACCESS = Atom.of("access");
  /** The operation is not for this type of table. */
  static final Atom TABLE_TYPE = Atom.of("table_type");
  /** No object with the key. */
  static final Atom BADKEY = Atom.of("badkey");
  /** An update of the key's own element. */
  static final Atom KEYPOS = Atom.of("keypos");
  /** A position outside the object. */
  static final Atom POSITION = Atom.of("position");
  /** give_away to the owner itself. */
  static final Atom OWNER = Atom.of("owner");
  /** give_away by a process that is not the owner. */
  static final Atom NOT_OWNER = Atom.of("not_owner");
  /** A named table of that name exists. */
  static final Atom ALREADY_EXISTS = Atom.of("already_exists");

  static final Atom END_OF_TABLE = Atom.of("$end_of_table");

  private EtsErrors() {}

  static ErlangException badarg(Atom cause) {
    return ErlangException.badarg(cause);
  }
}
