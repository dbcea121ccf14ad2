package org.jbeamjit.codegen.interp;

import org.jbeamjit.runtime.bif.BifEntry;
import org.jbeamjit.runtime.term.Atoms;

/**
 * The two-argument BIFs the interpreter computes inline when both arguments are small integers
 * (a {@code Long}), the common case of arithmetic and comparison; anything else, and any result
 * that does not fit a long, goes to the BIF itself.
 */
final class Intrinsics {
  static final int NONE = 0;
  private static final int ADD = 1;
  private static final int SUB = 2;
  private static final int MUL = 3;
  private static final int BAND = 4;
  private static final int BOR = 5;
  private static final int BXOR = 6;
  private static final int DIV = 7;
  private static final int REM = 8;
  private static final int LT = 9;
  private static final int GT = 10;
  private static final int LE = 11;
  private static final int GE = 12;
  private static final int EQ = 13;
  private static final int NE = 14;

  private Intrinsics() {}

  /** The intrinsic for an {@code erlang} BIF of arity 2, or {@link #NONE}. */
  static int of(BifEntry bif) {
    if (!bif.module().name().equals("erlang") || bif.arity() != 2) {
      return NONE;
    }
    return switch (bif.name().name()) {
      case "+" -> ADD;
      case "-" -> SUB;
      case "*" -> MUL;
      case "band" -> BAND;
      case "bor" -> BOR;
      case "bxor" -> BXOR;
      case "div" -> DIV;
      case "rem" -> REM;
      case "<" -> LT;
      case ">" -> GT;
      case "=<" -> LE;
      case ">=" -> GE;
      case "==", "=:=" -> EQ;
      case "/=", "=/=" -> NE;
      default -> NONE;
    };
  }

  /** The result for two small integers, or {@code null} when the BIF must decide (overflow, division by zero). */
  static Object apply(int op, long a, long b) {
    switch (op) {
      case ADD -> {
        long r = a + b;
        return ((a ^ r) & (b ^ r)) < 0 ? null : (Object) r;
      }
      case SUB -> {
        long r = a - b;
        return ((a ^ b) & (a ^ r)) < 0 ? null : (Object) r;
      }
      case MUL -> {
        long hi = Math.multiplyHigh(a, b);
        long lo = a * b;
        return (hi == 0 && lo >= 0) || (hi == -1 && lo < 0) ? (Object) lo : null;
      }
      case BAND -> {
        return a & b;
      }
      case BOR -> {
        return a | b;
      }
      case BXOR -> {
        return a ^ b;
      }
      case DIV -> {
        return b == 0 || (a == Long.MIN_VALUE && b == -1) ? null : (Object) (a / b);
      }
      case REM -> {
        return b == 0 ? null : (Object) (a % b);
      }
      case LT -> {
        return Atoms.bool(a < b);
      }
      case GT -> {
        return Atoms.bool(a > b);
      }
      case LE -> {
        return Atoms.bool(a <= b);
      }
      case GE -> {
        return Atoms.bool(a >= b);
      }
      case EQ -> {
        return Atoms.bool(a == b);
      }
      case NE -> {
        return Atoms.bool(a != b);
      }
      default -> {
        return null;
      }
    }
  }
}
