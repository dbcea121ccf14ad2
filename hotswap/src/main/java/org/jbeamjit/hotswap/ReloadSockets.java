package org.jbeamjit.hotswap;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Where nodes listen for {@code jbeamjit reload}: one Unix domain socket per running node,
 * {@code <pid>.sock}, in a directory only this user can enter: {@code $XDG_RUNTIME_DIR/jbeamjit}
 * (a per-user directory the login session provides) or else {@code /tmp/jbeamjit-$USER}, made
 * with mode 0700. Each socket file is 0600 too. Nothing listens on the network.
 */
public final class ReloadSockets {
  private static final Set<PosixFilePermission> OWNER_ONLY_DIR = PosixFilePermissions.fromString("rwx------");
  static final Set<PosixFilePermission> OWNER_ONLY_FILE = PosixFilePermissions.fromString("rw-------");
  private static final String SUFFIX = ".sock";

  private ReloadSockets() {}

  /**
   * The directory of this user's node sockets, made (0700) if missing. Refuses one that another
   * user owns or that others may enter: someone else's socket there could take our requests.
   */
  public static Path directory() throws IOException {
    String runtime = System.getenv("XDG_RUNTIME_DIR");
    Path dir = runtime != null && !runtime.isEmpty() && Files.isDirectory(Path.of(runtime))
        ? Path.of(runtime, "jbeamjit")
        : Path.of(System.getProperty("java.io.tmpdir"), "jbeamjit-" + System.getProperty("user.name"));
    if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
      try {
        Files.createDirectory(dir, PosixFilePermissions.asFileAttribute(OWNER_ONLY_DIR));
      } catch (java.nio.file.FileAlreadyExistsException raced) {
        // made by another node meanwhile: checked below like any other
      }
      Files.setPosixFilePermissions(dir, OWNER_ONLY_DIR); // the umask may have taken bits away
    }
    if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
      throw new IOException(dir + " is not a directory");
    }
    String me = System.getProperty("user.name");
    String owner = Files.getOwner(dir, LinkOption.NOFOLLOW_LINKS).getName();
    if (!owner.equals(me)) {
      throw new IOException(dir + " belongs to " + owner + ", not " + me);
    }
    if (!Files.getPosixFilePermissions(dir, LinkOption.NOFOLLOW_LINKS).equals(OWNER_ONLY_DIR)) {
      throw new IOException(dir + " may be entered by other users (it must be mode 0700)");
    }
    return dir;
  }

  /** The socket of the node running in the JVM with process id {@code pid}. */
  public static Path socketOf(long pid) throws IOException {
    return directory().resolve(pid + SUFFIX);
  }

  /** The sockets of the nodes that seem to run now, by JVM process id (a socket whose JVM is gone is deleted). */
  public static List<Path> running() throws IOException {
    List<Path> out = new ArrayList<>();
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(directory(), "*" + SUFFIX)) {
      for (Path p : ds) {
        String name = p.getFileName().toString();
        long pid;
        try {
          pid = Long.parseLong(name.substring(0, name.length() - SUFFIX.length()));
        } catch (NumberFormatException notOurs) {
          continue;
        }
        if (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
          out.add(p);
        } else {
          Files.deleteIfExists(p); // left by a node that was killed
        }
      }
    }
    out.sort(null);
    return out;
  }
}
