package org.jbeamjit.runtime.term;

import org.jbeamjit.runtime.code.FunctionCode;

/**
 * A closure over a local function of one module version: the fields of OTP's NEW_FUN_EXT, which
 * identify the fun across nodes and versions, plus its captured free variables.
 */
public final class LocalFun extends Fun {
  public final Atom module;
  /** Index in the module's fun table. */
  public final int index;
  /** The module version's MD5, 16 bytes. */
  private final byte[] uniq;
  /** The fun's own hash (OldUniq in the external format). */
  public final int oldUniq;
  /** Old-style index (OldIndex in the external format). */
  public final int oldIndex;
  private final int arity;
  public final Pid pid;
  private final Object[] env;
  /**
   * The code that runs the fun: the module version's function, taking the fun's arguments then
   * its free variables. Set by the version that made the fun; {@code null} for a fun decoded from
   * the external format until a caller looks its module up. Not part of the term.
   */
  private volatile FunctionCode code;

  public LocalFun(Atom module, int index, byte[] uniq, int oldIndex, int oldUniq, int arity, Pid pid, Object[] env) {
    if (uniq.length != 16) {
      throw new IllegalArgumentException("uniq must be 16 bytes");
    }
    this.module = module;
    this.index = index;
    this.uniq = uniq.clone();
    this.oldIndex = oldIndex;
    this.oldUniq = oldUniq;
    this.arity = arity;
    this.pid = pid;
    this.env = env.clone();
  }

  @Override
  public int arity() {
    return arity;
  }

  /** The code bound to this fun, or {@code null}; see {@link #bindCode}. */
  public FunctionCode code() {
    return code;
  }

  /** Binds the code that runs this fun (arity: the fun's arity plus its free variables). */
  public void bindCode(FunctionCode c) {
    code = c;
  }

  public byte[] uniq() {
    return uniq.clone();
  }

  public int envSize() {
    return env.length;
  }

  public Object env(int i) {
    return env[i];
  }

  /** The captured values themselves, for term comparison; never to be written. */
  Object[] envArray() {
    return env;
  }
}
