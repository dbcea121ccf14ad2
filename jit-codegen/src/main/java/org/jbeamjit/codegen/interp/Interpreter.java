package org.jbeamjit.codegen.interp;

import java.math.BigInteger;
import java.util.Arrays;
import org.jbeamjit.codegen.ops.Bifs;
import org.jbeamjit.codegen.ops.CallSite;
import org.jbeamjit.codegen.ops.Calls;
import org.jbeamjit.codegen.ops.Errors;
import org.jbeamjit.codegen.ops.Exceptions;
import org.jbeamjit.codegen.ops.Floats;
import org.jbeamjit.codegen.ops.MapOps;
import org.jbeamjit.codegen.ops.Receives;
import org.jbeamjit.codegen.ops.StackFrames;
import org.jbeamjit.runtime.bif.BifEntry;
import org.jbeamjit.runtime.code.Export;
import org.jbeamjit.runtime.code.FunctionCode;
import org.jbeamjit.runtime.error.ErlangException;
import org.jbeamjit.runtime.process.CallContinuation;
import org.jbeamjit.runtime.process.ErlProcess;
import org.jbeamjit.runtime.process.Mailbox;
import org.jbeamjit.runtime.term.Atom;
import org.jbeamjit.runtime.term.Atoms;
import org.jbeamjit.runtime.term.BitString;
import org.jbeamjit.runtime.term.Cons;
import org.jbeamjit.runtime.term.ErlMap;
import org.jbeamjit.runtime.term.Fun;
import org.jbeamjit.runtime.term.Nil;
import org.jbeamjit.runtime.term.Pid;
import org.jbeamjit.runtime.term.Port;
import org.jbeamjit.runtime.term.Ref;
import org.jbeamjit.runtime.term.Terms;
import org.jbeamjit.runtime.term.Tuple;

/**
 * Runs translated functions ({@link Body}) with the engines' contract (docs/EXECUTION.md): one
 * reduction per function entry, heap frames ({@link InterpFrame}) pushed by non-tail call sites
 * that see {@code YIELD}, tail calls that return the callee's {@code YIELD} untouched, and
 * exceptions that look for a catch tag in the frame's y registers before they leave it.
 *
 * <p>One invocation of {@link #run} is one Erlang function activation, except that a tail call to
 * another interpreted function replaces the activation in place, so interpreted tail recursion,
 * local or across modules, runs in constant JVM stack.
 */
final class Interpreter {

  private Interpreter() {}

  /**
   * Runs {@code b} from {@code pc} with registers {@code x} (sized {@code b.xCount}) and {@code y}.
   * {@code pending} is the exception being handled when {@code pc} is a handler.
   */
  static Object run(ErlProcess p, int depth, Body b, Object[] x, Object[] y, int pc, ErlangException pending) {
    return run(p, depth, b, x, y, pc, pending, InterpStack.current());
  }

  /** As above, with this thread's {@link InterpStack} at hand (calls from interpreted code pass theirs). */
  static Object run(ErlProcess p, int depth, Body b, Object[] x, Object[] y, int pc, ErlangException pending,
      InterpStack stack) {
    int slot = stack.push(b);
    try {
      return execute(p, depth, b, x, y, pc, pending, stack, slot);
    } finally {
      stack.pop(slot);
    }
  }

