package org.jbeamjit.runtime.ets.matchspec;

import java.lang.invoke.MethodHandle;
import java.util.HashMap;
import java.util.Map;
import org.jbeamjit.runtime.bif.BifEntry;
import org.jbeamjit.runtime.bif.BifRegistry;
import org.jbeamjit.runtime.process.ErlProcess;
import org.jbeamjit.runtime.term.Atom;

/**
 * The functions a match specification may call, as OTP 25's match compiler lists them for the
 * table dialect: the type tests, {@code element}, {@code size}, arithmetic, bitwise and comparison
 * operators and a few more. Each runs the {@code erlang} BIF of the same name.
 */
final class GuardFunctions {
  /** A callable function: the BIF behind it. */
  record Function(Atom name, int arity, BifEntry bif) {
    Object apply(ErlProcess self, Object[] args) {
      MethodHandle h = bif.handle();
      try {
        if (bif.takesProcess()) {
          return switch (args.length) {
            case 0 -> (Object) h.invokeExact(self);
            case 1 -> (Object) h.invokeExact(self, args[0]);
            case 2 -> (Object) h.invokeExact(self, args[0], args[1]);
            default -> h.bindTo(self).invokeWithArguments(args);
          };
        }
        return switch (args.length) {
          case 0 -> (Object) h.invokeExact();
          case 1 -> (Object) h.invokeExact(args[0]);
          case 2 -> (Object) h.invokeExact(args[0], args[1]);
          case 3 -> (Object) h.invokeExact(args[0], args[1], args[2]);
          default -> h.invokeWithArguments(args);
        };
      } catch (RuntimeException | Error e) {
        throw e;
      } catch (Throwable t) {
        throw new IllegalStateException("BIF " + bif + " threw a checked exception", t);
      }
    }
  }

  private record Key(Atom name, int arity) {}

  private static final String[] NAMES = {
    "is_atom/1", "is_float/1", "is_integer/1", "is_list/1", "is_number/1", "is_pid/1", "is_port/1",
    "is_reference/1", "is_tuple/1", "is_map/1", "is_map_key/2", "is_binary/1", "is_function/1",
    "is_record/3", "abs/1", "element/2", "hd/1", "length/1", "map_get/2", "map_size/1", "node/0",
    "node/1", "round/1", "size/1", "bit_size/1", "byte_size/1", "tl/1", "trunc/1", "float/1",
    "binary_part/2", "binary_part/3", "+/1", "-/1", "+/2", "-/2", "*/2", "//2", "div/2", "rem/2",
    "band/2", "bor/2", "bxor/2", "bnot/1", "bsl/2", "bsr/2", ">/2", ">=/2", "</2", "=</2", "=:=/2",
    "==/2", "=/=/2", "/=/2", "not/1", "xor/2"
  };

  /** Functions OTP knows only in trace match specifications: they exist, but not for tables. */
  private static final String[] TRACE_ONLY = {"get_tcw/0", "set_tcw/1"};

  private static final Map<Key, Function> TABLE = build();

  private GuardFunctions() {}

  private static Map<Key, Function> build() {
    Map<Key, Function> m = new HashMap<>();
    Atom erlang = Atom.of("erlang");
    for (String n : NAMES) {
      int slash = n.lastIndexOf('/');
      Atom name = Atom.of(n.substring(0, slash));
      int arity = Integer.parseInt(n.substring(slash + 1));
      BifEntry bif = BifRegistry.standard().lookup(erlang, name, arity);
      if (bif == null) {
        throw new IllegalStateException("match specifications need the BIF erlang:" + n);
      }
      m.put(new Key(name, arity), new Function(name, arity, bif));
    }
    return Map.copyOf(m);
  }

  /** The function {@code name/arity}, or {@code null}. */
  static Function lookup(Atom name, int arity) {
    return TABLE.get(new Key(name, arity));
  }

  /** Whether {@code name/arity} is a function of trace match specifications only. */
  static boolean isTraceOnly(Atom name, int arity) {
    String n = name.name() + "/" + arity;
    for (String t : TRACE_ONLY) {
      if (t.equals(n)) {
        return true;
      }
    }
    return false;
  }
}
