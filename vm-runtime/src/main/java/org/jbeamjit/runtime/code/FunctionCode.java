package org.jbeamjit.runtime.code;

import org.jbeamjit.runtime.process.ErlProcess;

/**
 * One Erlang function of one module version, callable with its arguments in an array: the generic
 * entry that apply, funs, spawn and heap frames use. Compiled code calls functions directly
 * instead; both paths keep the same contract (returns a term or {@link ErlProcess#YIELD}).
 */
public interface FunctionCode {
  /** Calls the function at JVM stack depth {@code depth} (in Erlang calls). */
  Object invoke(ErlProcess p, int depth, Object[] args);

  int arity();

  /**
   * The module version this code belongs to (an engine's loaded-module object), or {@code null}
   * for code of the VM itself: what tells a process running old code from one that does not.
   */
  default Object moduleVersion() {
    return null;
  }

  /**
   * {@code {Module, Function, Arity}}, or {@code null} for code of the VM itself: what
   * {@code process_info(P, current_function)} shows of a process stopped at this function's entry.
   */
  default Object mfa() {
    return null;
  }
}
