package org.jbeamjit.runtime.nif;

import java.io.FileInputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributeView;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.jbeamjit.runtime.bif.Bif;
import org.jbeamjit.runtime.process.ErlProcess;
import org.jbeamjit.runtime.term.Atom;
import org.jbeamjit.runtime.term.Atoms;
import org.jbeamjit.runtime.term.BitString;
import org.jbeamjit.runtime.term.Cons;
import org.jbeamjit.runtime.term.Nil;
import org.jbeamjit.runtime.term.Tuple;

/**
 * The NIFs of OTP's {@code prim_file} (its {@code -nifs} list, but the name conversions, which are
 * in {@code bif.FileModuleBifs}): file handles and file system operations on {@code java.nio},
 * with OTP 25's results: {@code {ok, _}}, {@code eof}, {@code {error, Posix}}, and {@code badarg}
 * exactly where OTP's NIF raises it (a non-reference handle, an argument of the wrong type). A
 * file name that is not a NUL-terminated binary is {@code {error, einval}}.
 */
public final class PrimFileNifs {
  private static final Atom EOF = Atom.of("eof");
  private static final Atom BOF = Atom.of("bof");
  private static final Atom CUR = Atom.of("cur");
  private static final Set<Atom> ADVICE = Set.of(Atom.of("normal"), Atom.of("random"), Atom.of("sequential"),
      Atom.of("will_need"), Atom.of("dont_need"), Atom.of("no_reuse"));

  private PrimFileNifs() {}

  /** A NIF body that may fail with a POSIX error (or an I/O error that carries one), returned as {@code {error, Errno}}. */
  private interface Operation {
    Object run() throws Posix.Failure, IOException;
  }

  private static Object posix(Operation op) {
    try {
      return op.run();
    } catch (Posix.Failure f) {
      return f.toTuple();
    } catch (IOException e) {
      return Posix.of(e).toTuple();
    }
  }

  private static Object ok(Object value) {
    return Tuple.of(Atoms.OK, value);
  }

  private static FileHandle handle(Object ref) {
    FileHandle h = OpenFiles.get(ref);
    if (h == null) {
      throw NifArgs.badarg();
    }
    return h;
  }

  // ---------------------------------------------------------------------------------------------
  // File handles

  @Bif(module = "prim_file", name = "open_nif")
  public static Object open(ErlProcess p, Object name, Object modes) {
    if (!(modes instanceof Cons) && modes != Nil.NIL) {
      throw NifArgs.badarg();
    }
    Set<FileHandle.Mode> set = EnumSet.noneOf(FileHandle.Mode.class);
    for (Object l = modes; l instanceof Cons c; l = c.tail) {
      if (c.head instanceof Atom a) {
        switch (a.name()) {
          case "read" -> set.add(FileHandle.Mode.READ);
          case "write" -> set.add(FileHandle.Mode.WRITE);
          case "append" -> set.add(FileHandle.Mode.APPEND);
          case "exclusive" -> set.add(FileHandle.Mode.EXCLUSIVE);
          case "sync" -> set.add(FileHandle.Mode.SYNC);
          case "skip_type_check" -> set.add(FileHandle.Mode.SKIP_TYPE_CHECK);
          case "directory" -> set.add(FileHandle.Mode.DIRECTORY);
          default -> { } // raw, binary, read_ahead, ...: prim_file's business
        }
      }
    }
    return posix(() -> ok(OpenFiles.add(FileHandle.open(NativeNames.path(name), set, p))));
  }

  /** A handle on standard input, output or error; other descriptors cannot be reached from Java. */
  @Bif(module = "prim_file", name = "file_desc_to_ref_nif")
  public static Object fileDescToRef(ErlProcess p, Object fd) {
    if (!NifArgs.isNumber(fd) || NifArgs.int32(fd) == null) {
      throw NifArgs.badarg();
    }
    int n = NifArgs.int32(fd);
    java.nio.channels.FileChannel channel = switch (n) {
      case 0 -> new FileInputStream(FileDescriptor.in).getChannel();
      case 1 -> new FileOutputStream(FileDescriptor.out).getChannel();
      case 2 -> new FileOutputStream(FileDescriptor.err).getChannel();
      default -> null;
    };
    if (channel == null) {
      return Posix.fail(Posix.ENOTSUP).toTuple();
    }
    return ok(OpenFiles.add(FileHandle.wrap(Path.of("/dev/fd/" + n), channel, p)));
  }

