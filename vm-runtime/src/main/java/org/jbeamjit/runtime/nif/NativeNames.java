package org.jbeamjit.runtime.nif;

import java.nio.charset.Charset;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import org.jbeamjit.runtime.term.BitString;

/**
 * File names as the file NIFs get them: the NUL-terminated bytes {@code prim_file}'s
 * {@code internal_name2native/1} makes, turned into a {@link Path}; and names the OS gives back,
 * as binaries. Bytes are read in the JVM's file-name encoding, as the OS would take them.
 */
final class NativeNames {
  private static final Charset ENCODING = Charset.forName(System.getProperty("sun.jnu.encoding", "UTF-8"));

  private NativeNames() {}

  /**
   * The name's text: a binary whose last byte is NUL, with no other byte than NUL after its first
   * NUL (OTP accepts doubly terminated names). Anything else is {@code einval}, as OTP's NIF returns it.
   */
  static String text(Object name) throws Posix.Failure {
    if (!(name instanceof BitString b) || !b.isBinary()) {
      throw Posix.fail(Posix.EINVAL);
    }
    byte[] bytes = b.toByteArray();
    int nul = 0;
    while (nul < bytes.length && bytes[nul] != 0) {
      nul++;
    }
    if (nul == bytes.length) {
      throw Posix.fail(Posix.EINVAL);
    }
    for (int i = nul; i < bytes.length; i++) {
      if (bytes[i] != 0) {
        throw Posix.fail(Posix.EINVAL);
      }
    }
    return new String(bytes, 0, nul, ENCODING);
  }

  /** The file a name stands for, relative names taken from the node's working directory. */
  static Path path(Object name) throws Posix.Failure {
    String text = text(name);
    if (text.isEmpty()) {
      throw Posix.fail(Posix.ENOENT); // what the OS says to ""
    }
    try {
      return WorkingDirectory.resolve(Path.of(text));
    } catch (InvalidPathException e) {
      throw Posix.fail(Posix.EINVAL);
    }
  }

  /** A name as the OS has it, as a binary. */
  static BitString binary(String name) {
    return BitString.wrap(name.getBytes(ENCODING));
  }

  static BitString binary(Path name) {
    return binary(name.toString());
  }
}
