package org.jbeamjit.runtime.nif;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.NonWritableChannelException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.EnumSet;
import java.util.Set;
import org.jbeamjit.runtime.process.ErlProcess;

/**
 * A file opened by {@code prim_file:open_nif/2}: a {@link FileChannel}, with the open flags OTP's
 * NIF gives {@code open(2)} for the modes. Operations fail with the POSIX error OTP returns; one on
 * a closed handle is {@code einval}, as OTP's handle wrapper answers.
 */
final class FileHandle {
  /** OTP's file modes that reach the NIF (the rest, {@code raw}, {@code binary}, ..., are handled above it). */
  enum Mode {
    READ, WRITE, APPEND, EXCLUSIVE, SYNC, SKIP_TYPE_CHECK, DIRECTORY
  }

  /** Where {@link #seek} counts from: the start, the position, the end. */
  static final long SEEK_SET = 0;
  static final long SEEK_CUR = 1;
  static final long SEEK_END = 2;
  private static final int INITIAL_READ = 64 * 1024;

  final Path path;
  final ErlProcess owner;
  private final FileChannel channel;
  /**
   * Appends by hand: Java refuses {@code APPEND} with {@code READ}, which OTP allows
   * ({@code O_RDWR | O_APPEND}), so such a file is positioned at its end before each write.
   */
  private final boolean appendByHand;
  private boolean closed;

  private FileHandle(Path path, ErlProcess owner, FileChannel channel, boolean appendByHand) {
    this.path = path;
    this.owner = owner;
    this.channel = channel;
    this.appendByHand = appendByHand;
  }

  /**
   * Opens as OTP does: read-only without {@code write}; write-only creates and truncates (unless
   * appending); read-write creates; {@code append} and {@code exclusive} imply write. A directory
   * opened without {@code directory} is {@code eisdir} (unless {@code skip_type_check}).
   */
  static FileHandle open(Path path, Set<Mode> modes, ErlProcess owner) throws Posix.Failure {
    boolean read = modes.contains(Mode.READ);
    boolean write = modes.contains(Mode.WRITE) || modes.contains(Mode.APPEND) || modes.contains(Mode.EXCLUSIVE);
    if (!read && !write) {
      read = true;
    }
    boolean append = modes.contains(Mode.APPEND);
    Set<StandardOpenOption> options = EnumSet.noneOf(StandardOpenOption.class);
    if (read) {
      options.add(StandardOpenOption.READ);
    }
    if (write) {
      options.add(StandardOpenOption.WRITE);
      options.add(modes.contains(Mode.EXCLUSIVE) ? StandardOpenOption.CREATE_NEW : StandardOpenOption.CREATE);
      if (!read && !append) {
        options.add(StandardOpenOption.TRUNCATE_EXISTING);
      }
      if (append && !read) {
        options.add(StandardOpenOption.APPEND);
      }
    }
    if (modes.contains(Mode.SYNC)) {
      options.add(StandardOpenOption.SYNC);
    }
    boolean isDirectory = Files.isDirectory(path);
    if (modes.contains(Mode.DIRECTORY) && !isDirectory && !modes.contains(Mode.SKIP_TYPE_CHECK)) {
      throw Posix.fail(Files.exists(path, LinkOption.NOFOLLOW_LINKS) ? Posix.ENOTDIR : Posix.ENOENT);
    }
    FileChannel channel;
    try {
      channel = FileChannel.open(path, options);
    } catch (IOException e) {
      throw Posix.of(e);
    }
    if (isDirectory && !modes.contains(Mode.DIRECTORY) && !modes.contains(Mode.SKIP_TYPE_CHECK)) {
      closeQuietly(channel);
      throw Posix.fail(Posix.EISDIR);
    }
    return new FileHandle(path, owner, channel, append && read);
  }

  /** A handle on an already open channel (a standard stream). */
  static FileHandle wrap(Path path, FileChannel channel, ErlProcess owner) {
    return new FileHandle(path, owner, channel, false);
  }

  synchronized boolean isClosed() {
    return closed;
  }

  /** Closes; {@code false} if it was closed already. */
  synchronized boolean close() throws Posix.Failure {
    if (closed) {
      return false;
    }
    closed = true;
    try {
      channel.close();
    } catch (IOException e) {
      throw Posix.of(e);
    }
    return true;
  }

  /** Up to {@code size} bytes from the position, fewer only at the end of the file; {@code null} if none. */
  synchronized byte[] read(long size) throws Posix.Failure {
    checkOpen();
    return readUpTo(size, -1);
  }

  /** As {@link #read} at {@code offset}, leaving the position where it was. */
  synchronized byte[] pread(long offset, long size) throws Posix.Failure {
    checkOpen();
    return readUpTo(size, offset);
  }

