package org.jbeamjit.codegen.ops;

import java.util.ArrayList;
import java.util.List;
import org.jbeamjit.codegen.load.LoadedModule;
import org.jbeamjit.codegen.load.ModuleTable;
import org.jbeamjit.frontend.ir.BeamFunction;
import org.jbeamjit.runtime.bif.Bif;
import org.jbeamjit.runtime.error.ErlangException;
import org.jbeamjit.runtime.term.Atom;
import org.jbeamjit.runtime.term.Atoms;
import org.jbeamjit.runtime.term.BitString;
import org.jbeamjit.runtime.term.Cons;
import org.jbeamjit.runtime.term.ExportFun;
import org.jbeamjit.runtime.term.LocalFun;
import org.jbeamjit.runtime.term.Nil;
import org.jbeamjit.runtime.term.Tuple;

/** The BIFs that look at loaded code: {@code module_info} and friends, {@code fun_info}. */
public final class CodeBifs {
  private static final Atom MODULE = Atom.of("module");
  private static final Atom EXPORTS = Atom.of("exports");
  private static final Atom ATTRIBUTES = Atom.of("attributes");
  private static final Atom COMPILE = Atom.of("compile");
  private static final Atom MD5 = Atom.of("md5");
  private static final Atom FUNCTIONS = Atom.of("functions");
  private static final Atom NIFS = Atom.of("nifs");
  private static final Atom NATIVE = Atom.of("native");

  private static final Atom PID = Atom.of("pid");
  private static final Atom NEW_INDEX = Atom.of("new_index");
  private static final Atom NEW_UNIQ = Atom.of("new_uniq");
  private static final Atom INDEX = Atom.of("index");
  private static final Atom UNIQ = Atom.of("uniq");
  private static final Atom NAME = Atom.of("name");
  private static final Atom ARITY = Atom.of("arity");
  private static final Atom ENV = Atom.of("env");
  private static final Atom TYPE = Atom.of("type");
  private static final Atom LOCAL = Atom.of("local");
  private static final Atom EXTERNAL = Atom.of("external");
  private static final java.util.Set<Atom> FUN_ITEMS =
      java.util.Set.of(PID, MODULE, NEW_INDEX, NEW_UNIQ, INDEX, UNIQ, NAME, ARITY, ENV, TYPE);

  private CodeBifs() {}

  @Bif(name = "module_loaded")
  public static Object moduleLoaded(Object module) {
    if (!(module instanceof Atom a)) {
      throw ErlangException.badarg();
    }
    return Atoms.bool(ModuleTable.current(a) != null);
  }

  @Bif(name = "function_exported")
  public static Object functionExported(Object module, Object function, Object arity) {
    if (!(module instanceof Atom m) || !(function instanceof Atom f) || !(arity instanceof Long a)) {
      throw ErlangException.badarg();
    }
    if (a < 0 || a > 255) {
      return Atoms.FALSE;
    }
    LoadedModule lm = ModuleTable.current(m);
    boolean exported = lm != null && lm.isExported(f, (int) (long) a);
    return Atoms.bool(exported || Bifs.lookup(m, f, (int) (long) a) != null);
  }

  @Bif(name = "is_builtin")
  public static Object isBuiltin(Object module, Object function, Object arity) {
    if (!(module instanceof Atom m) || !(function instanceof Atom f) || !(arity instanceof Long a)) {
      throw ErlangException.badarg();
    }
    boolean builtin = a >= 0 && a <= 255 && (Bifs.lookup(m, f, (int) (long) a) != null
        || (m.name().equals("erlang") && VmFunctions.lookup(m, f, (int) (long) a) != null));
    return Atoms.bool(builtin);
  }

  /** {@code erlang:fun_info(Fun)}: every item, in OTP's order. */
  @Bif(name = "fun_info")
  public static Object funInfo(Object fun) {
    if (fun instanceof LocalFun f) {
      return Cons.list(funInfo(f, PID), funInfo(f, MODULE), funInfo(f, NEW_INDEX), funInfo(f, NEW_UNIQ),
          funInfo(f, INDEX), funInfo(f, UNIQ), funInfo(f, NAME), funInfo(f, ARITY), funInfo(f, ENV),
          funInfo(f, TYPE));
    } else if (fun instanceof ExportFun f) {
      return Cons.list(funInfo(f, MODULE), funInfo(f, NAME), funInfo(f, ARITY), funInfo(f, ENV), funInfo(f, TYPE));
    }
    throw ErlangException.badarg();
  }

