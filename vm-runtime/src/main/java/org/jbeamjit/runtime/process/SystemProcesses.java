package org.jbeamjit.runtime.process;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jbeamjit.runtime.term.Pid;

/**
 * The node's system processes, as BEAM marks them: the ones the VM starts itself
 * ({@code erts_code_purger}, the literal area collector, the dirty signal handlers) and those
 * spawned with {@code erts_internal:spawn_system_process/3}. {@code init:stop/0} kills every process
 * but these ({@code erts_internal:is_system_process/1}).
 */
public final class SystemProcesses {
  /** Few and long-lived: a dead one's pid staying here costs nothing and names no live process. */
  private static final Set<Pid> PIDS = ConcurrentHashMap.newKeySet();

  private SystemProcesses() {}

  public static void add(Pid pid) {
    PIDS.add(pid);
  }

  public static boolean contains(Pid pid) {
    return PIDS.contains(pid);
  }
}