  @Bif(module = "prim_file", name = "close_nif")
  public static Object close(Object ref) {
    FileHandle h = handle(ref);
    return posix(() -> OpenFiles.close(h) ? Atoms.OK : Posix.fail(Posix.EINVAL).toTuple());
  }

  /** The janitor's close of a file whose owner died; it is closed already here. */
  @Bif(module = "prim_file", name = "delayed_close_nif")
  public static Object delayedClose(Object ref) {
    FileHandle h = handle(ref);
    posix(() -> OpenFiles.close(h));
    return Atoms.OK;
  }

  @Bif(module = "prim_file", name = "read_nif")
  public static Object read(Object ref, Object size) {
    FileHandle h = handle(ref);
    if (!NifArgs.isNumber(size)) {
      throw NifArgs.badarg();
    }
    Long n = NifArgs.int64(size);
    return posix(() -> {
      if (n == null || n < 0) {
        throw Posix.fail(Posix.EINVAL);
      }
      return data(h.read(n));
    });
  }

  @Bif(module = "prim_file", name = "write_nif")
  public static Object write(Object ref, Object iovec) {
    FileHandle h = handle(ref);
    byte[] bytes = NifArgs.iodata(iovec);
    return posix(() -> {
      h.write(bytes);
      return Atoms.OK;
    });
  }

  @Bif(module = "prim_file", name = "pread_nif")
  public static Object pread(Object ref, Object offset, Object size) {
    FileHandle h = handle(ref);
    if (!NifArgs.isNumber(offset) || !NifArgs.isNumber(size)) {
      throw NifArgs.badarg();
    }
    Long at = NifArgs.int64(offset);
    Long n = NifArgs.int64(size);
    return posix(() -> {
      if (at == null || n == null || at < 0 || n < 0) {
        throw Posix.fail(Posix.EINVAL);
      }
      return data(h.pread(at, n));
    });
  }

  @Bif(module = "prim_file", name = "pwrite_nif")
  public static Object pwrite(Object ref, Object offset, Object iovec) {
    FileHandle h = handle(ref);
    if (!NifArgs.isNumber(offset)) {
      throw NifArgs.badarg();
    }
    byte[] bytes = NifArgs.iodata(iovec);
    Long at = NifArgs.int64(offset);
    return posix(() -> {
      if (at == null || at < 0) {
        throw Posix.fail(Posix.EINVAL);
      }
      h.pwrite(at, bytes);
      return Atoms.OK;
    });
  }

  @Bif(module = "prim_file", name = "seek_nif")
  public static Object seek(Object ref, Object mark, Object offset) {
    FileHandle h = handle(ref);
    Long by = NifArgs.int64(offset);
    long base = mark == BOF ? FileHandle.SEEK_SET : mark == CUR ? FileHandle.SEEK_CUR : mark == EOF ? FileHandle.SEEK_END : -1;
    if (by == null || base < 0) {
      throw NifArgs.badarg();
    }
    return posix(() -> ok(h.seek(base, by)));
  }

  @Bif(module = "prim_file", name = "sync_nif")
  public static Object sync(Object ref, Object dataOnly) {
    FileHandle h = handle(ref);
    Integer d = NifArgs.int32(dataOnly);
    if (d == null) {
      throw NifArgs.badarg();
    }
    return posix(() -> {
      h.sync(d != 0);
      return Atoms.OK;
    });
  }

  @Bif(module = "prim_file", name = "truncate_nif")
  public static Object truncate(Object ref) {
    FileHandle h = handle(ref);
    return posix(() -> {
      h.truncate();
      return Atoms.OK;
    });
  }

