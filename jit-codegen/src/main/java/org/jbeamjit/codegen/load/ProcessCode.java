package org.jbeamjit.codegen.load;

import org.jbeamjit.runtime.process.Continuation;

/**
 * Which module versions a process runs, for {@code check_process_code}: as in OTP, a process runs
 * a version if the function it is suspended in, or any caller it will return to, belongs to that
 * version (OTP checks the instruction pointer and every return address on the stack). A process
 * that only holds a fun of the version does not: such a fun raises {@code badfun} once the
 * version is purged.
 *
 * <p>The check is cheap because every heap frame knows its version
 * ({@link Continuation#moduleVersion()}), and it is exact because it runs only while the process
 * holds no JVM frames: on its own thread between two time slices, or after it unwound its stack.
 */
public final class ProcessCode {
  private ProcessCode() {}

  /** Whether a frame from {@code innermost} outwards carries on in {@code version}. */
  public static boolean runs(Continuation innermost, LoadedModule version) {
    for (Continuation c = innermost; c != null; c = c.caller()) {
      if (c.moduleVersion() == version) {
        return true;
      }
    }
    return false;
  }
}
