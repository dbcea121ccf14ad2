package org.jbeamjit.runtime.bits;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jbeamjit.runtime.term.Atom;
import org.jbeamjit.runtime.term.BitString;
import org.jbeamjit.runtime.term.Nil;
import org.jbeamjit.runtime.term.Tuple;

/**
 * Runs the matching code erlc emits for a {@code case B of <<...>> -> ...; _ -> nomatch end}
 * function, straight from the {@code erlc -S} listing, calling {@link MatchContext} for each bit
 * syntax instruction the way an engine does. Enough of an interpreter to check the
 * instruction-to-runtime mapping against erl; not a general one.
 */
final class MatchCode {
  /** How the listing writes an empty list operand. */
  private static final Atom NIL = Atom.of("nil");

  private final List<Object> code;
  private final Map<Long, Integer> labels = new HashMap<>();
  private final Object[] x = new Object[64];

  private MatchCode(List<Object> code) {
    this.code = code;
    for (int i = 0; i < code.size(); i++) {
      if (code.get(i) instanceof Tuple t && name(t.get(0)).equals("label")) {
        labels.put((Long) t.get(1), i);
      }
    }
  }

  /** Runs a function's instruction list, entered at its first label after func_info, with these arguments. */
  static Object run(List<Object> code, List<Object> args) {
    MatchCode m = new MatchCode(code);
    for (int i = 0; i < args.size(); i++) {
      m.x[i] = args.get(i);
    }
    return m.execute();
  }

  private Object execute() {
    int pc = 0;
    while (!(code.get(pc) instanceof Tuple t && name(t.get(0)).equals("func_info"))) {
      pc++;
    }
    pc++;
    while (true) {
      Object insn = code.get(pc++);
      if (insn instanceof Atom a) {
        if (a.name().equals("return")) {
          return x[0];
        }
        throw new IllegalStateException("instruction not covered: " + a);
      }
      Tuple i = (Tuple) insn;
      switch (name(i.get(0))) {
        case "label", "line", "%", "test_heap" -> { }
        case "func_info" -> throw new IllegalStateException("function_clause");
        case "move" -> write(i.get(2), read(i.get(1)));
        case "jump" -> pc = target(i.get(1));
        case "put_tuple2" -> {
          List<Object> elems = CompiledOracle.elements(((Tuple) i.get(2)).get(1));
          write(i.get(1), Tuple.of(elems.stream().map(this::read).toArray()));
        }
        case "bs_start_match4" -> write(i.get(4), MatchContext.start(read(i.get(3))));
        case "bs_get_position" -> write(i.get(2), ctx(i.get(1)).position());
        case "bs_set_position" -> ctx(i.get(1)).position((Long) read(i.get(2)));
        case "bs_get_tail" -> write(i.get(2), ctx(i.get(1)).tail());
        case "test" -> {
          if (!test(i)) {
            pc = target(i.get(2));
          }
        }
        default -> throw new IllegalStateException("instruction not covered: " + i);
      }
    }
  }

  /** A {@code {test, Op, Fail, ...}} instruction: whether it succeeded. */
  private boolean test(Tuple i) {
    String op = name(i.get(1));
    // With a destination: {test, Op, Fail, Live, Args, Dst}; without: {test, Op, Fail, Args}.
    // The utf skips carry a live count in their arguments: [Ctx, Live, Flags].
    boolean hasDst = i.arity() == 6;
    List<Object> a = CompiledOracle.elements(i.get(hasDst ? 4 : 3));
    Object result;
    switch (op) {
      case "bs_start_match3" -> result = MatchContext.start(read(a.get(0)));
      case "bs_get_integer2" -> result = ctx(a.get(0)).getInteger(read(a.get(1)), unit(a.get(2)), flags(a.get(3)));
      case "bs_get_float2" -> result = ctx(a.get(0)).getFloat(read(a.get(1)), unit(a.get(2)), flags(a.get(3)));
      case "bs_get_binary2" -> result = ctx(a.get(0)).getBinary(read(a.get(1)), unit(a.get(2)));
      case "bs_get_utf8" -> result = ctx(a.get(0)).getUtf8();
      case "bs_get_utf16" -> result = ctx(a.get(0)).getUtf16(flags(a.get(1)));
      case "bs_get_utf32" -> result = ctx(a.get(0)).getUtf32(flags(a.get(1)));
      case "bs_skip_bits2" -> {
        return ctx(a.get(0)).skip(read(a.get(1)), unit(a.get(2)));
      }
      case "bs_skip_utf8" -> {
        return ctx(a.get(0)).skipUtf8();
      }
      case "bs_skip_utf16" -> {
        return ctx(a.get(0)).skipUtf16(flags(a.get(2)));
      }
      case "bs_skip_utf32" -> {
        return ctx(a.get(0)).skipUtf32(flags(a.get(2)));
      }
      case "bs_test_tail2" -> {
        return ctx(a.get(0)).testTail((Long) a.get(1));
      }
      case "bs_test_unit" -> {
        return ctx(a.get(0)).testUnit(unit(a.get(1)));
      }
      case "bs_match_string" -> {
        BitString s = (BitString) ((Tuple) a.get(2)).get(1);
        return ctx(a.get(0)).matchString(s, (Long) a.get(1));
      }
      default -> throw new IllegalStateException("test not covered: " + i);
    }
    if (result == null) {
      return false;
    }
    write(i.get(5), result);
    return true;
  }

  private MatchContext ctx(Object operand) {
    return (MatchContext) read(operand);
  }

  private int target(Object fail) {
    return labels.get((Long) ((Tuple) fail).get(1));
  }

  private Object read(Object operand) {
    if (operand == NIL) {
      return Nil.NIL;
    }
    Tuple t = (Tuple) operand;
    Object v = t.get(1);
    return switch (name(t.get(0))) {
      case "x" -> x[(int) (long) (Long) v];
      case "integer", "float", "literal", "atom" -> v;
      case "tr" -> read(v);
      default -> throw new IllegalStateException("operand not covered: " + operand);
    };
  }

  private void write(Object operand, Object value) {
    Tuple t = (Tuple) operand;
    if (!name(t.get(0)).equals("x")) {
      throw new IllegalStateException("destination not covered: " + operand);
    }
    x[(int) (long) (Long) t.get(1)] = value;
  }

  private static String name(Object atom) {
    return ((Atom) atom).name();
  }

  private static int unit(Object operand) {
    return (int) (long) (Long) operand;
  }

  private static int flags(Object operand) {
    int flags = 0;
    for (Object f : CompiledOracle.elements(((Tuple) operand).get(1))) {
      if (f instanceof Atom a) {
        switch (a.name()) {
          case "little" -> flags |= BitFlags.LITTLE;
          case "native" -> flags |= BitFlags.NATIVE;
          case "signed" -> flags |= BitFlags.SIGNED;
          default -> { }
        }
      }
    }
    return flags;
  }
}