  @Bif(module = "prim_file", name = "allocate_nif")
  public static Object allocate(Object ref, Object offset, Object length) {
    FileHandle h = handle(ref);
    if (!NifArgs.isNumber(offset) || !NifArgs.isNumber(length)) {
      throw NifArgs.badarg();
    }
    Long at = NifArgs.int64(offset);
    Long n = NifArgs.int64(length);
    return posix(() -> {
      if (at == null || n == null || at < 0 || n < 0 || at + n < 0) {
        throw Posix.fail(Posix.EINVAL);
      }
      h.allocate(at, n);
      return Atoms.OK;
    });
  }

  /** Advice is only advice: checked as OTP checks it, then taken as given. */
  @Bif(module = "prim_file", name = "advise_nif")
  public static Object advise(Object ref, Object offset, Object length, Object advice) {
    FileHandle h = handle(ref);
    if (!NifArgs.isNumber(offset) || !NifArgs.isNumber(length)) {
      throw NifArgs.badarg();
    }
    Long at = NifArgs.int64(offset);
    Long n = NifArgs.int64(length);
    return posix(() -> {
      if (at == null || n == null || at < 0 || n < 0 || !ADVICE.contains(advice) || h.isClosed()) {
        throw Posix.fail(Posix.EINVAL);
      }
      return Atoms.OK;
    });
  }

  /** The OS handle, for {@code sendfile}: Java does not show a channel's descriptor. */
  @Bif(module = "prim_file", name = "get_handle_nif")
  public static Object getHandle(Object ref) {
    FileHandle h = handle(ref);
    return posix(() -> {
      throw Posix.fail(h.isClosed() ? Posix.EINVAL : Posix.ENOTSUP);
    });
  }

  @Bif(module = "prim_file", name = "read_handle_info_nif")
  public static Object readHandleInfo(Object ref) {
    FileHandle h = handle(ref);
    return posix(() -> FileInfo.ofOpenFile(h.statPath()));
  }

  /**
   * DETS's indirect read: an 8-byte pointer {@code <<Size:32, Offset:32>>} at {@code offset}, then
   * the block it points to. {@code eof} if the pointer is cut short or its size is over the limit;
   * {@code {ok, {Size, Offset, eof}}} if nothing is there.
   */
  @Bif(module = "prim_file", name = "ipread_s32bu_p32bu_nif")
  public static Object ipread(Object ref, Object offset, Object maxSize) {
    FileHandle h = handle(ref);
    if (!NifArgs.isNumber(offset) || !NifArgs.isNumber(maxSize)) {
      throw NifArgs.badarg();
    }
    Long at = NifArgs.int64(offset);
    Long max = NifArgs.int64(maxSize);
    return posix(() -> {
      if (at == null || max == null || at < 0 || max >= 1L << 31) {
        throw Posix.fail(Posix.EINVAL);
      }
      byte[] pointer = h.pread(at, 8);
      if (pointer == null || pointer.length < 8) {
        return EOF;
      }
      ByteBuffer b = ByteBuffer.wrap(pointer);
      long size = Integer.toUnsignedLong(b.getInt());
      long where = Integer.toUnsignedLong(b.getInt());
      if (size > max) {
        return EOF;
      }
      byte[] block = h.pread(where, size);
      return ok(Tuple.of(size, where, block == null ? EOF : BitString.wrap(block)));
    });
  }

  // ---------------------------------------------------------------------------------------------
  // Whole files and the file system

  @Bif(module = "prim_file", name = "read_file_nif")
  public static Object readFile(Object name) {
    return posix(() -> {
      Path path = NativeNames.path(name);
      FileHandle h = FileHandle.open(path, EnumSet.of(FileHandle.Mode.READ), null);
      try {
        java.io.ByteArrayOutputStream all = new java.io.ByteArrayOutputStream();
        byte[] chunk;
        while ((chunk = h.read(64 * 1024)) != null) {
          all.writeBytes(chunk);
        }
        return ok(BitString.wrap(all.toByteArray()));
      } finally {
        h.close();
      }
    });
  }

