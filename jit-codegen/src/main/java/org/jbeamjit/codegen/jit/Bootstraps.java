package org.jbeamjit.codegen.jit;

import java.lang.invoke.CallSite;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import org.jbeamjit.runtime.code.ExportTable;
import org.jbeamjit.runtime.term.Atom;

/** Bootstrap methods of the {@code invokedynamic} instructions in compiled code. */
public final class Bootstraps {
  private Bootstraps() {}

  /**
   * A fully qualified call {@code Module:Function/Arity}: linked to the export entry's own call
   * site, so loading a new version of the module relinks this call and no other code.
   */
  public static CallSite export(MethodHandles.Lookup lookup, String name, MethodType type, String module,
      String function, int arity) {
    CallSite site = ExportTable.entry(Atom.of(module), Atom.of(function), arity).callSite();
    if (!site.type().equals(type)) {
      throw new IllegalArgumentException("call of " + module + ":" + function + "/" + arity + " has type " + type);
    }
    return site;
  }

  /** A {@code call_fun}: an inline cache of the funs it calls ({@link FunCallSite}). */
  public static CallSite funCall(MethodHandles.Lookup lookup, String name, MethodType type) {
    return new FunCallSite(type);
  }
}
