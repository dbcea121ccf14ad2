package org.jbeamjit.codegen.jit;

import org.jbeamjit.runtime.term.Atom;

/**
 * JVM method names for Erlang functions: the function's name with the characters the JVM forbids
 * in a method name (and {@code $}, the separator) escaped as {@code $hhhh}, then {@code $arity}.
 * A Java stack trace through compiled code thus still reads as Erlang.
 */
final class MethodNames {
  private MethodNames() {}

  /** The name of the fast method of {@code name/arity}. */
  static String body(Atom name, int arity) {
    StringBuilder sb = new StringBuilder();
    name.name().codePoints().forEach(c -> {
      if (c == '.' || c == ';' || c == '[' || c == '/' || c == '<' || c == '>' || c == '$') {
        sb.append('$').append(String.format("%04x", c));
      } else {
        sb.appendCodePoint(c);
      }
    });
    if (sb.length() == 0) {
      sb.append("$0000"); // the atom '' names a function too
    }
    return sb.append('$').append(arity).toString();
  }

  /** The name of the method that resumes the heap frames of {@code name/arity}. */
  static String resume(Atom name, int arity) {
    return body(name, arity) + "$resume";
  }
}
