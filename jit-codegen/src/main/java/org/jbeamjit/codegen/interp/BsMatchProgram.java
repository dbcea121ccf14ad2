package org.jbeamjit.codegen.interp;

import java.util.ArrayList;
import java.util.List;
import org.jbeamjit.codegen.ops.BitSyntax;
import org.jbeamjit.frontend.ir.AtomLiteral;
import org.jbeamjit.frontend.ir.Constant;
import org.jbeamjit.frontend.ir.Operand;
import org.jbeamjit.frontend.ir.OperandList;
import org.jbeamjit.frontend.ir.Unsigned;
import org.jbeamjit.runtime.bits.MatchContext;

/**
 * OTP 26's {@code bs_match Fail Ctx Commands}, decoded once: the {@code ensure_*} commands check
 * the room the fields after them read unchecked, and {@code =:=} compares bits.
 */
final class BsMatchProgram {
  private enum Kind { ENSURE_AT_LEAST, ENSURE_EXACTLY, INTEGER, BINARY, SKIP, GET_TAIL, EQUALS }

  private record Command(Kind kind, long bits, int unitOrFlags, long value, int dst) {}

  private final Command[] commands;

  private BsMatchProgram(Command[] commands) {
    this.commands = commands;
  }

  static BsMatchProgram of(Translator t, OperandList list) {
    List<Command> out = new ArrayList<>();
    int at = 0;
    while (at < list.size()) {
      String name = ((AtomLiteral) list.get(at++)).atom().name();
      switch (name) {
        case "ensure_at_least" -> {
          long size = number(list.get(at++));
          out.add(new Command(Kind.ENSURE_AT_LEAST, size, (int) number(list.get(at++)), 0, 0));
        }
        case "ensure_exactly" -> out.add(new Command(Kind.ENSURE_EXACTLY, number(list.get(at++)), 0, 0, 0));
        case "integer", "binary" -> {
          t.noteLive((int) number(list.get(at++)));
          int flags = BitSyntax.flags(list.get(at++));
          long bits = number(list.get(at++)) * number(list.get(at++));
          int dst = t.destinationOperand(list.get(at++));
          out.add(new Command(name.equals("integer") ? Kind.INTEGER : Kind.BINARY, bits, flags, 0, dst));
        }
        case "skip" -> out.add(new Command(Kind.SKIP, number(list.get(at++)), 0, 0, 0));
        case "get_tail" -> {
          t.noteLive((int) number(list.get(at++)));
          at++; // unit
          out.add(new Command(Kind.GET_TAIL, 0, 0, 0, t.destinationOperand(list.get(at++))));
        }
        case "=:=" -> {
          at++; // nil
          long bits = number(list.get(at++));
          out.add(new Command(Kind.EQUALS, bits, 0, number(list.get(at++)), 0));
        }
        default -> throw new IllegalStateException("unknown bs_match command " + name + " in " + t.where());
      }
    }
    return new BsMatchProgram(out.toArray(new Command[0]));
  }

  private static long number(Operand o) {
    if (o instanceof Unsigned u) {
      return u.value();
    }
    return (Long) ((Constant) o).term();
  }

  /** Runs the commands; {@code false} when one fails (the instruction's fail label). */
  boolean run(MatchContext c, Object[] x, Object[] y) {
    for (Command cmd : commands) {
      switch (cmd.kind) {
        case ENSURE_AT_LEAST -> {
          if (!c.ensureAtLeast(cmd.bits, cmd.unitOrFlags)) {
            return false;
          }
        }
        case ENSURE_EXACTLY -> {
          if (!c.ensureExactly(cmd.bits)) {
            return false;
          }
        }
        case INTEGER -> Interpreter.put(cmd.dst, c.readInteger(cmd.bits, cmd.unitOrFlags), x, y);
        case BINARY -> Interpreter.put(cmd.dst, c.readBinary(cmd.bits), x, y);
        case SKIP -> c.skipBits(cmd.bits);
        case GET_TAIL -> Interpreter.put(cmd.dst, c.tail(), x, y);
        case EQUALS -> {
          if (!c.matchBits((int) cmd.bits, cmd.value)) {
            return false;
          }
        }
      }
    }
    return true;
  }
}
