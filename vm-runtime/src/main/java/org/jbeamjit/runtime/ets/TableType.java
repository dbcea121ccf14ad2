package org.jbeamjit.runtime.ets;

import org.jbeamjit.runtime.term.Atom;

/** The four kinds of ETS table. */
enum TableType {
  SET("set"),
  ORDERED_SET("ordered_set"),
  BAG("bag"),
  DUPLICATE_BAG("duplicate_bag");

  final Atom atom;

  TableType(String name) {
    this.atom = Atom.of(name);
  }

  /** Whether each key has at most one object (update_counter, update_element and select_replace need this). */
  boolean isSet() {
    return this == SET || this == ORDERED_SET;
  }

  /** A new, empty store for a table of this type whose key is element {@code keyIndex} (from 0). */
  TableStore newStore(int keyIndex) {
    return switch (this) {
      case SET -> new SetStore(KeyOrder.HASH, keyIndex);
      case ORDERED_SET -> new SetStore(KeyOrder.TERM, keyIndex);
      case BAG -> new BagStore(KeyOrder.HASH, keyIndex, false);
      case DUPLICATE_BAG -> new BagStore(KeyOrder.HASH, keyIndex, true);
    };
  }
}
