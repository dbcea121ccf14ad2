package org.jbeamjit.runtime.bif;

import org.jbeamjit.runtime.term.Atom;
import org.jbeamjit.runtime.term.Atoms;
import org.jbeamjit.runtime.term.Tuple;

/**
 * The outcome of converting chardata to UTF-8, before it is shaped as a binary or a list: all of
 * it converted, or the part before an invalid character ({@code error}) or before a truncated
 * one at the very end ({@code incomplete}), with what was not converted.
 */
record CharConversion(Atom outcome, Utf8Builder converted, Object rest) {
  static final Atom INCOMPLETE = Atom.of("incomplete");

  static CharConversion ok(Utf8Builder converted) {
    return new CharConversion(Atoms.OK, converted, null);
  }

  static CharConversion error(Utf8Builder converted, Object rest) {
    return new CharConversion(Atoms.ERROR, converted, rest);
  }

  static CharConversion incomplete(Utf8Builder converted, Object rest) {
    return new CharConversion(INCOMPLETE, converted, rest);
  }

  /** {@code characters_to_binary}'s result: the binary, or {@code {error|incomplete, Binary, Rest}}. */
  Object asBinary() {
    return outcome == Atoms.OK ? converted.toBinary() : new Tuple(outcome, converted.toBinary(), rest);
  }

  /** {@code characters_to_list}'s result: the list, or {@code {error|incomplete, List, Rest}}. */
  Object asList() {
    return outcome == Atoms.OK ? converted.toList() : new Tuple(outcome, converted.toList(), rest);
  }
}
