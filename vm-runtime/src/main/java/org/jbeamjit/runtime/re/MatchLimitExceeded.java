package org.jbeamjit.runtime.re;

/** A match ran past its step budget: PCRE's match_limit (or match_limit_recursion) error. */
final class MatchLimitExceeded extends RuntimeException {
  private static final long serialVersionUID = 1L;

  final boolean recursion;

  MatchLimitExceeded(boolean recursion) {
    super(null, null, false, false);
    this.recursion = recursion;
  }
}
