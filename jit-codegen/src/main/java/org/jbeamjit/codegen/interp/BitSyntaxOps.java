package org.jbeamjit.codegen.interp;

import static org.jbeamjit.codegen.interp.Interpreter.get;
import static org.jbeamjit.codegen.interp.Interpreter.put;

import org.jbeamjit.codegen.ops.BitSyntax;
import org.jbeamjit.codegen.ops.Errors;
import org.jbeamjit.runtime.bits.BitStringBuilder;
import org.jbeamjit.runtime.bits.MatchContext;
import org.jbeamjit.runtime.error.ErlangException;
import org.jbeamjit.runtime.term.BitString;

/**
 * The bit syntax instructions of the interpreter, apart from the main loop. Each returns the pc
 * to go on at: the next instruction, or the fail label when a match fails.
 */
final class BitSyntaxOps {
  private BitSyntaxOps() {}

  static int execute(int[] code, int pc, Object[] x, Object[] y, Object[] k) {
    switch (code[pc]) {
      case Op.BS_CREATE_BIN -> {
        BitSyntaxTranslation.CreateBin c = (BitSyntaxTranslation.CreateBin) k[code[pc + 3]];
        int n = c.segments().length;
        Object[] values = new Object[n];
        Object[] sizes = new Object[n];
        for (int i = 0; i < n; i++) {
          values[i] = get(c.values()[i], x, y, k);
          sizes[i] = get(c.sizes()[i], x, y, k);
        }
        int fail = code[pc + 1];
        BitString b;
        if (fail < 0) {
          b = BitSyntax.create(c.segments(), c.numbers(), values, sizes);
        } else {
          try {
            b = BitSyntax.create(c.segments(), c.numbers(), values, sizes);
          } catch (ErlangException e) {
            return fail;
          }
        }
        put(code[pc + 2], b, x, y);
        return pc + 4;
      }
      case Op.BS_START_MATCH -> {
        Object v = get(code[pc + 2], x, y, k);
        MatchContext c = MatchContext.start(v);
        if (c == null) {
          int fail = code[pc + 1];
          if (fail < 0) {
            throw Errors.badmatch(v);
          }
          return fail;
        }
        put(code[pc + 3], c, x, y);
        return pc + 4;
      }
      case Op.BS_GET_POSITION -> {
        put(code[pc + 2], ctx(code[pc + 1], x, y, k).position(), x, y);
        return pc + 3;
      }
      case Op.BS_SET_POSITION -> {
        ctx(code[pc + 1], x, y, k).position((Long) get(code[pc + 2], x, y, k));
        return pc + 3;
      }
      case Op.BS_GET_TAIL -> {
        put(code[pc + 2], ctx(code[pc + 1], x, y, k).tail(), x, y);
        return pc + 3;
      }
      case Op.BS_TEST_TAIL -> {
        return ctx(code[pc + 2], x, y, k).testTail(code[pc + 3]) ? pc + 4 : code[pc + 1];
      }
      case Op.BS_TEST_UNIT -> {
        return ctx(code[pc + 2], x, y, k).testUnit(code[pc + 3]) ? pc + 4 : code[pc + 1];
      }
      case Op.BS_MATCH_STRING -> {
        return ctx(code[pc + 2], x, y, k).matchString((BitString) k[code[pc + 4]], code[pc + 3]) ? pc + 5
            : code[pc + 1];
      }
      case Op.BS_GET_INTEGER, Op.BS_GET_FLOAT -> {
        MatchContext c = ctx(code[pc + 2], x, y, k);
        Object size = get(code[pc + 3], x, y, k);
        Object v = code[pc] == Op.BS_GET_INTEGER ? c.getInteger(size, code[pc + 4], code[pc + 5])
            : c.getFloat(size, code[pc + 4], code[pc + 5]);
        if (v == null) {
          return code[pc + 1];
        }
        put(code[pc + 6], v, x, y);
        return pc + 7;
      }
      case Op.BS_GET_BINARY -> {
        BitString v = ctx(code[pc + 2], x, y, k).getBinary(get(code[pc + 3], x, y, k), code[pc + 4]);
        if (v == null) {
          return code[pc + 1];
        }
        put(code[pc + 5], v, x, y);
        return pc + 6;
      }
      case Op.BS_SKIP_BITS -> {
        return ctx(code[pc + 2], x, y, k).skip(get(code[pc + 3], x, y, k), code[pc + 4]) ? pc + 5 : code[pc + 1];
      }
      case Op.BS_GET_UTF8 -> {
        Object v = ctx(code[pc + 2], x, y, k).getUtf8();
        if (v == null) {
          return code[pc + 1];
        }
        put(code[pc + 3], v, x, y);
        return pc + 4;
      }
      case Op.BS_GET_UTF16, Op.BS_GET_UTF32 -> {
        MatchContext c = ctx(code[pc + 2], x, y, k);
        Object v = code[pc] == Op.BS_GET_UTF16 ? c.getUtf16(code[pc + 3]) : c.getUtf32(code[pc + 3]);
        if (v == null) {
          return code[pc + 1];
        }
        put(code[pc + 4], v, x, y);
        return pc + 5;
      }
      case Op.BS_SKIP_UTF8 -> {
        return ctx(code[pc + 2], x, y, k).skipUtf8() ? pc + 3 : code[pc + 1];
      }
      case Op.BS_SKIP_UTF16 -> {
        return ctx(code[pc + 2], x, y, k).skipUtf16(code[pc + 3]) ? pc + 4 : code[pc + 1];
      }
      case Op.BS_SKIP_UTF32 -> {
        return ctx(code[pc + 2], x, y, k).skipUtf32(code[pc + 3]) ? pc + 4 : code[pc + 1];
      }
      case Op.BS_INIT_WRITABLE -> {
        x[0] = BitStringBuilder.emptyWritable(x[0]);
        return pc + 1;
      }
      case Op.BS_MATCH -> {
        MatchContext c = ctx(code[pc + 2], x, y, k);
        if (((BsMatchProgram) k[code[pc + 3]]).run(c, x, y)) {
          return pc + 4;
        }
        int fail = code[pc + 1];
        if (fail < 0) {
          throw new IllegalStateException("bs_match without a fail label failed");
        }
        return fail;
      }
      default -> throw new IllegalStateException("unknown interpreter instruction " + code[pc] + " at " + pc);
    }
  }

  private static MatchContext ctx(int operand, Object[] x, Object[] y, Object[] k) {
    return (MatchContext) get(operand, x, y, k);
  }
}
