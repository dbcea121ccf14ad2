package org.jbeamjit.codegen.ops;

import java.util.ArrayList;
import java.util.List;
import org.jbeamjit.codegen.load.CodeServer;
import org.jbeamjit.codegen.load.FunTemplate;
import org.jbeamjit.codegen.load.LoadedModule;
import org.jbeamjit.codegen.load.ModuleTable;
import org.jbeamjit.runtime.code.ExportTable;
import org.jbeamjit.runtime.code.FunctionCode;
import org.jbeamjit.runtime.process.ErlProcess;
import org.jbeamjit.runtime.term.Atom;
import org.jbeamjit.runtime.term.Cons;
import org.jbeamjit.runtime.term.ExportFun;
import org.jbeamjit.runtime.term.LocalFun;
import org.jbeamjit.runtime.term.Nil;
import org.jbeamjit.runtime.term.Tuple;

/**
 * Calls whose target is known only at run time: funs, {@code apply}. Each takes the callee's
 * depth (the caller's depth + 1) and returns what the callee returns, {@code YIELD} included, so
 * a tail call site can return it as it is and a non-tail one saves its frame.
 */
public final class Calls {
  private static final Atom ERLANG = Atom.of("erlang");
  private static final Atom APPLY = Atom.of("apply");

  private Calls() {}

  /** {@code Fun(Args...)}: {@code call_fun}, {@code call_fun2}, {@code apply/2}. */
  public static Object callFun(ErlProcess p, int depth, Object fun, Object[] args) {
    if (fun instanceof LocalFun f) {
      if (f.arity() != args.length) {
        throw new CallError(Tuple.of(Errors.BADARITY, Tuple.of(fun, Cons.list(args))), true);
      }
      FunctionCode code = f.code();
      if (code == null || isPurged(code)) {
        FunctionCode handler = ModuleTable.current(f.module) == null ? CodeServer.undefinedLambdaHandler(p) : null;
        if (handler != null) {
          return handler.invoke(p, depth, new Object[] {f.module, f, Cons.list(args)});
        }
        code = linkDecodedFun(f);
      }
      int free = f.envSize();
      if (free == 0) {
        return code.invoke(p, depth, args);
      }
      Object[] all = new Object[args.length + free];
      System.arraycopy(args, 0, all, 0, args.length);
      for (int i = 0; i < free; i++) {
        all[args.length + i] = f.env(i);
      }
      return code.invoke(p, depth, all);
    }
    if (fun instanceof ExportFun f) {
      if (f.arity() != args.length) {
        throw new CallError(Tuple.of(Errors.BADARITY, Tuple.of(fun, Cons.list(args))), true);
      }
      return ExportTable.entry(f.module, f.function, args.length).invoke(p, depth, args);
    }
    throw new CallError(Tuple.of(Errors.BADFUN, fun), true);
  }

  /**
   * Whether {@code code} belongs to a purged module version. A fun of such a version runs the
   * current version's code if that version has the same code (same MD5), else raises
   * {@code badfun}, as OTP's {@code error_handler:undefined_lambda/3} ends.
   */
  private static boolean isPurged(FunctionCode code) {
    return code.moduleVersion() instanceof LoadedModule m && m.isPurged();
  }

  /**
   * Binds a fun that came from outside this VM's loads (the external term format), or whose
   * module version was purged, to the current version of its module, if that has the same code
   * (the same MD5); otherwise {@code badfun}.
   */
  private static FunctionCode linkDecodedFun(LocalFun f) {
    LoadedModule m = ModuleTable.current(f.module);
    if (m == null && CodeServer.ensureLoaded(f.module)) {
      m = ModuleTable.current(f.module);
    }
    if (m != null && f.oldIndex < m.funCount() && java.util.Arrays.equals(f.uniq(), m.beam().md5())) {
      FunTemplate t = m.fun(f.oldIndex);
      if (t.arity() == f.arity() && t.freeCount() == f.envSize()) {
        FunctionCode code = t.code();
        f.bindCode(code);
        return code;
      }
    }
    throw new CallError(Tuple.of(Errors.BADFUN, f), true);
  }

  /** {@code apply(Module, Function, Args)}: the {@code apply} instructions and {@code erlang:apply/3}. */
  public static Object apply(ErlProcess p, int depth, Object module, Object function, Object argList) {
    Object[] args = arguments(argList);
    if (!(module instanceof Atom m) || !(function instanceof Atom f) || args == null) {
      throw applyBadarg(module, function, argList);
    }
    return ExportTable.entry(m, f, args.length).invoke(p, depth, args);
  }

  /** {@code apply(Fun, Args)}: {@code erlang:apply/2}. */
  public static Object applyFun(ErlProcess p, int depth, Object fun, Object argList) {
    Object[] args = arguments(argList);
    if (args == null) {
      throw applyBadarg(fun, argList);
    }
    return callFun(p, depth, fun, args);
  }

  private static CallError applyBadarg(Object... applyArgs) {
    CallError e = new CallError(org.jbeamjit.runtime.term.Atoms.BADARG, false);
    e.addFrame(Bifs.frame(ERLANG, APPLY, applyArgs));
    return e;
  }

  /** The elements of a proper list, or {@code null} if {@code list} is not one. */
  public static Object[] arguments(Object list) {
    if (list == Nil.NIL) {
      return new Object[0];
    }
    List<Object> out = new ArrayList<>(4);
    Object t = list;
    while (t instanceof Cons c) {
      out.add(c.head);
      t = c.tail;
    }
    return t == Nil.NIL ? out.toArray() : null;
  }
}
