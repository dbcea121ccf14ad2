package org.jbeamjit.runtime.term;

/** A fun: either a closure over a module's local function ({@link LocalFun}) or {@code fun M:F/A} ({@link ExportFun}). */
public abstract class Fun {
  Fun() {}

  public abstract int arity();

  @Override
  public final boolean equals(Object o) {
    return o instanceof Fun && Terms.exactEquals(this, o);
  }

  @Override
  public final int hashCode() {
    return Terms.hash(this);
  }

  @Override
  public final String toString() {
    return TermPrinter.write(this);
  }
}
