package org.jbeamjit.runtime.ets;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jbeamjit.runtime.bif.Bif;
import org.jbeamjit.runtime.error.ErlangException;
import org.jbeamjit.runtime.ets.matchspec.MatchSpec;
import org.jbeamjit.runtime.process.ErlProcess;
import org.jbeamjit.runtime.term.Atom;
import org.jbeamjit.runtime.term.Atoms;
import org.jbeamjit.runtime.term.Cons;
import org.jbeamjit.runtime.term.Nil;
import org.jbeamjit.runtime.term.Ref;
import org.jbeamjit.runtime.term.Tuple;

/**
 * The BIFs that run match specifications: over a table ({@code select*}, {@code match*}), over a
 * list ({@code ets:match_spec_run_r/3}), or on one term ({@code erlang:match_spec_test/3}), and
 * compile them ({@code ets:match_spec_compile/1}).
 */
public final class EtsMatchBifs {
  private static final Atom ALL_BINDINGS = Atom.of("$$");
  private static final Atom WHOLE = Atom.of("$_");
  private static final Atom TABLE = Atom.of("table");
  /** The longest error message of the match-spec compiler, in bytes. */
  private static final int MESSAGE_BYTES = 99;

  private EtsMatchBifs() {}

  // ---- select ----

  @Bif(module = "ets", name = "select")
  public static Object select(ErlProcess p, Object tab, Object spec) {
    EtsTable t = TableRegistry.table(tab).readableBy(p);
    return Selection.select(t, compile(spec), p, false);
  }

  @Bif(module = "ets", name = "select_reverse")
  public static Object selectReverse(ErlProcess p, Object tab, Object spec) {
    EtsTable t = TableRegistry.table(tab).readableBy(p);
    return Selection.select(t, compile(spec), p, true);
  }

  @Bif(module = "ets", name = "select")
  public static Object select(ErlProcess p, Object tab, Object spec, Object chunk) {
    return chunked(p, tab, spec, chunk, false);
  }

  @Bif(module = "ets", name = "select_reverse")
  public static Object selectReverse(ErlProcess p, Object tab, Object spec, Object chunk) {
    return chunked(p, tab, spec, chunk, true);
  }

  @Bif(module = "ets", name = "select")
  public static Object select(ErlProcess p, Object continuation) {
    return Selection.resume(continuation, p);
  }

  @Bif(module = "ets", name = "select_reverse")
  public static Object selectReverse(ErlProcess p, Object continuation) {
    return Selection.resume(continuation, p);
  }

  @Bif(module = "ets", name = "select_count")
  public static Object selectCount(ErlProcess p, Object tab, Object spec) {
    EtsTable t = TableRegistry.table(tab).readableBy(p);
    return Selection.count(t, compile(spec), p);
  }

  @Bif(module = "ets", name = "internal_select_delete")
  public static Object selectDelete(ErlProcess p, Object tab, Object spec) {
    EtsTable t = TableRegistry.table(tab).writableBy(p);
    return Selection.delete(t, compile(spec), p);
  }

  @Bif(module = "ets", name = "select_replace")
  public static Object selectReplace(ErlProcess p, Object tab, Object spec) {
    EtsTable t = TableRegistry.table(tab).writableBy(p);
    if (t.type == TableType.BAG) {
      throw EtsErrors.badarg(EtsErrors.TABLE_TYPE); // OTP 25 replaces in the other three types
    }
    MatchSpec ms = compile(spec);
    if (!ms.keepsKey(t.keypos - 1)) {
      throw ErlangException.badarg();
    }
    return Selection.replace(t, ms, p);
  }

  // ---- match, match_object ----

  @Bif(module = "ets", name = "match")
  public static Object match(ErlProcess p, Object tab, Object pattern) {
    EtsTable t = TableRegistry.table(tab).readableBy(p);
    return Selection.select(t, compile(patternSpec(pattern, ALL_BINDINGS)), p, false);
  }

  @Bif(module = "ets", name = "match")
  public static Object match(ErlProcess p, Object tab, Object pattern, Object chunk) {
    return chunked(p, tab, patternSpec(pattern, ALL_BINDINGS), chunk, false);
  }

  @Bif(module = "ets", name = "match")
  public static Object match(ErlProcess p, Object continuation) {
    return Selection.resume(continuation, p);
  }

  @Bif(module = "ets", name = "match_object")
  public static Object matchObject(ErlProcess p, Object tab, Object pattern) {
    EtsTable t = TableRegistry.table(tab).readableBy(p);
    return Selection.select(t, compile(patternSpec(pattern, WHOLE)), p, false);
  }

