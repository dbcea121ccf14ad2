package org.jbeamjit.runtime.re;

/** A match ran past its step budget: PCRE's match_limit (or match_limit_recursion) error. */
final class MatchLimitExceeded extends RuntimeException {
  final boolean recursion;

  MatchLimitExceeded(boolean recursion) {
    super(null, null, false, false);
    this.recursion = recursion;
  }
}
