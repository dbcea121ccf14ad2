package org.jbeamjit.runtime.bif;

import java.lang.invoke.MethodHandle;
import java.lang.reflect.Method;
import org.jbeamjit.runtime.term.Atom;

/**
 * One registered BIF. {@link #method} is what compiled code calls with {@code invokestatic};
 * {@link #handle} (type {@code (Object...)Object} with the BIF's arity, preceded by the
 * {@code ErlProcess} when {@link #takesProcess}) is what the interpreter calls.
 */
public record BifEntry(Atom module, Atom name, int arity, Method method, MethodHandle handle, boolean guard) {
  /** Whether the caller passes its {@code ErlProcess} as the first argument, before the BIF's own. */
  public boolean takesProcess() {
    return method.getParameterCount() > arity;
  }

  @Override
  public String toString() {
    return module + ":" + name + "/" + arity;
  }
}
