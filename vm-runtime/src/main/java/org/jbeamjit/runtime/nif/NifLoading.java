package org.jbeamjit.runtime.nif;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jbeamjit.runtime.bif.Bif;
import org.jbeamjit.runtime.error.ErlangException;
import org.jbeamjit.runtime.process.ErlProcess;
import org.jbeamjit.runtime.process.SpawnOptions;
import org.jbeamjit.runtime.process.Spawner;
import org.jbeamjit.runtime.term.Atom;
import org.jbeamjit.runtime.term.Atoms;
import org.jbeamjit.runtime.term.Cons;
import org.jbeamjit.runtime.term.Nil;
import org.jbeamjit.runtime.term.Tuple;

/**
 * What a NIF module's {@code on_load} function calls: {@code erlang:load_nif/2}, and
 * {@code erts_internal:spawn_system_process/3}, with which {@code prim_file} starts its janitor.
 */
public final class NifLoading {
  /** The NIF libraries written in Java (this package): their functions are bound as BIFs at load. */
  private static final Set<String> JAVA_LIBRARIES = Set.of("prim_file", "prim_buffer", "zlib", "erl_tracer");
  private static final Atom LOAD_FAILED = Atom.of("load_failed");

  private NifLoading() {}

  /**
   * {@code ok} for a library implemented here (named by the file name of {@code path}, as OTP
   * names a library by its module); otherwise OTP's {@code {error, {load_failed, Text}}}: a
   * shared object is native code, which jbeamjit does not run.
   */
  @Bif(name = "load_nif")
  public static Object loadNif(Object path, Object loadInfo) {
    String text = chars(path);
    if (text == null) {
      throw ErlangException.badarg();
    }
    String file = text.substring(text.lastIndexOf('/') + 1);
    int dot = file.indexOf('.');
    String library = dot < 0 ? file : file.substring(0, dot);
    if (JAVA_LIBRARIES.contains(library)) {
      return Atoms.OK;
    }
    String so = dot < 0 ? text + ".so" : text;
    String why = exists(so) ? "jbeamjit runs no native code" : "cannot open shared object file: No such file or directory";
    return Tuple.of(Atoms.ERROR, Tuple.of(LOAD_FAILED,
        Cons.string("Failed to load NIF library: '" + so + ": " + why + "'")));
  }

  /** Whether {@code name} names a file; a name no path can hold (a NUL, a lone surrogate) names none. */
  private static boolean exists(String name) {
    try {
      return Files.exists(WorkingDirectory.resolve(Path.of(name)));
    } catch (InvalidPathException e) {
      return false;
    }
  }

  /** A process outside the application tree: {@code init:stop/0} does not kill it ({@link org.jbeamjit.runtime.process.SystemProcesses}). */
  @Bif(module = "erts_internal", name = "spawn_system_process")
  public static Object spawnSystemProcess(ErlProcess p, Object module, Object function, Object args) {
    if (!(module instanceof Atom m) || !(function instanceof Atom f)) {
      throw ErlangException.badarg();
    }
    List<Object> a = new ArrayList<>();
    Object l = args;
    for (; l instanceof Cons c; l = c.tail) {
      a.add(c.head);
    }
    if (l != Nil.NIL) {
      throw ErlangException.badarg();
    }
    Object pid = Spawner.spawn(p, m, f, a.toArray(), SpawnOptions.NONE);
    org.jbeamjit.runtime.process.SystemProcesses.add((org.jbeamjit.runtime.term.Pid) pid);
    return pid;
  }

  /** A flat list of characters as a string, or {@code null}. */
  private static String chars(Object t) {
    StringBuilder sb = new StringBuilder();
    Object l = t;
    for (; l instanceof Cons c; l = c.tail) {
      if (!(c.head instanceof Long ch) || ch < 0 || ch > Character.MAX_CODE_POINT) {
        return null;
      }
      sb.appendCodePoint((int) (long) ch);
    }
    return l == Nil.NIL ? sb.toString() : null;
  }
}
