package org.jbeamjit.runtime.bif;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a {@code public static Object m(Object, ...)} method as the implementation of the BIF
 * {@code module:name/arity}, where the arity is the method's parameter count. Each BIF is
 * declared exactly once; {@link BifRegistry} finds it for both the JIT (a direct
 * {@code invokestatic}) and the interpreter (a {@code MethodHandle}).
 *
 * <p>A BIF that needs the calling process ({@code self/0}, {@code link/1}, {@code put/2}, ...)
 * declares an {@code ErlProcess} first parameter, which is not counted in its arity: both engines
 * pass the running process there ({@link BifEntry#takesProcess}).
 *
 * <p>A BIF signals errors only by throwing {@code ErlangException}, with the reason OTP gives. It
 * never returns {@code ErlProcess.YIELD}; the few that end the time slice (a process exiting by
 * its own {@code exit/2}, {@code hibernate/3}) throw {@code ProcessInterrupt}, which Erlang code
 * never catches.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Bif {
  /** The function name, e.g. {@code "+"} or {@code "element"}. */
  String name();

  String module() default "erlang";

  /**
   * Whether OTP's {@code erl_internal:guard_bif/2} lists this BIF, i.e. whether it may be called
   * by name in a guard. Operators are allowed in guards too, but are not guard BIFs in this sense.
   */
  boolean guard() default false;
}