  @Bif(module = "ets", name = "match_object")
  public static Object matchObject(ErlProcess p, Object tab, Object pattern, Object chunk) {
    return chunked(p, tab, patternSpec(pattern, WHOLE), chunk, false);
  }

  @Bif(module = "ets", name = "match_object")
  public static Object matchObject(ErlProcess p, Object continuation) {
    return Selection.resume(continuation, p);
  }

  /** {@code [{Pattern, [], [Result]}]}: what match/2 and match_object/2 run. */
  private static Object patternSpec(Object pattern, Atom result) {
    return Cons.list(Tuple.of(pattern, Nil.NIL, Cons.list(result)));
  }

  private static Object chunked(ErlProcess p, Object tab, Object spec, Object chunk, boolean reverse) {
    EtsTable t = TableRegistry.table(tab).readableBy(p);
    if (!(chunk instanceof Long n) || n <= 0) {
      throw ErlangException.badarg();
    }
    MatchSpec ms = compile(spec);
    Ref msRef = CompiledMatchSpecs.reference(ms);
    return Selection.selectChunk(t, ms, msRef, (int) Math.min(n, Integer.MAX_VALUE), reverse, p);
  }

  /** The match specification {@code spec} compiled; {@code badarg} if it is not one. */
  private static MatchSpec compile(Object spec) {
    MatchSpec ms = MatchSpec.compile(spec);
    if (ms == null) {
      throw ErlangException.badarg();
    }
    return ms;
  }

  // ---- match specifications outside tables ----

  @Bif(module = "ets", name = "match_spec_compile")
  public static Object matchSpecCompile(Object spec) {
    MatchSpec ms = MatchSpec.compileAlone(spec);
    if (ms == null) {
      throw ErlangException.badarg();
    }
    return CompiledMatchSpecs.reference(ms);
  }

  @Bif(module = "ets", name = "is_compiled_ms")
  public static Object isCompiledMs(Object term) {
    return Atoms.bool(CompiledMatchSpecs.get(term) != null);
  }

  /** Runs a compiled specification on each term of a list, consing the results onto {@code acc}. */
  @Bif(module = "ets", name = "match_spec_run_r")
  public static Object matchSpecRunR(ErlProcess p, Object list, Object compiled, Object acc) {
    if (!(list instanceof Cons || list == Nil.NIL)) {
      throw ErlangException.badarg();
    }
    MatchSpec ms = CompiledMatchSpecs.get(compiled);
    if (ms == null) {
      throw ErlangException.badarg();
    }
    MatchSpec.Runner runner = ms.runner(p);
    Object out = acc;
    Object l = list;
    for (; l instanceof Cons c; l = c.tail) {
      Object r = runner.run(c.head);
      if (r != null) {
        out = new Cons(r, out);
      }
    }
    if (l != Nil.NIL) {
      throw ErlangException.badarg();
    }
    return out;
  }

  /**
   * {@code erlang:match_spec_test(Term, Spec, table)}: {@code {ok, Result, [], []}} (the result
   * is {@code false} when nothing matches) or {@code {error, [{error, Message}]}}.
   */
  @Bif(name = "match_spec_test")
  public static Object matchSpecTest(ErlProcess p, Object term, Object spec, Object type) {
    if (type != TABLE) {
      throw ErlangException.badarg();
    }
    List<String> errors = MatchSpec.errors(spec);
    if (!errors.isEmpty()) {
      List<Object> es = new ArrayList<>();
      for (String e : errors) {
        es.add(Tuple.of(Atoms.ERROR, string(e)));
      }
      return Tuple.of(Atoms.ERROR, Cons.fromList(es));
    }
    Object r = MatchSpec.compileAlone(spec).run(term, p);
    return Tuple.of(Atoms.OK, r == null ? Atoms.FALSE : r, Nil.NIL, Nil.NIL);
  }

  /**
   * An error message as OTP hands it out: the bytes of its UTF-8 text (an atom's non-ASCII
   * characters come out as their bytes), cut at the 99 bytes of the emulator's message buffer.
   */
  private static Object string(String s) {
    byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
    Object l = Nil.NIL;
    for (int i = Math.min(bytes.length, MESSAGE_BYTES) - 1; i >= 0; i--) {
      l = new Cons((long) (bytes[i] & 0xFF), l);
    }
    return l;
  }
}
