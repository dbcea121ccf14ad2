package org.jbeamjit.runtime.term;

/** {@code fun Module:Function/Arity}: names an export, bound at call time to the current version. */
public final class ExportFun extends Fun {
  public final Atom module;
  public final Atom function;
  private final int arity;

  public ExportFun(Atom module, Atom function, int arity) {
    this.module = module;
    this.function = function;
    this.arity = arity;
  }

  @Override
  public int arity() {
    return arity;
  }
}
