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
import org.jbeamjit.runtime.term.Cons;
import org.jbeamjit.runtime.term.Nil;
import org.jbeamjit.runtime.term.Tuple;

/** The BIFs that look at loaded code: {@code module_info} and friends. */
public final class CodeBifs {
  private static final Atom MODULE = Atom.of("module");
  private static final Atom EXPORTS = Atom.of("exports");
  private static final Atom ATTRIBUTES = Atom.of("attributes");
  private static final Atom COMPILE = Atom.of("compile");
  private static final Atom MD5 = Atom.of("md5");
  private static final Atom FUNCTIONS = Atom.of("functions");
  private static final Atom NIFS = Atom.of("nifs");
  private static final Atom NATIVE = Atom.of("native");

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
    return Atoms.bool(a >= 0 && a <= 255 && Bifs.lookup(m, f, (int) (long) a) != null);
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
