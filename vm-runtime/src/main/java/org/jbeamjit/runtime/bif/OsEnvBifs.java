package org.jbeamjit.runtime.bif;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jbeamjit.runtime.error.ErlangException;
import org.jbeamjit.runtime.term.Atoms;
import org.jbeamjit.runtime.term.Cons;
import org.jbeamjit.runtime.term.Nil;
import org.jbeamjit.runtime.term.Tuple;

/**
 * The environment variables of {@code os} ({@code getenv/1}, {@code putenv/2}, {@code unsetenv/1},
 * {@code env/0}) and {@code os:getpid/0}. The JVM cannot change its own environment, so the node
 * keeps a copy, taken at startup, that {@code putenv} and {@code unsetenv} change; names and values
 * are character lists, as OTP gives them (the bytes decoded as the file-name encoding, UTF-8).
 */
public final class OsEnvBifs {
  private static final Map<String, String> ENV = new ConcurrentHashMap<>(System.getenv());

  private OsEnvBifs() {}

  /** The node's environment as it is now: what programs started by ports get. */
  public static Map<String, String> environment() {
    return Map.copyOf(ENV);
  }

  @Bif(module = "os", name = "getenv")
  public static Object getenv(Object name) {
    String n = varName(name);
    String v = ENV.get(n);
    return v == null ? Atoms.FALSE : Cons.string(v);
  }

  @Bif(module = "os", name = "putenv")
  public static Object putenv(Object name, Object value) {
    String n = varName(name);
    String v = string(value);
    if (v == null) {
      throw ErlangException.badarg();
    }
    if (!n.isEmpty()) {
      ENV.put(n, v);
    }
    return Atoms.TRUE;
  }

  @Bif(module = "os", name = "unsetenv")
  public static Object unsetenv(Object name) {
    ENV.remove(varName(name));
    return Atoms.TRUE;
  }

  /** {@code [{Name, Value}]}. */
  @Bif(module = "os", name = "env")
  public static Object env() {
    List<Object> out = new ArrayList<>(ENV.size());
    ENV.forEach((k, v) -> out.add(Tuple.of(Cons.string(k), Cons.string(v))));
    return Cons.fromList(out);
  }

  /** The OS process id, as a string. */
  @Bif(module = "os", name = "getpid")
  public static Object getpid() {
    return Cons.string(Long.toString(ProcessHandle.current().pid()));
  }

  /** A variable name: a character list without {@code =}. */
  private static String varName(Object t) {
    String s = string(t);
    if (s == null || s.indexOf('=') >= 0) {
      throw ErlangException.badarg();
    }
    return s;
  }

  /** A proper list of Unicode code points as a Java string, or null. */
  private static String string(Object t) {
    StringBuilder sb = new StringBuilder();
    Object l = t;
    while (l instanceof Cons c) {
      if (!(c.head instanceof Long cp) || cp < 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF) || cp == 0) {
        return null;
      }
      sb.appendCodePoint((int) (long) cp);
      l = c.tail;
    }
    return l == Nil.NIL ? sb.toString() : null;
  }

}
