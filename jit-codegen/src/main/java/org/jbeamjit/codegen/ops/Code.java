package org.jbeamjit.codegen.ops;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jbeamjit.codegen.load.CodePath;
import org.jbeamjit.codegen.load.CodeServer;
import org.jbeamjit.codegen.load.LoadedModule;
import org.jbeamjit.codegen.load.ModuleTable;
import org.jbeamjit.runtime.error.ErlangException;
import org.jbeamjit.runtime.term.Atom;
import org.jbeamjit.runtime.term.Atoms;
import org.jbeamjit.runtime.term.Cons;
import org.jbeamjit.runtime.term.Tuple;

/**
 * OTP's {@code code} module as far as code that only loads modules needs it, answered by the
 * VM's {@link CodeServer} instead of a {@code code_server} process: {@code ensure_loaded},
 * {@code load_file}, {@code is_loaded}, {@code which}, {@code get_path}, {@code root_dir},
 * {@code lib_dir}, {@code ensure_modules_loaded}, {@code all_loaded}. Old versions and purging
 * belong to the hot-swap layer.
 */
final class Code {
  private static final Atom MODULE = Atom.of("module");
  private static final Atom NOFILE = Atom.of("nofile");
  private static final Atom FILE = Atom.of("file");
  private static final Atom NON_EXISTING = Atom.of("non_existing");
  private static final Atom BAD_NAME = Atom.of("bad_name");
  private static final Atom EMBEDDED = Atom.of("embedded");

  private Code() {}

  static Object ensureLoaded(Object module) {
    Atom m = atom(module);
    return CodeServer.ensureLoaded(m) ? Tuple.of(MODULE, m) : Tuple.of(Atoms.ERROR, NOFILE);
  }

  static Object loadFile(Object module) {
    Atom m = atom(module);
    CodeServer s = CodeServer.current();
    Optional<Path> file = s == null ? Optional.empty() : s.path().find(m.name());
    if (file.isEmpty()) {
      return Tuple.of(Atoms.ERROR, NOFILE);
    }
    s.loadFile(file.get());
    return Tuple.of(MODULE, m);
  }

  static Object isLoaded(Object module) {
    LoadedModule m = ModuleTable.current(atom(module));
    return m == null ? Atoms.FALSE : Tuple.of(FILE, ErlStrings.of(m.beam().fileName()));
  }

  static Object which(Object module) {
    Atom m = atom(module);
    LoadedModule lm = ModuleTable.current(m);
    if (lm != null) {
      return ErlStrings.of(lm.beam().fileName());
    }
    CodeServer s = CodeServer.current();
    Optional<Path> file = s == null ? Optional.empty() : s.path().find(m.name());
    return file.isPresent() ? ErlStrings.of(file.get().toString()) : NON_EXISTING;
  }

  static Object getPath() {
    List<Object> dirs = new ArrayList<>();
    CodeServer s = CodeServer.current();
    if (s != null) {
      for (Path d : s.path().dirs()) {
        dirs.add(ErlStrings.of(d.toString()));
      }
    }
    return Cons.fromList(dirs);
  }

  static Object rootDir() {
    return ErlStrings.of(root().toString());
  }

  static Object libDir() {
    return ErlStrings.of(root().resolve("lib").toString());
  }

  /** {@code code:lib_dir(App)}: the directory of the newest {@code App-Vsn} under the root's lib. */
  static Object libDir(Object app) {
    String name = app instanceof Atom a ? a.name() : ErlStrings.toJava(app);
    if (name == null) {
      throw ErlangException.badarg();
    }
    try (var s = Files.list(root().resolve("lib"))) {
      Optional<Path> dir = s.filter(p -> p.getFileName().toString().startsWith(name + "-")).sorted()
          .reduce((a, b) -> b);
      return dir.isPresent() ? ErlStrings.of(dir.get().toString()) : Tuple.of(Atoms.ERROR, BAD_NAME);
    } catch (java.io.IOException e) {
      return Tuple.of(Atoms.ERROR, BAD_NAME);
    }
  }

  static Object ensureModulesLoaded(Object modules) {
    List<Object> failed = new ArrayList<>();
    for (Object t = modules; t instanceof Cons c; t = c.tail) {
      if (!(c.head instanceof Atom m) || !CodeServer.ensureLoaded(m)) {
        failed.add(Tuple.of(c.head, NOFILE));
      }
    }
    return failed.isEmpty() ? Atoms.OK : Tuple.of(Atoms.ERROR, Cons.fromList(failed));
  }

  static Object allLoaded() {
    List<Object> out = new ArrayList<>();
    for (LoadedModule m : ModuleTable.all()) {
      out.add(Tuple.of(m.name(), ErlStrings.of(m.beam().fileName())));
    }
    return Cons.fromList(out);
  }

  static Object getMode() {
    return EMBEDDED;
  }

  private static Atom atom(Object t) {
    if (t instanceof Atom a) {
      return a;
    }
    throw ErlangException.badarg();
  }

  private static Path root() {
    return CodePath.installedOtpRoot().orElse(Path.of("/usr/lib/erlang"));
  }
}