  private static Object execute(ErlProcess p, int depth, Body b, Object[] x, Object[] y, int pc,
      ErlangException pending, InterpStack stack, int slot) {
    int[] code = b.code;
    Object[] k = b.consts;
    double[] fr = null;
    int ip = pc;
    for (;;) {
      try {
        for (;;) {
          ip = pc;
          switch (code[pc]) {
            case Op.MOVE -> {
              put(code[pc + 2], get(code[pc + 1], x, y, k), x, y);
              pc += 3;
            }
            case Op.SWAP -> {
              int a = code[pc + 1];
              int c = code[pc + 2];
              Object t = get(a, x, y, k);
              put(a, get(c, x, y, k), x, y);
              put(c, t, x, y);
              pc += 3;
            }
            case Op.GET_LIST -> {
              Cons c = (Cons) get(code[pc + 1], x, y, k);
              put(code[pc + 2], c.head, x, y);
              put(code[pc + 3], c.tail, x, y);
              pc += 4;
            }
            case Op.GET_HD -> {
              put(code[pc + 2], ((Cons) get(code[pc + 1], x, y, k)).head, x, y);
              pc += 3;
            }
            case Op.GET_TL -> {
              put(code[pc + 2], ((Cons) get(code[pc + 1], x, y, k)).tail, x, y);
              pc += 3;
            }
            case Op.GET_TUPLE_ELEMENT -> {
              put(code[pc + 3], ((Tuple) get(code[pc + 1], x, y, k)).elems[code[pc + 2]], x, y);
              pc += 4;
            }
            case Op.SET_TUPLE_ELEMENT -> {
              // Only ever applied to a tuple this function has just built, which nothing else sees yet.
              ((Tuple) get(code[pc + 2], x, y, k)).elems[code[pc + 3]] = get(code[pc + 1], x, y, k);
              pc += 4;
            }
            case Op.PUT_LIST -> {
              put(code[pc + 3], new Cons(get(code[pc + 1], x, y, k), get(code[pc + 2], x, y, k)), x, y);
              pc += 4;
            }
            case Op.PUT_TUPLE2 -> {
              int[] srcs = (int[]) k[code[pc + 2]];
              Object[] es = new Object[srcs.length];
              for (int i = 0; i < es.length; i++) {
                es[i] = get(srcs[i], x, y, k);
              }
              put(code[pc + 1], new Tuple(es), x, y);
              pc += 3;
            }
            case Op.INIT -> {
              put(code[pc + 1], Nil.NIL, x, y);
              pc += 2;
            }
            case Op.INIT_YREGS -> {
              for (int r : (int[]) k[code[pc + 1]]) {
                put(r, Nil.NIL, x, y);
              }
              pc += 2;
            }
            case Op.UPDATE_RECORD -> {
              Object[] es = ((Tuple) get(code[pc + 2], x, y, k)).elems.clone();
              int[] pairs = (int[]) k[code[pc + 4]];
              for (int i = 0; i < pairs.length; i += 2) {
                es[pairs[i] - 1] = get(pairs[i + 1], x, y, k);
              }
              put(code[pc + 3], new Tuple(es), x, y);
              pc += 5;
            }
            case Op.ALLOCATE -> {
              y = new Object[code[pc + 1]];
              pc += 2;
            }
            case Op.DEALLOCATE -> {
              y = null;
              pc += 1;
            }
            case Op.TRIM -> {
              int n = code[pc + 1];
              y = Arrays.copyOfRange(y, n, n + code[pc + 2]);
              pc += 3;
            }
            case Op.RETURN -> {
              return x[0];
            }
            case Op.FUNC_INFO -> throw Errors.functionClause(b.module, b.functionIndex, b.lineAt[ip],
                Arrays.copyOf(x, b.arity));

            // ---- calls
            case Op.CALL -> {
              stack.pcs[slot] = ip;
              int arity = code[pc + 1];
              Object r = callLocal(p, depth, b.module.code(code[pc + 2]), x, arity, stack);
              if (r == ErlProcess.YIELD) {
                return p.pushCaller(new InterpFrame(b, y, pc + 3, ip));
              }
              x[0] = r;
              pc += 3;
            }
            case Op.CALL_LAST -> {
              stack.pcs[slot] = ip;
              int arity = code[pc + 1];
              FunctionCode target = b.module.code(code[pc + 2]);
              y = null;
              if (target instanceof InterpretedFunction f) {
                if (p.mustUnwind(depth)) {
                  return p.suspend(new CallContinuation(f, Arrays.copyOf(x, arity)));
                }
                b = f.body();
                stack.bodies[slot] = b;
                stack.pcs[slot] = b.entryPc; // the old body's pc means nothing in the new one
                code = b.code;
                k = b.consts;
                if (x.length < b.xCount) {
                  x = Arrays.copyOf(x, b.xCount);
                }
                pc = b.entryPc;
              } else {
                return target.invoke(p, depth + 1, Arrays.copyOf(x, arity));
              }
            }
            case Op.CALL_EXT -> {
              stack.pcs[slot] = ip;
              int arity = code[pc + 1];
              Export e = (Export) k[code[pc + 2]];
              if (code[pc + 3] == 0) {
                FunctionCode target = e.code();
                Object r = target == null ? e.invoke(p, depth + 1, Arrays.copyOf(x, arity)) // unbound: autoload or undef
                    : callLocal(p, depth, target, x, arity, stack);
                if (r == ErlProcess.YIELD) {
                  return p.pushCaller(new InterpFrame(b, y, pc + 4, ip));
                }
                x[0] = r;
                pc += 4;
              } else {
                y = null;
                FunctionCode target = e.code();
                if (target instanceof InterpretedFunction f) {
                  if (p.mustUnwind(depth)) {
                    return p.suspend(new CallContinuation(f, Arrays.copyOf(x, arity)));
                  }
                  b = f.body();
                  stack.bodies[slot] = b;
                  stack.pcs[slot] = b.entryPc;
                  code = b.code;
                  k = b.consts;
                  if (x.length < b.xCount) {
                    x = Arrays.copyOf(x, b.xCount);
                  }
                  pc = b.entryPc;
                } else {
                  return e.invoke(p, depth + 1, Arrays.copyOf(x, arity));
                }
              }
            }
            case Op.CALL_BIF -> {
              stack.pcs[slot] = ip; // a BIF may read its caller's stack (InterpStack.fromTop)
              int arity = code[pc + 1];
              Object r = Bifs.call((BifEntry) k[code[pc + 2]], p, Arrays.copyOf(x, arity));
              if (code[pc + 3] != 0) {
                return r;
              }
              x[0] = r;
              pc += 4;
            }
            case Op.APPLY -> {
              stack.pcs[slot] = ip;
              int arity = code[pc + 1];
              boolean tail = code[pc + 2] != 0;
              Object m = x[arity];
              Object f = x[arity + 1];
              if (tail) {
                y = null;
                return Calls.apply(p, depth + 1, m, f, Cons.list(Arrays.copyOf(x, arity)));
              }
              Object r = Calls.apply(p, depth + 1, m, f, Cons.list(Arrays.copyOf(x, arity)));
              if (r == ErlProcess.YIELD) {
                return p.pushCaller(new InterpFrame(b, y, pc + 3, ip));
              }
              x[0] = r;
              pc += 3;
            }
            case Op.APPLY_EXT3, Op.APPLY_EXT2 -> {
              stack.pcs[slot] = ip;
              boolean tail = code[pc + 1] != 0;
              Object r;
              if (code[pc] == Op.APPLY_EXT3) {
                r = Calls.apply(p, depth + 1, x[0], x[1], x[2]);
              } else {
                r = Calls.applyFun(p, depth + 1, x[0], x[1]);
              }
              if (tail) {
                return r;
              }
              if (r == ErlProcess.YIELD) {
                return p.pushCaller(new InterpFrame(b, y, pc + 2, ip));
              }
              x[0] = r;
              pc += 2;
            }
            case Op.CALL_FUN -> {
              stack.pcs[slot] = ip;
              int arity = code[pc + 1];
              Object fun = get(code[pc + 2], x, y, k);
              if (code[pc + 3] != 0) {
                y = null;
                return Calls.callFun(p, depth + 1, fun, Arrays.copyOf(x, arity));
              }
              Object r = Calls.callFun(p, depth + 1, fun, Arrays.copyOf(x, arity));
              if (r == ErlProcess.YIELD) {
                return p.pushCaller(new InterpFrame(b, y, pc + 4, ip));
              }
              x[0] = r;
              pc += 4;
            }
            case Op.MAKE_FUN -> {
              int[] srcs = (int[]) k[code[pc + 3]];
              Object[] env = new Object[srcs.length];
              for (int i = 0; i < env.length; i++) {
                env[i] = get(srcs[i], x, y, k);
              }
              put(code[pc + 2], b.module.fun(code[pc + 1]).make(p.pid(), env), x, y);
              pc += 4;
            }

            // ---- BIFs
            case Op.BIF0 -> {
              put(code[pc + 2], callBif(k[code[pc + 1]], p, depth, new Object[0]), x, y);
              pc += 3;
            }
            case Op.BIF1 -> {
              int fail = code[pc + 1];
              Object t = k[code[pc + 2]];
              Object a = get(code[pc + 3], x, y, k);
              Object r;
              if (fail < 0) {
                r = t instanceof BifEntry e ? Bifs.call1(e, p, a) : callBif(t, p, depth, new Object[] {a});
              } else {
                try {
                  r = t instanceof BifEntry e ? Bifs.call1(e, p, a) : callBif(t, p, depth, new Object[] {a});
                } catch (ErlangException e) {
                  pc = fail;
                  continue;
                }
              }
              put(code[pc + 4], r, x, y);
              pc += 5;
            }
            case Op.BIF2 -> {
              int fail = code[pc + 1];
              Object t = k[code[pc + 2]];
              Object a = get(code[pc + 3], x, y, k);
              Object c = get(code[pc + 4], x, y, k);
              Object r;
              if (fail < 0) {
                r = t instanceof BifEntry e ? Bifs.call2(e, p, a, c) : callBif(t, p, depth, new Object[] {a, c});
              } else {
                try {
                  r = t instanceof BifEntry e ? Bifs.call2(e, p, a, c) : callBif(t, p, depth, new Object[] {a, c});
                } catch (ErlangException e) {
                  pc = fail;
                  continue;
                }
              }
              put(code[pc + 5], r, x, y);
              pc += 6;
            }
            case Op.INTRINSIC2 -> {
              Object a = get(code[pc + 3], x, y, k);
              Object c = get(code[pc + 4], x, y, k);
              Object r = a instanceof Long la && c instanceof Long lc ? Intrinsics.apply(code[pc + 6], la, lc) : null;
              if (r == null) {
                BifEntry e = (BifEntry) k[code[pc + 2]];
                int fail = code[pc + 1];
                try {
                  r = code[pc + 7] != 0 ? Bifs.call2(e, p, a, c) : Bifs.call2WithoutFrame(e, p, a, c);
                } catch (ErlangException ex) {
                  if (fail < 0) {
                    throw ex;
                  }
                  pc = fail;
                  continue;
                }
              }
              put(code[pc + 5], r, x, y);
              pc += 8;
            }
            case Op.BIF2_NO_FRAME -> {
              int fail = code[pc + 1];
              BifEntry e = (BifEntry) k[code[pc + 2]];
              Object a = get(code[pc + 3], x, y, k);
              Object c = get(code[pc + 4], x, y, k);
              Object r;
              if (fail < 0) {
                r = Bifs.call2WithoutFrame(e, p, a, c);
              } else {
                try {
                  r = Bifs.call2WithoutFrame(e, p, a, c);
                } catch (ErlangException ex) {
                  pc = fail;
                  continue;
                }
              }
              put(code[pc + 5], r, x, y);
              pc += 6;
            }
            case Op.BIF3 -> {
              int fail = code[pc + 1];
              Object[] args = {get(code[pc + 3], x, y, k), get(code[pc + 4], x, y, k), get(code[pc + 5], x, y, k)};
              Object r;
              if (fail < 0) {
                r = callBif(k[code[pc + 2]], p, depth, args);
              } else {
                try {
                  r = callBif(k[code[pc + 2]], p, depth, args);
                } catch (ErlangException e) {
                  pc = fail;
                  continue;
                }
              }
              put(code[pc + 6], r, x, y);
              pc += 7;
            }

            // ---- tests
            case Op.IS_LT -> pc = compare(get(code[pc + 2], x, y, k), get(code[pc + 3], x, y, k)) < 0 ? pc + 4
                : code[pc + 1];
            case Op.IS_GE -> pc = compare(get(code[pc + 2], x, y, k), get(code[pc + 3], x, y, k)) >= 0 ? pc + 4
                : code[pc + 1];
            case Op.IS_EQ -> pc = Terms.arithEquals(get(code[pc + 2], x, y, k), get(code[pc + 3], x, y, k)) ? pc + 4
                : code[pc + 1];
            case Op.IS_NE -> pc = !Terms.arithEquals(get(code[pc + 2], x, y, k), get(code[pc + 3], x, y, k)) ? pc + 4
                : code[pc + 1];
            case Op.IS_EQ_EXACT -> pc = exactEquals(get(code[pc + 2], x, y, k), get(code[pc + 3], x, y, k)) ? pc + 4
                : code[pc + 1];
            case Op.IS_NE_EXACT -> pc = !exactEquals(get(code[pc + 2], x, y, k), get(code[pc + 3], x, y, k)) ? pc + 4
                : code[pc + 1];
            case Op.IS_INTEGER -> {
              Object v = get(code[pc + 2], x, y, k);
              pc = v instanceof Long || v instanceof BigInteger ? pc + 3 : code[pc + 1];
            }
            case Op.IS_FLOAT -> pc = get(code[pc + 2], x, y, k) instanceof Double ? pc + 3 : code[pc + 1];
            case Op.IS_NUMBER -> {
              Object v = get(code[pc + 2], x, y, k);
              pc = v instanceof Long || v instanceof Double || v instanceof BigInteger ? pc + 3 : code[pc + 1];
            }
            case Op.IS_ATOM -> pc = get(code[pc + 2], x, y, k) instanceof Atom ? pc + 3 : code[pc + 1];
            case Op.IS_PID -> pc = get(code[pc + 2], x, y, k) instanceof Pid ? pc + 3 : code[pc + 1];
            case Op.IS_REFERENCE -> pc = get(code[pc + 2], x, y, k) instanceof Ref ? pc + 3 : code[pc + 1];
            case Op.IS_PORT -> pc = get(code[pc + 2], x, y, k) instanceof Port ? pc + 3 : code[pc + 1];
            case Op.IS_NIL -> pc = get(code[pc + 2], x, y, k) == Nil.NIL ? pc + 3 : code[pc + 1];
            case Op.IS_BINARY -> pc = get(code[pc + 2], x, y, k) instanceof BitString bs && bs.isBinary() ? pc + 3
                : code[pc + 1];
            case Op.IS_BITSTR -> pc = get(code[pc + 2], x, y, k) instanceof BitString ? pc + 3 : code[pc + 1];
            case Op.IS_LIST -> {
              Object v = get(code[pc + 2], x, y, k);
              pc = v instanceof Cons || v == Nil.NIL ? pc + 3 : code[pc + 1];
            }
            case Op.IS_NONEMPTY_LIST -> pc = get(code[pc + 2], x, y, k) instanceof Cons ? pc + 3 : code[pc + 1];
            case Op.IS_TUPLE -> pc = get(code[pc + 2], x, y, k) instanceof Tuple ? pc + 3 : code[pc + 1];
            case Op.IS_FUNCTION -> pc = get(code[pc + 2], x, y, k) instanceof Fun ? pc + 3 : code[pc + 1];
            case Op.IS_FUNCTION2 -> {
              Object v = get(code[pc + 2], x, y, k);
              Object a = get(code[pc + 3], x, y, k);
              pc = v instanceof Fun f && a instanceof Long n && f.arity() == n ? pc + 4 : code[pc + 1];
            }
            case Op.IS_BOOLEAN -> {
              Object v = get(code[pc + 2], x, y, k);
              pc = v == Atoms.TRUE || v == Atoms.FALSE ? pc + 3 : code[pc + 1];
            }
            case Op.IS_MAP -> pc = get(code[pc + 2], x, y, k) instanceof ErlMap ? pc + 3 : code[pc + 1];
            case Op.TEST_ARITY -> pc = get(code[pc + 2], x, y, k) instanceof Tuple t && t.elems.length == code[pc + 3]
                ? pc + 4 : code[pc + 1];
            case Op.IS_TAGGED_TUPLE -> {
              Object v = get(code[pc + 2], x, y, k);
              pc = v instanceof Tuple t && t.elems.length == code[pc + 3] && t.elems[0] == k[code[pc + 4]] ? pc + 5
                  : code[pc + 1];
            }
            case Op.SELECT_VAL -> {
              int t = ((SelectTable) k[code[pc + 3]]).target(get(code[pc + 1], x, y, k));
              pc = t >= 0 ? t : code[pc + 2];
            }
            case Op.SELECT_TUPLE_ARITY -> {
              Object v = get(code[pc + 1], x, y, k);
              int t = v instanceof Tuple tu ? ((SelectTable) k[code[pc + 3]]).target(tu.elems.length) : -1;
              pc = t >= 0 ? t : code[pc + 2];
            }
            case Op.JUMP -> pc = code[pc + 1];

            // ---- exceptions
            case Op.CATCH -> {
              put(code[pc + 1], k[code[pc + 2]], x, y);
              pc += 3;
            }
            case Op.CATCH_END -> {
              put(code[pc + 1], Nil.NIL, x, y);
              if (pending != null) {
                x[0] = Exceptions.catchValue(pending, p);
                pending = null;
              }
              pc += 2;
            }
            case Op.TRY_END -> {
              put(code[pc + 1], Nil.NIL, x, y);
              pc += 2;
            }
            case Op.TRY_CASE -> {
              put(code[pc + 1], Nil.NIL, x, y);
              x[0] = pending.kind();
              x[1] = pending.reason();
              x[2] = pending;
              pending = null;
              pc += 2;
            }
            case Op.TRY_CASE_END -> throw Errors.tryClause(get(code[pc + 1], x, y, k));
            case Op.BADMATCH -> throw Errors.badmatch(get(code[pc + 1], x, y, k));
            case Op.CASE_END -> throw Errors.caseClause(get(code[pc + 1], x, y, k));
            case Op.IF_END -> throw Errors.ifClause();
            case Op.BADRECORD -> throw Errors.badrecord(get(code[pc + 1], x, y, k));
            case Op.RAISE -> {
              Object raw = get(code[pc + 1], x, y, k);
              Object value = get(code[pc + 2], x, y, k);
              throw raw instanceof ErlangException e ? Exceptions.rawRaise(e.kind(), value, e)
                  : ErlangException.withStacktrace(Atoms.ERROR, value, raw);
            }
            case Op.BUILD_STACKTRACE -> {
              x[0] = Exceptions.buildStacktrace(x[0], p);
              pc += 1;
            }
            case Op.RAW_RAISE -> throw Exceptions.rawRaise(x[0], x[1], x[2]);

            // ---- maps
            case Op.GET_MAP_ELEMENTS -> {
              Object m = get(code[pc + 2], x, y, k);
              int[] pairs = (int[]) k[code[pc + 3]];
              if (!(m instanceof ErlMap map) || !getMapElements(map, pairs, x, y, k)) {
                pc = code[pc + 1];
              } else {
                pc += 4;
              }
            }
            case Op.HAS_MAP_FIELDS -> {
              Object m = get(code[pc + 2], x, y, k);
              boolean all = m instanceof ErlMap;
              for (int s : (int[]) k[code[pc + 3]]) {
                all = all && ((ErlMap) m).containsKey(get(s, x, y, k));
              }
              pc = all ? pc + 4 : code[pc + 1];
            }
            case Op.PUT_MAP_ASSOC, Op.PUT_MAP_EXACT -> {
              int fail = code[pc + 1];
              Object m = get(code[pc + 2], x, y, k);
              int[] kvs = (int[]) k[code[pc + 4]];
              Object[] pairs = new Object[kvs.length];
              for (int i = 0; i < kvs.length; i++) {
                pairs[i] = get(kvs[i], x, y, k);
              }
              Object r = code[pc] == Op.PUT_MAP_ASSOC ? MapOps.putAssoc(m, pairs, fail < 0)
                  : MapOps.putExact(m, pairs, fail < 0);
              if (r == null) {
                pc = fail;
              } else {
                put(code[pc + 3], r, x, y);
                pc += 5;
              }
            }

            // ---- floats
            case Op.FMOVE_TO_FR -> {
              fr = floatRegs(fr, code[pc + 2]);
              fr[code[pc + 2]] = (Double) get(code[pc + 1], x, y, k);
              pc += 3;
            }
            case Op.FMOVE_FROM_FR -> {
              put(code[pc + 2], fr[code[pc + 1]], x, y);
              pc += 3;
            }
            case Op.FCONV -> {
              fr = floatRegs(fr, code[pc + 2]);
              fr[code[pc + 2]] = Floats.toDouble(get(code[pc + 1], x, y, k));
              pc += 3;
            }
            case Op.FADD -> {
              fr = floatRegs(fr, code[pc + 3]);
              fr[code[pc + 3]] = Floats.checked(fr[code[pc + 1]] + fr[code[pc + 2]]);
              pc += 4;
            }
            case Op.FSUB -> {
              fr = floatRegs(fr, code[pc + 3]);
              fr[code[pc + 3]] = Floats.checked(fr[code[pc + 1]] - fr[code[pc + 2]]);
              pc += 4;
            }
            case Op.FMUL -> {
              fr = floatRegs(fr, code[pc + 3]);
              fr[code[pc + 3]] = Floats.checked(fr[code[pc + 1]] * fr[code[pc + 2]]);
              pc += 4;
            }
            case Op.FDIV -> {
              fr = floatRegs(fr, code[pc + 3]);
              fr[code[pc + 3]] = Floats.checked(fr[code[pc + 1]] / fr[code[pc + 2]]);
              pc += 4;
            }
            case Op.FNEGATE -> {
              fr = floatRegs(fr, code[pc + 2]);
              fr[code[pc + 2]] = Floats.negate(fr[code[pc + 1]]);
              pc += 3;
            }

            // ---- receive
            case Op.SEND -> {
              x[0] = callBif(k[code[pc + 1]], p, depth, new Object[] {x[0], x[1]});
              pc += 2;
            }
            case Op.REMOVE_MESSAGE -> {
              p.mailbox().remove();
              pc += 1;
            }
            case Op.TIMEOUT -> {
              p.mailbox().resetSavePointer();
              pc += 1;
            }
            case Op.LOOP_REC -> {
              Object m = p.mailbox().peek();
              if (m == null) {
                pc = code[pc + 1];
              } else {
                put(code[pc + 2], m, x, y);
                pc += 3;
              }
            }
            case Op.LOOP_REC_END -> {
              p.mailbox().next();
              pc = code[pc + 1];
            }
            case Op.WAIT -> {
              return p.suspendToWait(InterpFrame.waiting(b, y, code[pc + 1], -1), ErlProcess.INFINITY);
            }
            case Op.WAIT_TIMEOUT -> {
              long ms = Receives.waitTimeoutMillis(p, get(code[pc + 2], x, y, k));
              return p.suspendToWait(InterpFrame.waiting(b, y, code[pc + 1], ms == ErlProcess.INFINITY ? -1 : pc + 3), ms);
            }
            case Op.RECV_MARKER_RESERVE -> {
              put(code[pc + 1], p.mailbox().reserveMarker(), x, y);
              pc += 2;
            }
            case Op.RECV_MARKER_BIND -> {
              Object marker = get(code[pc + 1], x, y, k);
              if (marker instanceof Mailbox.Marker mk) {
                p.mailbox().bindMarker(mk, get(code[pc + 2], x, y, k));
              }
              pc += 3;
            }
            case Op.RECV_MARKER_USE -> {
              p.mailbox().useMarker(get(code[pc + 1], x, y, k));
              pc += 2;
            }
            case Op.RECV_MARKER_CLEAR -> {
              p.mailbox().clearMarker(get(code[pc + 1], x, y, k));
              pc += 2;
            }
            default -> pc = BitSyntaxOps.execute(code, pc, x, y, k);
          }
        }
      } catch (ErlangException e) {
        switch (b.frameKind[ip]) {
          case Body.FRAME -> StackFrames.add(e, b.module, b.functionIndex, b.lineAt[ip]);
          case Body.CALL -> StackFrames.addAtCall(e, b.module, b.functionIndex, b.lineAt[ip],
              new CallSite(b.module, b.functionIndex, ip));
          case Body.TAIL_CALL -> StackFrames.addAtTailCall(e, b.module, b.functionIndex, b.lineAt[ip]);
          default -> {
          }
        }
        int handler = handler(y);
        if (handler < 0) {
          throw e;
        }
        pending = e;
        pc = handler;
      }
    }
  }

