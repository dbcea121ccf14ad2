package org.jbeamjit.codegen.ops;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jbeamjit.codegen.load.CompiledFunction;
import org.jbeamjit.runtime.bif.BifEntry;
import org.jbeamjit.runtime.bif.BifRegistry;
import org.jbeamjit.runtime.bif.DisplayBifs;
import org.jbeamjit.runtime.code.Export;
import org.jbeamjit.runtime.code.FunctionCode;
import org.jbeamjit.runtime.error.ErlangException;
import org.jbeamjit.runtime.process.ErlProcess;
import org.jbeamjit.runtime.term.Atom;
import org.jbeamjit.runtime.term.Cons;
import org.jbeamjit.runtime.term.ErlMap;
import org.jbeamjit.runtime.term.Nil;
import org.jbeamjit.runtime.term.Tuple;

/**
 * The BIFs compiled code can call, and the one way both engines call them. Two tables: the
 * engine's own BIFs (those that shape exceptions and stack traces, or see loaded code), which win,
 * then vm-runtime's {@link BifRegistry#standard()}.
 *
 * <p>A BIF that fails has its own frame {@code {M,F,Args,[{error_info,#{module=>...}}]}} on top
 * of the stack trace, as OTP 25 reports it; {@link #failed} adds it.
 */
public final class Bifs {
  /** BIF classes of the engine layer, looked up before vm-runtime's. */
  public static final List<Class<?>> ENGINE_BIF_CLASSES = List.of(ExceptionBifs.class, CodeBifs.class, NodeBifs.class, DisplayBifs.class);

  private static final BifRegistry ENGINE = new BifRegistry(ENGINE_BIF_CLASSES);

  private static final Atom ERLANG = Atom.of("erlang");
  private static final Atom ERROR_INFO = Atom.of("error_info");
  private static final Atom MODULE = Atom.of("module");
  private static final Atom CAUSE = Atom.of("cause");

  /**
   * The module whose {@code format_error/2} explains a failed BIF, by the BIF's module, as OTP 25
   * chooses it; a BIF of any other module gets no {@code error_info}.
   */
  private static final Map<Atom, Atom> FORMAT_MODULES = formatModules(
      "erl_erts_errors", List.of("erlang", "erts_internal", "atomics", "counters", "persistent_term"),
      "erl_kernel_errors", List.of("code", "os"),
      "erl_stdlib_errors", List.of("binary", "ets", "lists", "maps", "math", "re", "unicode"));

  /** BIFs whose exception is the caller's own (no BIF frame): raising is what they are for. */
  private static final Set<String> RAISERS = Set.of("error/1", "error/2", "error/3", "exit/1", "throw/1", "raise/3",
      "nif_error/1", "nif_error/2");

  private static final MethodHandle FAILED;

