package org.jbeamjit.runtime.nif;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The user and group the VM runs as: Linux makes {@code /proc/self} belong to the process's
 * effective user and group. -1 (no one) where there is no such directory.
 */
final class ProcessIdentity {
  private static final int UID = owner("unix:uid");
  private static final int GID = owner("unix:gid");

  private ProcessIdentity() {}

  static int uid() {
    return UID;
  }

  static int gid() {
    return GID;
  }

  private static int owner(String attribute) {
    try {
      return (Integer) Files.getAttribute(Path.of("/proc/self"), attribute);
    } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
      return -1;
    }
  }
}
