package org.jbeamjit.runtime.process;

/**
 * Work a process does for another on its own thread while it holds no JVM frames, as OTP's
 * system tasks ({@code erts_internal:request_system_task/3}): {@code check_process_code} reads
 * the process's heap frames, which are then its whole stack. See
 * {@link ErlProcess#requestSystemTask}.
 */
public interface SystemTask {
  /** Runs on {@code p}'s thread; {@code p.suspendedCallers()} is its innermost frame. Must not block. */
  void run(ErlProcess p);

  /** The process had exited before it could run the task; any thread. */
  void exited();
}