  static {
    try {
      MethodHandles.Lookup l = MethodHandles.lookup();
      FAILED = l.findStatic(Bifs.class, "rethrowFailed",
          MethodType.methodType(Object.class, BifEntry.class, ErlangException.class, Object[].class));
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private Bifs() {}

  private static Map<Atom, Atom> formatModules(Object... formatterAndModules) {
    Map<Atom, Atom> m = new HashMap<>();
    for (int i = 0; i < formatterAndModules.length; i += 2) {
      Atom formatter = Atom.of((String) formatterAndModules[i]);
      for (Object module : (List<?>) formatterAndModules[i + 1]) {
        m.put(Atom.of((String) module), formatter);
      }
    }
    return Map.copyOf(m);
  }

  /** The BIF {@code module:name/arity}, or {@code null}. */
  public static BifEntry lookup(Atom module, Atom name, int arity) {
    BifEntry e = ENGINE.lookup(module, name, arity);
    return e != null ? e : BifRegistry.standard().lookup(module, name, arity);
  }

  /** Every BIF both tables know, the engine's taking the place of a standard one of the same name. */
  public static Collection<BifEntry> all() {
    List<BifEntry> out = new ArrayList<>(ENGINE.all());
    for (BifEntry e : BifRegistry.standard().all()) {
      if (ENGINE.lookup(e.module(), e.name(), e.arity()) == null) {
        out.add(e);
      }
    }
    return out;
  }

  /**
   * Calls a BIF with its arguments in an array (the process is passed to the BIFs that take it);
   * on failure the BIF's frame is added.
   */
  public static Object call(BifEntry bif, ErlProcess p, Object[] args) {
    try {
      MethodHandle h = bif.handle();
      if (bif.takesProcess()) {
        return switch (args.length) {
          case 0 -> (Object) h.invokeExact(p);
          case 1 -> (Object) h.invokeExact(p, args[0]);
          case 2 -> (Object) h.invokeExact(p, args[0], args[1]);
          case 3 -> (Object) h.invokeExact(p, args[0], args[1], args[2]);
          default -> h.bindTo(p).invokeWithArguments(args);
        };
      }
      return switch (args.length) {
        case 0 -> (Object) h.invokeExact();
        case 1 -> (Object) h.invokeExact(args[0]);
        case 2 -> (Object) h.invokeExact(args[0], args[1]);
        case 3 -> (Object) h.invokeExact(args[0], args[1], args[2]);
        default -> h.invokeWithArguments(args);
      };
    } catch (ErlangException e) {
      throw failed(e, bif, args);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable t) {
      throw new IllegalStateException("BIF " + bif + " threw a checked exception", t);
    }
  }

  /** Calls a BIF of arity 1 (no argument array on the way in); on failure the BIF's frame is added. */
  public static Object call1(BifEntry bif, ErlProcess p, Object a) {
    try {
      return bif.takesProcess() ? (Object) bif.handle().invokeExact(p, a) : (Object) bif.handle().invokeExact(a);
    } catch (ErlangException e) {
      throw failed(e, bif, a);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable t) {
      throw new IllegalStateException("BIF " + bif + " threw a checked exception", t);
    }
  }

  /** Calls a BIF of arity 2; on failure the BIF's frame is added. */
  public static Object call2(BifEntry bif, ErlProcess p, Object a, Object b) {
    try {
      return bif.takesProcess() ? (Object) bif.handle().invokeExact(p, a, b) : (Object) bif.handle().invokeExact(a, b);
    } catch (ErlangException e) {
      throw failed(e, bif, a, b);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable t) {
      throw new IllegalStateException("BIF " + bif + " threw a checked exception", t);
    }
  }

  /**
   * Whether a failure of this BIF call shows the BIF's own frame. OTP 25's loader turns
   * {@code X + Literal}, {@code Literal + X} and {@code X - Literal} (a small integer literal, not
   * negative for {@code -}) into an increment instruction whose {@code badarith} names only the
   * calling function, as an instruction error does; every other BIF call shows the BIF frame.
   * {@code literals[i]} is argument i's value when it is a literal, else {@code null}.
   */
  public static boolean showsFrame(BifEntry bif, Object... literals) {
    if (bif.module() != ERLANG || bif.arity() != 2) {
      return true;
    }
    String name = bif.name().name();
    if (name.equals("+")) {
      return !((isSmall(literals[0]) && literals[1] == null) || (literals[0] == null && isSmall(literals[1])));
    } else if (name.equals("-")) {
      return !(literals[0] == null && isSmall(literals[1]) && (Long) literals[1] >= 0);
    }
    return true;
  }

  /** OTP's immediate integers on a 64-bit machine: 60 bits. */
  private static boolean isSmall(Object literal) {
    return literal instanceof Long l && l >= -(1L << 59) && l < (1L << 59);
  }

  /** Calls a BIF of arity 2 whose failure names only the caller (see {@link #showsFrame}). */
  public static Object call2WithoutFrame(BifEntry bif, ErlProcess p, Object a, Object b) {
    try {
      return bif.takesProcess() ? (Object) bif.handle().invokeExact(p, a, b) : (Object) bif.handle().invokeExact(a, b);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable t) {
      throw new IllegalStateException("BIF " + bif + " threw a checked exception", t);
    }
  }

  /** The frame {@code {M,F,Args,[{error_info,#{module=>...}}]}} OTP puts on top for a failed BIF. */
  public static Object frame(Atom module, Atom name, Object[] args) {
    return frame(module, name, args, null);
  }

  /**
   * The failed BIF's frame, its {@code error_info} with {@code cause => Cause} when the BIF gave
   * one ({@link ErlangException#errorInfoCause}).
   */
  public static Object frame(Atom module, Atom name, Object[] args, Object cause) {
    Atom formatter = FORMAT_MODULES.get(module);
    if (formatter == null) {
      return Tuple.of(module, name, Cons.list(args), Nil.NIL);
    }
    ErlMap info = cause == null ? ErlMap.of(MODULE, formatter) : ErlMap.of(CAUSE, cause, MODULE, formatter);
    return Tuple.of(module, name, Cons.list(args), Cons.list(Tuple.of(ERROR_INFO, info)));
  }

  /**
   * Adds the failed BIF's frame to {@code e}, unless the BIF's purpose is to raise; returns
   * {@code e} for the caller to throw. Compiled code that calls a BIF directly calls this in its
   * exception handler.
   */
  public static ErlangException failed(ErlangException e, BifEntry bif, Object... args) {
    if (e.wantsFrame() && !raises(bif)) {
      e.addFrame(frame(bif.module(), bif.name(), args, e.errorInfoCause()));
    }
    return e;
  }

  /** Whether raising is the BIF's purpose ({@code error/1}, {@code throw/1}, ...): its exceptions get no frame of its own. */
  public static boolean raises(BifEntry bif) {
    return RAISERS.contains(bif.name().name() + "/" + bif.arity());
  }

  private static Object rethrowFailed(BifEntry bif, ErlangException e, Object[] args) {
    throw failed(e, bif, args);
  }

  /** The BIF as a function an export entry can be bound to ({@code apply(erlang, length, [L])}, BIF stubs). */
  public static CompiledFunction function(BifEntry bif) {
    FunctionCode code = new BifFunction(bif);
    if (bif.arity() > Export.MAX_DIRECT_ARITY) {
      return CompiledFunction.of(code);
    }
    return CompiledFunction.lazy(code, () -> directEntry(bif));
  }

  /** The BIF's direct entry: its handle, with the BIF's frame added to the errors it raises. */
  private static MethodHandle directEntry(BifEntry bif) {
    int arity = bif.arity();
    MethodHandle target = bif.takesProcess()
        ? MethodHandles.dropArguments(bif.handle(), 1, int.class)
        : MethodHandles.dropArguments(bif.handle(), 0, ErlProcess.class, int.class);
    MethodHandle handler = MethodHandles.insertArguments(FAILED, 0, bif).asCollector(Object[].class, arity);
    handler = MethodHandles.dropArguments(handler, 1, ErlProcess.class, int.class);
    return MethodHandles.catchException(target, ErlangException.class, handler);
  }

  /** A BIF called through {@link FunctionCode}: it spends no reduction and never yields. */
  private record BifFunction(BifEntry bif) implements FunctionCode {
    @Override
    public Object invoke(ErlProcess p, int depth, Object[] args) {
      return call(bif, p, args);
    }

    @Override
    public int arity() {
      return bif.arity();
    }

    @Override
    public String toString() {
      return bif.toString();
    }
  }
}