  /**
   * Reads until {@code size} bytes or the end, from the position ({@code offset} -1) or from
   * {@code offset}. The buffer grows as data comes, so a large size costs memory only for what
   * the file has (OTP allocates it all at once).
   */
  private byte[] readUpTo(long size, long offset) throws Posix.Failure {
    if (size > Integer.MAX_VALUE - 8) {
      throw Posix.fail(Posix.ENOMEM);
    }
    ByteBuffer buf = ByteBuffer.allocate((int) Math.min(size, INITIAL_READ));
    long at = offset;
    try {
      while (true) {
        int n = at < 0 ? channel.read(buf) : channel.read(buf, at);
        if (n <= 0) {
          break;
        }
        if (at >= 0) {
          at += n;
        }
        if (!buf.hasRemaining()) {
          if (buf.capacity() == size) {
            break;
          }
          ByteBuffer bigger = ByteBuffer.allocate((int) Math.min(size, (long) buf.capacity() * 2));
          buf.flip();
          bigger.put(buf);
          buf = bigger;
        }
      }
    } catch (IOException e) {
      throw Posix.of(e);
    } catch (RuntimeException e) {
      throw Posix.of(e);
    }
    return result(buf);
  }

  synchronized void write(byte[] data) throws Posix.Failure {
    checkOpen();
    ByteBuffer buf = ByteBuffer.wrap(data);
    try {
      if (appendByHand) {
        channel.position(channel.size());
      }
      while (buf.hasRemaining()) {
        channel.write(buf);
      }
    } catch (IOException e) {
      throw Posix.of(e);
    } catch (RuntimeException e) {
      throw Posix.of(e);
    }
  }

  synchronized void pwrite(long offset, byte[] data) throws Posix.Failure {
    checkOpen();
    ByteBuffer buf = ByteBuffer.wrap(data);
    try {
      long at = offset;
      while (buf.hasRemaining()) {
        at += channel.write(buf, at);
      }
    } catch (IOException e) {
      throw Posix.of(e);
    } catch (RuntimeException e) {
      throw Posix.of(e);
    }
  }

  /** Sets the position {@code offset} from the start, the position or the end; returns it. */
  synchronized long seek(long base, long offset) throws Posix.Failure {
    checkOpen();
    try {
      long origin = base == SEEK_END ? channel.size() : base == SEEK_CUR ? channel.position() : 0;
      long to = origin + offset;
      if (to < 0 || ((origin ^ to) & (offset ^ to)) < 0) {
        throw Posix.fail(Posix.EINVAL); // before the start, or past what a position can hold
      }
      channel.position(to);
      return to;
    } catch (IOException e) {
      throw Posix.of(e);
    }
  }

  synchronized void sync(boolean dataOnly) throws Posix.Failure {
    checkOpen();
    try {
      channel.force(!dataOnly);
    } catch (IOException e) {
      throw Posix.of(e);
    }
  }

  /** Cuts (or extends) the file to end at the position, as {@code ftruncate(fd, lseek(fd, 0, SEEK_CUR))}. */
  synchronized void truncate() throws Posix.Failure {
    checkOpen();
    try {
      long at = channel.position();
      if (at < channel.size()) {
        channel.truncate(at);
      } else {
        extendTo(at);
      }
    } catch (IOException e) {
      throw Posix.of(e);
    } catch (NonWritableChannelException e) {
      throw Posix.fail(Posix.EINVAL); // ftruncate on a descriptor not open for writing
    }
  }

  /** Makes the file at least {@code offset + length} bytes long, as {@code fallocate} with no flags. */
  synchronized void allocate(long offset, long length) throws Posix.Failure {
    checkOpen();
    try {
      extendTo(offset + length);
    } catch (IOException e) {
      throw Posix.of(e);
    } catch (RuntimeException e) {
      throw Posix.of(e);
    }
  }

  /** The name to {@code stat} for the open file's attributes (Java has no {@code fstat}). */
  synchronized Path statPath() throws Posix.Failure {
    checkOpen();
    return path;
  }

  private void extendTo(long size) throws IOException {
    long now = channel.size();
    if (size > now) {
      // One zero byte at the new end: the file grows there (sparsely) without moving the position.
      channel.write(ByteBuffer.wrap(new byte[1]), size - 1);
    }
  }

  private void checkOpen() throws Posix.Failure {
    if (closed) {
      throw Posix.fail(Posix.EINVAL);
    }
  }

  private static byte[] result(ByteBuffer buf) {
    if (buf.position() == 0) { // nothing read, even when nothing was asked: OTP's NIF says eof
      return null;
    }
    if (buf.position() == buf.capacity()) {
      return buf.array();
    }
    return java.util.Arrays.copyOf(buf.array(), buf.position());
  }

  private static void closeQuietly(FileChannel c) {
    try {
      c.close();
    } catch (IOException ignored) {
      // it was never handed out
    }
  }
}
