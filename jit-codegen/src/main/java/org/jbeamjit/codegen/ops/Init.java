package org.jbeamjit.codegen.ops;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jbeamjit.runtime.error.ErlangException;
import org.jbeamjit.runtime.term.Atom;
import org.jbeamjit.runtime.term.Atoms;
import org.jbeamjit.runtime.term.Cons;
import org.jbeamjit.runtime.term.Nil;
import org.jbeamjit.runtime.term.Tuple;

/**
 * What OTP's {@code init} tells about the command line ({@code init:get_argument/1},
 * {@code get_arguments/0}, {@code get_plain_arguments/0}), for a node the launcher started
 * without OTP's boot. The node always runs without a shell, so {@code noshell} is always given.
 */
public final class Init {
  private static final Atom ERROR = Atoms.ERROR;
  private static volatile Map<String, List<List<String>>> flags = Map.of("noshell", List.of(List.of()));
  private static volatile List<String> plain = List.of();

  private Init() {}

  /**
   * Sets the command line: each {@code -flag} with the values of each time it was given
   * ({@code noshell} is added if missing), and the plain arguments ({@code -extra}).
   */
  public static void setArguments(Map<String, List<List<String>>> userFlags, List<String> plainArguments) {
    Map<String, List<List<String>>> m = new LinkedHashMap<>(userFlags);
    m.putIfAbsent("noshell", List.of(List.of()));
    flags = m;
    plain = List.copyOf(plainArguments);
  }

  static Object getArgument(Object flag) {
    if (!(flag instanceof Atom a)) {
      throw ErlangException.badarg();
    }
    List<List<String>> values = flags.get(a.name());
    if (values == null) {
      return ERROR;
    }
    return Tuple.of(Atoms.OK, valuesTerm(values));
  }

  static Object getArguments() {
    List<Object> out = new ArrayList<>();
    flags.forEach((flag, values) -> {
      for (List<String> v : values) {
        out.add(Tuple.of(Atom.of(flag), strings(v)));
      }
    });
    return Cons.fromList(out);
  }

  static Object getPlainArguments() {
    return strings(plain);
  }

  private static Object valuesTerm(List<List<String>> values) {
    List<Object> out = new ArrayList<>();
    for (List<String> v : values) {
      out.add(strings(v));
    }
    return Cons.fromList(out);
  }

  private static Object strings(List<String> v) {
    Object l = Nil.NIL;
    for (int i = v.size() - 1; i >= 0; i--) {
      l = new Cons(ErlStrings.of(v.get(i)), l);
    }
    return l;
  }
}
