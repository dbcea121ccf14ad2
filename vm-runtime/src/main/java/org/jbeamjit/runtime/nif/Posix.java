package org.jbeamjit.runtime.nif;

import java.io.IOException;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.NonReadableChannelException;
import java.nio.channels.NonWritableChannelException;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.NotLinkException;
import java.util.HashMap;
import java.util.Map;
import org.jbeamjit.runtime.term.Atom;
import org.jbeamjit.runtime.term.Atoms;
import org.jbeamjit.runtime.term.Tuple;

/**
 * POSIX error names ({@code enoent}, {@code eacces}, ...) as OTP's file NIFs return them in
 * {@code {error, Reason}}. Java reports a failed system call as an exception: some by class
 * ({@link NoSuchFileException} is {@code ENOENT}), the rest with the C library's message for the
 * errno ({@code strerror}), which is mapped back to its name here.
 */
final class Posix {
  static final Atom ENOENT = Atom.of("enoent");
  static final Atom EACCES = Atom.of("eacces");
  static final Atom EEXIST = Atom.of("eexist");
  static final Atom ENOTDIR = Atom.of("enotdir");
  static final Atom EISDIR = Atom.of("eisdir");
  static final Atom EINVAL = Atom.of("einval");
  static final Atom EPERM = Atom.of("eperm");
  static final Atom EBADF = Atom.of("ebadf");
  static final Atom EIO = Atom.of("eio");
  static final Atom ENOMEM = Atom.of("enomem");
  static final Atom ENOTSUP = Atom.of("enotsup");
  static final Atom ENOTEMPTY = Atom.of("enotempty");
  static final Atom EXDEV = Atom.of("exdev");

  /** glibc's {@code strerror} text of the errors file operations meet, to the errno's name. */
  private static final Map<String, Atom> BY_MESSAGE = new HashMap<>();

  static {
    String[][] table = {
        {"eperm", "Operation not permitted"}, {"enoent", "No such file or directory"},
        {"eio", "Input/output error"}, {"enxio", "No such device or address"},
        {"e2big", "Argument list too long"}, {"enoexec", "Exec format error"},
        {"ebadf", "Bad file descriptor"}, {"eagain", "Resource temporarily unavailable"},
        {"enomem", "Cannot allocate memory"}, {"eacces", "Permission denied"},
        {"efault", "Bad address"}, {"ebusy", "Device or resource busy"}, {"eexist", "File exists"},
        {"exdev", "Invalid cross-device link"}, {"enodev", "No such device"},
        {"enotdir", "Not a directory"}, {"eisdir", "Is a directory"}, {"einval", "Invalid argument"},
        {"enfile", "Too many open files in system"}, {"emfile", "Too many open files"},
        {"enotty", "Inappropriate ioctl for device"}, {"etxtbsy", "Text file busy"},
        {"efbig", "File too large"}, {"enospc", "No space left on device"}, {"espipe", "Illegal seek"},
        {"erofs", "Read-only file system"}, {"emlink", "Too many links"}, {"epipe", "Broken pipe"},
        {"enametoolong", "File name too long"}, {"enolck", "No locks available"},
        {"enosys", "Function not implemented"}, {"enotempty", "Directory not empty"},
        {"eloop", "Too many levels of symbolic links"}, {"eoverflow", "Value too large for defined data type"},
        {"eilseq", "Invalid or incomplete multibyte or wide character"},
        {"enotsup", "Operation not supported"}, {"estale", "Stale file handle"},
        {"edquot", "Disk quota exceeded"}, {"etimedout", "Connection timed out"},
    };
    for (String[] row : table) {
      BY_MESSAGE.put(row[1], Atom.of(row[0]));
    }
  }

  private Posix() {}

  /** A file operation that failed with this POSIX error. */
  static final class Failure extends Exception {
    private static final long serialVersionUID = 1L;
    final transient Atom errno;

    Failure(Atom errno) {
      super(errno.name(), null, false, false);
      this.errno = errno;
    }

    /** {@code {error, Errno}}. */
    Tuple toTuple() {
      return Tuple.of(Atoms.ERROR, errno);
    }
  }

  static Failure fail(Atom errno) {
    return new Failure(errno);
  }

  /** The POSIX error a Java I/O exception reports. */
  static Failure of(IOException e) {
    return new Failure(errno(e));
  }

  /** The POSIX error of a channel used in a way its open mode does not allow. */
  static Failure of(RuntimeException e) {
    if (e instanceof NonReadableChannelException || e instanceof NonWritableChannelException) {
      return new Failure(EBADF);
    }
    if (e instanceof IllegalArgumentException) {
      return new Failure(EINVAL);
    }
    throw e;
  }

  private static Atom errno(IOException e) {
    if (e instanceof NoSuchFileException) {
      return ENOENT;
    } else if (e instanceof AccessDeniedException) {
      return EACCES;
    } else if (e instanceof FileAlreadyExistsException) {
      return EEXIST;
    } else if (e instanceof DirectoryNotEmptyException) {
      return ENOTEMPTY;
    } else if (e instanceof NotDirectoryException) {
      return ENOTDIR;
    } else if (e instanceof NotLinkException) {
      return EINVAL;
    } else if (e instanceof AtomicMoveNotSupportedException) {
      return EXDEV;
    } else if (e instanceof ClosedChannelException) {
      return EBADF;
    }
    String message = e instanceof FileSystemException f ? f.getReason() : e.getMessage();
    if (message != null) {
      Atom exact = BY_MESSAGE.get(message);
      if (exact != null) {
        return exact;
      }
      for (Map.Entry<String, Atom> m : BY_MESSAGE.entrySet()) {
        // Java adds words to some messages (ELOOP: "... or unable to access attributes of symbolic link").
        if (message.startsWith(m.getKey())) {
          return m.getValue();
        }
      }
    }
    return EIO;
  }
}
