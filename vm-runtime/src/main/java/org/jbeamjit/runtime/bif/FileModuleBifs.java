package org.jbeamjit.runtime.bif;

import org.jbeamjit.runtime.term.Atom;

/** The BIF of module {@code file} that the rest of OTP's file handling builds on. */
public final class FileModuleBifs {
  private static final Atom UTF8 = Atom.of("utf8");
  private static final Atom LATIN1 = Atom.of("latin1");

  private FileModuleBifs() {}

  /**
   * How file names are encoded: as OTP decides it without {@code +fnu}/{@code +fnl}, from the
   * character set of the locale it starts in ({@code utf8} in a UTF-8 locale, else
   * {@code latin1}), which the JVM reports as {@code sun.jnu.encoding}.
   */
  @Bif(module = "file", name = "native_name_encoding")
  public static Object nativeNameEncoding() {
    return "UTF-8".equalsIgnoreCase(System.getProperty("sun.jnu.encoding")) ? UTF8 : LATIN1;
  }
}
