package org.jbeamjit.codegen.ops;

/**
 * The node is stopping ({@code erlang:halt/0,1,2}, {@code init:stop/0,1}): thrown out of the
 * running process, past every Erlang {@code catch} (it is not an {@code ErlangException}), to
 * whatever runs the node, which exits with {@link #status}.
 */
public final class Halt extends Error {
  private static final long serialVersionUID = 1L;

  public final int status;

  public Halt(int status) {
    super("halt(" + status + ")", null, false, false);
    this.status = status;
  }
}