  /** {@code erlang:fun_info(Fun, Item)}: {@code {Item, Value}}; items a fun of its type lacks are {@code undefined}. */
  @Bif(name = "fun_info")
  public static Object funInfo(Object fun, Object item) {
    if (!(item instanceof Atom i) || !FUN_ITEMS.contains(i)) {
      throw ErlangException.badarg();
    }
    if (fun instanceof LocalFun f) {
      Object v;
      if (i == PID) {
        v = f.pid;
      } else if (i == MODULE) {
        v = f.module;
      } else if (i == NEW_INDEX) {
        v = (long) f.index;
      } else if (i == NEW_UNIQ) {
        v = BitString.wrap(f.uniq());
      } else if (i == INDEX) {
        v = (long) f.oldIndex;
      } else if (i == UNIQ) {
        v = Integer.toUnsignedLong(f.oldUniq);
      } else if (i == NAME) {
        v = funName(f);
      } else if (i == ARITY) {
        v = (long) f.arity();
      } else if (i == ENV) {
        Object[] env = new Object[f.envSize()];
        for (int k = 0; k < env.length; k++) {
          env[k] = f.env(k);
        }
        v = Cons.list(env);
      } else {
        v = LOCAL;
      }
      return Tuple.of(i, v);
    } else if (fun instanceof ExportFun f) {
      Object v;
      if (i == MODULE) {
        v = f.module;
      } else if (i == NAME) {
        v = f.function;
      } else if (i == ARITY) {
        v = (long) f.arity();
      } else if (i == ENV) {
        v = Nil.NIL;
      } else if (i == TYPE) {
        v = EXTERNAL;
      } else {
        v = Atoms.UNDEFINED;
      }
      return Tuple.of(i, v);
    }
    throw ErlangException.badarg();
  }

  /** The name of a local fun's function, from the module version that made it (if it is still the current one). */
  private static Object funName(LocalFun f) {
    LoadedModule m = ModuleTable.current(f.module);
    if (m != null && f.oldIndex < m.funCount() && java.util.Arrays.equals(f.uniq(), m.beam().md5())) {
      return m.fun(f.oldIndex).name();
    }
    return Atoms.UNDEFINED;
  }

  /** What {@code Module:module_info()} returns. */
  @Bif(name = "get_module_info")
  public static Object getModuleInfo(Object module) {
    LoadedModule m = loaded(module);
    return Cons.list(Tuple.of(MODULE, m.name()), Tuple.of(EXPORTS, exports(m)),
        Tuple.of(ATTRIBUTES, m.beam().attributes()), Tuple.of(COMPILE, m.beam().compileInfo()),
        Tuple.of(MD5, m.md5()));
  }

  /** What {@code Module:module_info(Key)} returns. */
  @Bif(name = "get_module_info")
  public static Object getModuleInfo(Object module, Object key) {
    LoadedModule m = loaded(module);
    if (key == MODULE) {
      return m.name();
    } else if (key == EXPORTS) {
      return exports(m);
    } else if (key == ATTRIBUTES) {
      return m.beam().attributes();
    } else if (key == COMPILE) {
      return m.beam().compileInfo();
    } else if (key == MD5) {
      return m.md5();
    } else if (key == FUNCTIONS) {
      List<Object> fs = new ArrayList<>();
      for (BeamFunction f : m.beam().functions()) {
        fs.add(Tuple.of(f.name(), (long) f.arity()));
      }
      return Cons.fromList(fs);
    } else if (key == NIFS) {
      return Nil.NIL;
    } else if (key == NATIVE) {
      return Atoms.FALSE;
    }
    throw ErlangException.badarg();
  }

  private static LoadedModule loaded(Object module) {
    LoadedModule m = module instanceof Atom a ? ModuleTable.current(a) : null;
    if (m == null) {
      throw ErlangException.badarg();
    }
    return m;
  }

  /** The exports in the order of the module's functions, as OTP lists them. */
  private static Object exports(LoadedModule m) {
    List<Object> out = new ArrayList<>();
    for (BeamFunction f : m.beam().functions()) {
      if (m.isExported(f.name(), f.arity())) {
        out.add(Tuple.of(f.name(), (long) f.arity()));
      }
    }
    return Cons.fromList(out);
  }
}
