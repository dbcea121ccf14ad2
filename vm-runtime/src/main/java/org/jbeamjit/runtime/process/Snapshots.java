package org.jbeamjit.runtime.process;

import java.util.List;
import java.util.function.Supplier;

/**
 * Copies of another process's collections (links, monitors) for {@code process_info}, read while
 * their owner may change them: the copy is retried when the owner's change shows, and is empty
 * if it never settles. OTP answers these from the owner's side; a racing reader here sees the
 * state of some recent moment instead, which is all a racing reader can tell apart.
 */
final class Snapshots {
  private static final int ATTEMPTS = 16;

  private Snapshots() {}

  static <T> List<T> copy(Supplier<List<T>> reader) {
    for (int i = 0; i < ATTEMPTS; i++) {
      try {
        return reader.get();
      } catch (RuntimeException concurrentChange) {
        Thread.onSpinWait();
      }
    }
    return List.of();
  }
}