  /** The handler of the innermost active catch or try in {@code y}, or -1. */
  static int handler(Object[] y) {
    if (y != null) {
      for (Object o : y) {
        if (o instanceof CatchTag t) {
          return t.handlerPc;
        }
      }
    }
    return -1;
  }

  /** A non-tail call to a function of this or another module: arguments x0..x(arity-1). */
  private static Object callLocal(ErlProcess p, int depth, FunctionCode target, Object[] x, int arity,
      InterpStack stack) {
    if (target instanceof InterpretedFunction f) {
      Body cb = f.body();
      Object[] cx = new Object[cb.xCount];
      System.arraycopy(x, 0, cx, 0, arity);
      return f.enter(p, depth + 1, cx, stack);
    }
    return target.invoke(p, depth + 1, Arrays.copyOf(x, arity));
  }

  /** A BIF instruction's target: the BIF, or the export entry of one this VM lacks (undef). */
  private static Object callBif(Object target, ErlProcess p, int depth, Object[] args) {
    if (target instanceof BifEntry b) {
      return Bifs.call(b, p, args);
    }
    Object r = ((Export) target).invoke(p, depth + 1, args);
    if (r == ErlProcess.YIELD) {
      throw new IllegalStateException(target + " is called as a BIF but yielded");
    }
    return r;
  }

