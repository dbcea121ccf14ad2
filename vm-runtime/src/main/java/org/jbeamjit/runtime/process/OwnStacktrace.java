package org.jbeamjit.runtime.process;

/**
 * {@code process_info(self(), current_stacktrace)}: the calling process's own stack, which only
 * the engines can read (their activations on the JVM stack, then the process's heap frames).
 * gen_server and gen_statem take the stack trace of a {@code {stop, Reason}} from it, so their
 * crash reports show it.
 */
public final class OwnStacktrace {
  /** Reads the stack of the process running on this thread, innermost caller first. */
  public interface Reader {
    Object stacktrace(ErlProcess self);
  }

  private static volatile Reader reader;

  private OwnStacktrace() {}

  public static void install(Reader r) {
    reader = r;
  }

  /** The stack trace, or {@code null} when no engine has installed a reader. */
  static Object of(ErlProcess self) {
    Reader r = reader;
    return r == null ? null : r.stacktrace(self);
  }
}
