package org.jbeamjit.codegen.load;

import org.jbeamjit.frontend.ir.FunEntry;
import org.jbeamjit.runtime.code.FunctionCode;
import org.jbeamjit.runtime.term.LocalFun;
import org.jbeamjit.runtime.term.Pid;

/**
 * An entry of a module version's fun table, ready to make closures from: {@code make_fun3} is
 * {@link #make}. The closure keeps the version that made it (DESIGN: funs keep their version).
 */
public final class FunTemplate {
  private final LoadedModule module;
  private final int oldIndex;
  private final FunEntry entry;
  private final int functionIndex;
  private final byte[] uniq;

  FunTemplate(LoadedModule module, int oldIndex, FunEntry entry, int functionIndex) {
    if (functionIndex < 0) {
      throw new IllegalArgumentException("fun " + oldIndex + " of " + module.name() + " names no function");
    }
    this.module = module;
    this.oldIndex = oldIndex;
    this.entry = entry;
    this.functionIndex = functionIndex;
    this.uniq = module.beam().md5();
  }

  public LoadedModule module() {
    return module;
  }

  /** The fun's arity: what a caller passes, without the free variables. */
  public int arity() {
    return entry.arity() - entry.freeCount();
  }

  /** The name of the function that implements the fun, such as {@code '-main/0-fun-0-'}. */
  public org.jbeamjit.runtime.term.Atom name() {
    return entry.function();
  }

  public int freeCount() {
    return entry.freeCount();
  }

  /** The index in the module of the function that implements the fun (its arity counts the free variables). */
  public int functionIndex() {
    return functionIndex;
  }

  /** A closure over {@code env} (exactly {@link #freeCount()} values), made by the process {@code pid}. */
  public LocalFun make(Pid pid, Object[] env) {
    LocalFun f = new LocalFun(module.name(), entry.index(), uniq, oldIndex, entry.oldUniq(), arity(), pid, env);
    f.bindCode(code());
    return f;
  }

  /** The code a call of the fun runs, with the fun's arguments followed by its free variables. */
  public FunctionCode code() {
    return module.code(functionIndex);
  }
}