  private static boolean getMapElements(ErlMap map, int[] pairs, Object[] x, Object[] y, Object[] k) {
    Object[] values = new Object[pairs.length / 2];
    for (int i = 0; i < values.length; i++) {
      Object v = map.get(get(pairs[2 * i], x, y, k));
      if (v == null) {
        return false;
      }
      values[i] = v;
    }
    for (int i = 0; i < values.length; i++) {
      put(pairs[2 * i + 1], values[i], x, y);
    }
    return true;
  }

  static Object get(int s, Object[] x, Object[] y, Object[] k) {
    int i = s >> 2;
    switch (s & 3) {
      case Operands.X:
        return x[i];
      case Operands.Y:
        return y[i];
      default:
        return k[i];
    }
  }

  static void put(int d, Object v, Object[] x, Object[] y) {
    if ((d & 3) == Operands.X) {
      x[d >> 2] = v;
    } else {
      y[d >> 2] = v;
    }
  }

  private static boolean exactEquals(Object a, Object b) {
    if (a == b) {
      return true;
    }
    if (a instanceof Long la) {
      return b instanceof Long lb && la.longValue() == lb.longValue();
    }
    if (a instanceof Atom || b instanceof Atom) {
      return false; // atoms are interned
    }
    return Terms.exactEquals(a, b);
  }

  private static int compare(Object a, Object b) {
    if (a instanceof Long la && b instanceof Long lb) {
      return Long.compare(la, lb);
    }
    return Terms.compare(a, b);
  }

  private static double[] floatRegs(double[] fr, int index) {
    if (fr == null) {
      return new double[Math.max(8, index + 1)];
    }
    return index < fr.length ? fr : Arrays.copyOf(fr, Math.max(fr.length * 2, index + 1));
  }
}
