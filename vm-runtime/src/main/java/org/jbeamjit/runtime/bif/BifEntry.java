package org.jbeamjit.runtime.bif;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.Method;
import org.jbeamjit.runtime.term.Atom;

/**
 * One registered BIF. {@link #method} is what compiled code calls with {@code invokestatic};
 * {@link #handle} (type {@code (Object...)Object} with the BIF's arity, preceded by the
 * {@code ErlProcess} when {@link #takesProcess}) is what the interpreter calls.
 */
public final class BifEntry {
  private final Atom module;
  private final Atom name;
  private final int arity;
  private final Method method;
  private final boolean guard;
  /**
   * Made on first use: a booted node registers every BIF but calls few through a handle. A race
   * makes two equal handles, which is harmless (a {@code MethodHandle} is immutable).
   */
  private MethodHandle handle;

  BifEntry(Atom module, Atom name, int arity, Method method, boolean guard) {
    this.module = module;
    this.name = name;
    this.arity = arity;
    this.method = method;
    this.guard = guard;
  }

  public Atom module() {
    return module;
  }

  public Atom name() {
    return name;
  }

  public int arity() {
    return arity;
  }

  public Method method() {
    return method;
  }

  /** Whether OTP's {@code erl_internal:guard_bif/2} lists this BIF ({@link Bif#guard}). */
  public boolean guard() {
    return guard;
  }

  public MethodHandle handle() {
    MethodHandle h = handle;
    if (h == null) {
      try {
        h = MethodHandles.publicLookup().unreflect(method);
      } catch (IllegalAccessException e) {
        throw new IllegalStateException("BIF method not accessible: " + method, e);
      }
      handle = h;
    }
    return h;
  }

  /** Whether the caller passes its {@code ErlProcess} as the first argument, before the BIF's own. */
  public boolean takesProcess() {
    return method.getParameterCount() > arity;
  }

  @Override
  public String toString() {
    return module + ":" + name + "/" + arity;
  }
}
