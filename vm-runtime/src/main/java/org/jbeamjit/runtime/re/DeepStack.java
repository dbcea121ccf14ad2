package org.jbeamjit.runtime.re;

import java.util.function.Supplier;

/**
 * java.util.regex matches by recursion, one level per repetition of a group, so a long subject
 * can overflow a scheduler thread's stack where PCRE (whose stack OTP sizes for it) succeeds.
 * Such a match is run again on a thread of its own with a large stack; the calling BIF waits for
 * it, as it would for the match itself.
 */
final class DeepStack {
  /** Reserved, not committed: the pages a match touches are all it costs. */
  private static final long STACK_BYTES = 1L << 29;

  private DeepStack() {}

  /**
   * {@code work}'s result, computed on a large stack.
   *
   * @throws MatchLimitExceeded (as PCRE's recursion limit) if even that stack is too small
   */
  static <T> T call(Supplier<T> work) {
    Object[] result = new Object[1];
    RuntimeException[] failure = new RuntimeException[1];
    boolean[] overflowed = new boolean[1];
    Thread t = new Thread(null, () -> {
      try {
        result[0] = work.get();
      } catch (RuntimeException e) {
        failure[0] = e;
      } catch (StackOverflowError e) {
        overflowed[0] = true;
      }
    }, "re-deep-match", STACK_BYTES);
    t.setDaemon(true);
    t.start();
    boolean interrupted = false;
    while (true) {
      try {
        t.join();
        break;
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
    if (failure[0] != null) {
      throw failure[0];
    }
    if (overflowed[0]) {
      throw new MatchLimitExceeded(true);
    }
    @SuppressWarnings("unchecked")
    T value = (T) result[0];
    return value;
  }
}
