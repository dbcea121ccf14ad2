package org.jbeamjit.runtime.nif;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import org.jbeamjit.runtime.term.Atom;
import org.jbeamjit.runtime.term.Integers;
import org.jbeamjit.runtime.term.Tuple;

/**
 * A file's {@code #file_info} record as {@code prim_file}'s NIF builds it from {@code stat}: size,
 * type, access, the three times in POSIX seconds ({@code prim_file} converts them), mode, links,
 * {@code st_dev} and {@code st_rdev} as the major and minor device, inode, uid and gid.
 */
final class FileInfo {
  private static final Atom FILE_INFO = Atom.of("file_info");
  private static final Atom DEVICE = Atom.of("device");
  private static final Atom DIRECTORY = Atom.of("directory");
  private static final Atom REGULAR = Atom.of("regular");
  private static final Atom SYMLINK = Atom.of("symlink");
  private static final Atom OTHER = Atom.of("other");
  private static final Atom READ = Atom.of("read");
  private static final Atom WRITE = Atom.of("write");
  private static final Atom READ_WRITE = Atom.of("read_write");
  private static final Atom NONE = Atom.of("none");

  private static final int S_IFMT = 0170000;
  private static final int S_IFDIR = 0040000;
  private static final int S_IFREG = 0100000;
  private static final int S_IFLNK = 0120000;
  private static final int S_IFCHR = 0020000;
  private static final int S_IFBLK = 0060000;

  private FileInfo() {}

  /** {@code stat} (or {@code lstat}) of {@code path}, with access as {@code access(2)} tells it. */
  static Tuple of(Path path, boolean followLinks) throws Posix.Failure {
    Map<String, Object> a = attributes(path, followLinks);
    boolean r = Files.isReadable(path);
    boolean w = Files.isWritable(path);
    return record(a, r, w);
  }

  /** {@code fstat} of an open file, with access from its mode bits for this process's user and group. */
  static Tuple ofOpenFile(Path path) throws Posix.Failure {
    Map<String, Object> a = attributes(path, true);
    int mode = (Integer) a.get("mode");
    int shift = ((Integer) a.get("uid")) == ProcessIdentity.uid() ? 6
        : ((Integer) a.get("gid")) == ProcessIdentity.gid() ? 3 : 0;
    return record(a, (mode >> shift & 4) != 0, (mode >> shift & 2) != 0);
  }

  private static Map<String, Object> attributes(Path path, boolean followLinks) throws Posix.Failure {
    try {
      return followLinks ? Files.readAttributes(path, "unix:*")
          : Files.readAttributes(path, "unix:*", LinkOption.NOFOLLOW_LINKS);
    } catch (IOException e) {
      throw Posix.of(e);
    }
  }

  private static Tuple record(Map<String, Object> a, boolean readable, boolean writable) {
    int mode = (Integer) a.get("mode");
    return Tuple.of(FILE_INFO,
        (Long) a.get("size"),
        type(mode),
        readable && writable ? READ_WRITE : readable ? READ : writable ? WRITE : NONE,
        seconds(a.get("lastAccessTime")),
        seconds(a.get("lastModifiedTime")),
        seconds(a.get("ctime")),
        (long) mode,
        (long) (Integer) a.get("nlink"),
        unsigned((Long) a.get("dev")),
        unsigned((Long) a.get("rdev")),
        unsigned((Long) a.get("ino")),
        Integer.toUnsignedLong((Integer) a.get("uid")),
        Integer.toUnsignedLong((Integer) a.get("gid")));
  }

  private static Atom type(int mode) {
    switch (mode & S_IFMT) {
      case S_IFCHR:
      case S_IFBLK:
        return DEVICE;
      case S_IFDIR:
        return DIRECTORY;
      case S_IFREG:
        return REGULAR;
      case S_IFLNK:
        return SYMLINK;
      default:
        return OTHER;
    }
  }

  /** Whole seconds since the epoch, rounded down as {@code st_mtime} is. */
  private static Object seconds(Object time) {
    return ((FileTime) time).toInstant().getEpochSecond();
  }

  private static Object unsigned(long v) {
    return v >= 0 ? (Object) v : Integers.normalize(new java.math.BigInteger(Long.toUnsignedString(v)));
  }
}
