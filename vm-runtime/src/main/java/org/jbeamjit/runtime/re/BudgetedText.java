package org.jbeamjit.runtime.re;

/**
 * The subject as java.util.regex reads it, counting character reads: java.util.regex has no
 * step limit, so PCRE's match_limit is approximated by a budget of reads, which also stops
 * catastrophic backtracking the way PCRE's default limit does.
 */
final class BudgetedText implements CharSequence {
  private final String text;
  private long budget;
  private final boolean recursionLimit;

  BudgetedText(String text, long budget, boolean recursionLimit) {
    this.text = text;
    this.budget = budget;
    this.recursionLimit = recursionLimit;
  }

  @Override
  public char charAt(int index) {
    if (--budget < 0) {
      throw new MatchLimitExceeded(recursionLimit);
    }
    return text.charAt(index);
  }

  @Override
  public int length() {
    return text.length();
  }

  @Override
  public CharSequence subSequence(int start, int end) {
    return text.subSequence(start, end);
  }

  @Override
  public String toString() {
    return text;
  }
}