  @Bif(module = "prim_file", name = "read_info_nif")
  public static Object readInfo(Object name, Object followLinks) {
    Integer follow = NifArgs.int32(followLinks);
    if (follow == null) {
      throw NifArgs.badarg();
    }
    return posix(() -> FileInfo.of(NativeNames.path(name), follow != 0));
  }

  @Bif(module = "prim_file", name = "set_permissions_nif")
  public static Object setPermissions(Object name, Object permissions) {
    Long mode = NifArgs.uint32(permissions);
    if (mode == null) {
      throw NifArgs.badarg();
    }
    return posix(() -> {
      Path path = NativeNames.path(name);
      int mutable = (int) (mode & 06777); // set-user-ID, set-group-ID and the permission bits
      try {
        Files.setAttribute(path, "unix:mode", mutable);
      } catch (IOException e) {
        try {
          Files.setAttribute(path, "unix:mode", mutable & 0777); // as OTP: retry without the set-ID bits
        } catch (IOException again) {
          throw Posix.of(again);
        }
      }
      return Atoms.OK;
    });
  }

  @Bif(module = "prim_file", name = "set_owner_nif")
  public static Object setOwner(Object name, Object uid, Object gid) {
    Integer u = NifArgs.int32(uid);
    Integer g = NifArgs.int32(gid);
    if (u == null || g == null) {
      throw NifArgs.badarg();
    }
    return posix(() -> {
      Path path = NativeNames.path(name);
      if (u != -1) {
        Files.setAttribute(path, "unix:uid", u);
      }
      if (g != -1) {
        Files.setAttribute(path, "unix:gid", g);
      }
      if (u == -1 && g == -1) {
        Files.readAttributes(path, BasicFileAttributes.class); // chown(-1, -1) still needs the file
      }
      return Atoms.OK;
    });
  }

  /** Access and modification times in POSIX seconds; the change time is the OS's to set. */
  @Bif(module = "prim_file", name = "set_time_nif")
  public static Object setTime(Object name, Object atime, Object mtime, Object ctime) {
    Long a = NifArgs.int64(atime);
    Long m = NifArgs.int64(mtime);
    if (a == null || m == null || NifArgs.int64(ctime) == null) {
      throw NifArgs.badarg();
    }
    return posix(() -> {
      Files.getFileAttributeView(NativeNames.path(name), BasicFileAttributeView.class)
          .setTimes(FileTime.from(m, TimeUnit.SECONDS), FileTime.from(a, TimeUnit.SECONDS), null);
      return Atoms.OK;
    });
  }

  @Bif(module = "prim_file", name = "read_link_nif")
  public static Object readLink(Object name) {
    return posix(() -> {
      return ok(NativeNames.binary(Files.readSymbolicLink(NativeNames.path(name))));
    });
  }

  /** The names in a directory but {@code .} and {@code ..}, last read first (OTP's NIF conses them up). */
  @Bif(module = "prim_file", name = "list_dir_nif")
  public static Object listDir(Object name) {
    return posix(() -> {
      Object names = Nil.NIL;
      try (DirectoryStream<Path> dir = Files.newDirectoryStream(NativeNames.path(name))) {
        for (Path entry : dir) {
          names = new Cons(NativeNames.binary(entry.getFileName()), names);
        }
      } catch (IOException | java.nio.file.DirectoryIteratorException e) {
        throw Posix.of(e instanceof IOException io ? io : ((java.nio.file.DirectoryIteratorException) e).getCause());
      }
      return ok(names);
    });
  }

  @Bif(module = "prim_file", name = "make_hard_link_nif")
  public static Object makeHardLink(Object existing, Object link) {
    return posix(() -> {
      Path target = NativeNames.path(existing);
      Path at = NativeNames.path(link);
      Files.createLink(at, target);
      return Atoms.OK;
    });
  }

  /** The link holds the target as given: a relative target is relative to the link's directory. */
  @Bif(module = "prim_file", name = "make_soft_link_nif")
  public static Object makeSoftLink(Object existing, Object link) {
    return posix(() -> {
      String target = NativeNames.text(existing);
      Path at = NativeNames.path(link);
      Files.createSymbolicLink(at, Path.of(target));
      return Atoms.OK;
    });
  }

