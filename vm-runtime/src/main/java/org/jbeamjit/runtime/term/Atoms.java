package org.jbeamjit.runtime.term;

/** Atoms the VM itself names, created once at class load. */
public final class Atoms {
  private Atoms() {}

  public static final Atom TRUE = Atom.of("true");
  public static final Atom FALSE = Atom.of("false");
  public static final Atom OK = Atom.of("ok");
  public static final Atom ERROR = Atom.of("error");
  public static final Atom EXIT = Atom.of("exit");
  public static final Atom THROW = Atom.of("throw");
  public static final Atom UNDEFINED = Atom.of("undefined");
  public static final Atom BADARG = Atom.of("badarg");
  public static final Atom BADARITH = Atom.of("badarith");
  public static final Atom SYSTEM_LIMIT = Atom.of("system_limit");
  public static final Atom NONODE_NOHOST = Atom.of("nonode@nohost");

  public static Atom bool(boolean b) {
    return b ? TRUE : FALSE;
  }
}
