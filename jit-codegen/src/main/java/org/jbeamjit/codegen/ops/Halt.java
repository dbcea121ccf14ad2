package org.jbeamjit.codegen.ops;

/**
 * The node is stopping ({@code erlang:halt/0,1,2}, {@code init:stop/0,1}): thrown out of the
 * running process, past every Erlang {@code catch} (it is not an {@code ErlangException}), to
 * whatever runs the node, which exits with {@link #status}.
 */
public final class Halt extends Error {
  private static final long serialVersionUID = 1L;

  public final int status;
  /** The text of {@code halt(Slogan)} (status 1), after which BEAM writes a crash dump; else {@code null}. */
  public final String slogan;

  public Halt(int status) {
    this(status, null);
  }

  public Halt(int status, String slogan) {
    super("halt(" + status + ")", null, false, false);
    this.status = status;
    this.slogan = slogan;
  }
}