  /** {@code rename(2)}: a non-empty directory in the way is {@code eexist}, renaming {@code /} is {@code einval}. */
  @Bif(module = "prim_file", name = "rename_nif")
  public static Object rename(Object source, Object destination) {
    return posix(() -> {
      Path from = NativeNames.path(source);
      Path to = NativeNames.path(destination);
      try {
        Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
      } catch (IOException e) {
        Posix.Failure f = Posix.of(e);
        if (f.errno == Posix.ENOTEMPTY) {
          throw Posix.fail(Posix.EEXIST);
        }
        throw from.getRoot() != null && from.equals(from.getRoot()) ? Posix.fail(Posix.EINVAL) : f;
      }
      return Atoms.OK;
    });
  }

  @Bif(module = "prim_file", name = "make_dir_nif")
  public static Object makeDir(Object name) {
    return posix(() -> {
      Files.createDirectory(NativeNames.path(name));
      return Atoms.OK;
    });
  }

  /** {@code unlink(2)}, with a directory {@code eperm} as OTP makes Linux's {@code eisdir}. */
  @Bif(module = "prim_file", name = "del_file_nif")
  public static Object delFile(Object name) {
    return posix(() -> {
      Path path = NativeNames.path(name);
      if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
        throw Posix.fail(Posix.EPERM);
      }
      Files.delete(path);
      return Atoms.OK;
    });
  }

  /**
   * {@code rmdir(2)}: not a directory is {@code enotdir}; a non-empty one {@code eexist}, or
   * {@code einval} if it is the working directory, as OTP reports them.
   */
  @Bif(module = "prim_file", name = "del_dir_nif")
  public static Object delDir(Object name) {
    return posix(() -> {
      Path path = NativeNames.path(name);
      BasicFileAttributes attrs;
      attrs = Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      if (!attrs.isDirectory()) {
        throw Posix.fail(Posix.ENOTDIR);
      }
      try {
        Files.delete(path);
      } catch (IOException e) {
        Posix.Failure f = Posix.of(e);
        if (f.errno == Posix.ENOTEMPTY) {
          throw Posix.fail(isWorkingDirectory(path) ? Posix.EINVAL : Posix.EEXIST);
        }
        throw f;
      }
      return Atoms.OK;
    });
  }

  private static boolean isWorkingDirectory(Path path) {
    try {
      return Files.isSameFile(path, WorkingDirectory.get());
    } catch (IOException e) {
      return false;
    }
  }

  /** Drive letters are Windows's: {@code enotsup} here, as on any Unix. */
  @Bif(module = "prim_file", name = "get_device_cwd_nif")
  public static Object getDeviceCwd(Object device) {
    if (NifArgs.int32(device) == null) {
      throw NifArgs.badarg();
    }
    return Posix.fail(Posix.ENOTSUP).toTuple();
  }

  @Bif(module = "prim_file", name = "get_cwd_nif")
  public static Object getCwd() {
    return ok(NativeNames.binary(WorkingDirectory.get()));
  }

  /** {@code chdir(2)}: the node's working directory (see {@link WorkingDirectory}). */
  @Bif(module = "prim_file", name = "set_cwd_nif")
  public static Object setCwd(Object name) {
    return posix(() -> {
      Path path = NativeNames.path(name);
      BasicFileAttributes attrs;
      attrs = Files.readAttributes(path, BasicFileAttributes.class);
      if (!attrs.isDirectory()) {
        throw Posix.fail(Posix.ENOTDIR);
      }
      if (!Files.isExecutable(path)) {
        throw Posix.fail(Posix.EACCES);
      }
      WorkingDirectory.set(path.toRealPath());
      return Atoms.OK;
    });
  }

  /** Short (8.3) names are Windows's. */
  @Bif(module = "prim_file", name = "altname_nif")
  public static Object altname(Object name) {
    return posix(() -> {
      NativeNames.text(name);
      throw Posix.fail(Posix.ENOTSUP);
    });
  }

  private static Object data(byte[] bytes) {
    return bytes == null ? EOF : ok(BitString.wrap(bytes));
  }
}
