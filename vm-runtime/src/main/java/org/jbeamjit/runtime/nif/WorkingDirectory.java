package org.jbeamjit.runtime.nif;

import java.nio.file.Path;

/**
 * The node's current working directory. A JVM cannot change its own, so the node keeps one, starting
 * where the JVM started, which {@code file:set_cwd/1} changes; relative file names, and the
 * programs ports start, are taken from it, as the OS takes them from a process's directory.
 */
public final class WorkingDirectory {
  private static volatile Path current = Path.of(System.getProperty("user.dir")).toAbsolutePath().normalize();

  private WorkingDirectory() {}

  /** The current directory, absolute. */
  public static Path get() {
    return current;
  }

  static void set(Path absolute) {
    current = absolute;
  }

  /** {@code name} taken from the current directory (unchanged if absolute). */
  public static Path resolve(Path name) {
    return current.resolve(name);
  }
}
