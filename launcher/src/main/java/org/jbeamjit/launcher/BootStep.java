package org.jbeamjit.launcher;

import java.util.List;
import org.jbeamjit.runtime.term.Atom;

/** One thing the node's first process does, in order: what {@code erl}'s {@code -s}, {@code -run} and {@code -eval} ask. */
sealed interface BootStep {
  /** {@code Module:Function(Args...)}. */
  record Call(Atom module, Atom function, List<Object> args) implements BootStep {}

  /** Evaluates Erlang expressions with OTP's {@code erl_scan}, {@code erl_parse} and {@code erl_eval}. */
  record Eval(String expressions) implements BootStep {}
}
