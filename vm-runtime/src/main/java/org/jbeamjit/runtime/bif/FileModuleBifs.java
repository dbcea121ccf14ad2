package org.jbeamjit.runtime.bif;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import org.jbeamjit.runtime.error.ErlangException;
import org.jbeamjit.runtime.term.Atom;
import org.jbeamjit.runtime.term.Atoms;
import org.jbeamjit.runtime.term.BitString;
import org.jbeamjit.runtime.term.Cons;
import org.jbeamjit.runtime.term.Nil;
import org.jbeamjit.runtime.term.Tuple;

/**
 * File name encoding, which the rest of OTP's file handling builds on: {@code file}'s
 * {@code native_name_encoding/0}, and {@code prim_file}'s conversions between Erlang file names
 * (character lists, or binaries taken as they are) and the NUL-terminated bytes the OS gets.
 */
public final class FileModuleBifs {
  private static final Atom UTF8 = Atom.of("utf8");
  private static final Atom LATIN1 = Atom.of("latin1");
  private static final Object ERROR_WARNING = Tuple.of(Atom.of("error"), Atom.of("warning"));

  private FileModuleBifs() {}

  /**
   * How file names are encoded: as OTP decides it without {@code +fnu}/{@code +fnl}, from the
   * character set of the locale it starts in ({@code utf8} in a UTF-8 locale, else
   * {@code latin1}), which the JVM reports as {@code sun.jnu.encoding}.
   */
  @Bif(module = "file", name = "native_name_encoding")
  public static Object nativeNameEncoding() {
    return utf8Names() ? UTF8 : LATIN1;
  }

  /**
   * A file name as the OS gets it, NUL-terminated: a binary's bytes as they are, or a (deep)
   * character list encoded in the native encoding. A NUL inside, a binary inside a list, or a
   * character the encoding cannot hold is {@code badarg}.
   */
  @Bif(module = "prim_file", name = "internal_name2native")
  public static Object internalName2native(Object name) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    if (name instanceof BitString b) {
      byte[] bytes = b.sub(0, b.bitSize() & ~7L).toByteArray(); // trailing bits are ignored, as on erl
      for (byte x : bytes) {
        if (x == 0) {
          throw ErlangException.badarg();
        }
      }
      out.writeBytes(bytes);
    } else {
      boolean utf8 = utf8Names();
      ArrayDeque<Object> pending = new ArrayDeque<>();
      Object l = name;
      while (true) {
        if (l instanceof Cons c) {
          if (c.head instanceof Long ch && ch > 0 && ch <= (utf8 ? Character.MAX_CODE_POINT : 255)
              && !(ch >= Character.MIN_SURROGATE && ch <= Character.MAX_SURROGATE)) {
            if (utf8) {
              out.writeBytes(new String(Character.toChars((int) (long) ch)).getBytes(StandardCharsets.UTF_8));
            } else {
              out.write((int) (long) ch);
            }
          } else if (c.head instanceof Cons || c.head == Nil.NIL) {
            pending.push(c.tail);
            l = c.head;
            continue;
          } else {
            throw ErlangException.badarg();
          }
          l = c.tail;
        } else if (l == Nil.NIL) {
          if (pending.isEmpty()) {
            break;
          }
          l = pending.pop();
        } else {
          throw ErlangException.badarg();
        }
      }
    }
    out.write(0);
    return BitString.wrap(out.toByteArray());
  }

  /** A name the OS gave, as a character list; {@code {error, warning}} if not in the native encoding. */
  @Bif(module = "prim_file", name = "internal_native2name")
  public static Object internalNative2name(Object nativeName) {
    byte[] bytes = Args.binary(nativeName).toByteArray();
    if (!utf8Names()) {
      return Args.bytesToList(bytes, 0, bytes.length, Nil.NIL);
    }
    String s = strictUtf8(bytes);
    return s == null ? ERROR_WARNING : Cons.string(s);
  }

  /** A UTF-8 name as a character list, its decomposed sequences composed ({@link FileNameComposition}); {@code badarg} if not UTF-8. */
  @Bif(module = "prim_file", name = "internal_normalize_utf8")
  public static Object internalNormalizeUtf8(Object name) {
    String s = strictUtf8(Args.binary(name).toByteArray());
    if (s == null) {
      throw ErlangException.badarg();
    }
    return Cons.string(FileNameComposition.compose(s));
  }

  /** Whether a raw file name can be shown as characters in the native encoding. */
  @Bif(module = "prim_file", name = "is_translatable")
  public static Object isTranslatable(Object name) {
    byte[] bytes = Args.binary(name).toByteArray();
    return Atoms.bool(!utf8Names() || strictUtf8(bytes) != null);
  }

  private static boolean utf8Names() {
    return "UTF-8".equalsIgnoreCase(System.getProperty("sun.jnu.encoding"));
  }

  /** The text of well-formed UTF-8 (no surrogates, no overlong forms), else null. */
  private static String strictUtf8(byte[] bytes) {
    try {
      CharBuffer chars = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
      return chars.toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }
}
