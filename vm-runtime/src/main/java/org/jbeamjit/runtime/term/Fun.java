package org.jbeamjit.runtime.term;

/** A fun: either a closure over a module's local function ({@link LocalFun}) or {@code fun M:F/A} ({@link ExportFun}). */
public abstract class Fun extends TermObject {
  Fun() {}

  public abstract int arity();
}
