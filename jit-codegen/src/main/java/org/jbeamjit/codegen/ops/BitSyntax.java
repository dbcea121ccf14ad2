package org.jbeamjit.codegen.ops;

import org.jbeamjit.frontend.ir.Constant;
import org.jbeamjit.frontend.ir.FieldFlags;
import org.jbeamjit.frontend.ir.IntegerLiteral;
import org.jbeamjit.frontend.ir.Operand;
import org.jbeamjit.frontend.ir.Unsigned;
import org.jbeamjit.runtime.bits.BinaryConstruction;
import org.jbeamjit.runtime.bits.BitFlags;
import org.jbeamjit.runtime.bits.BitSizes;
import org.jbeamjit.runtime.bits.BitStringBuilder;
import org.jbeamjit.runtime.bits.Segment;
import org.jbeamjit.runtime.bits.SegmentType;
import org.jbeamjit.runtime.error.ErlangException;
import org.jbeamjit.runtime.term.Atom;
import org.jbeamjit.runtime.term.Atoms;
import org.jbeamjit.runtime.term.BitString;
import org.jbeamjit.runtime.term.Cons;
import org.jbeamjit.runtime.term.ErlMap;
import org.jbeamjit.runtime.term.Nil;
import org.jbeamjit.runtime.term.Tuple;

/**
 * Binary construction ({@code bs_create_bin}) as both engines run it: vm-runtime's two phases
 * (sizes, then values), with a failure reported as OTP 25 reports it, an error whose frame
 * carries {@code {error_info, #{cause => {Segment, Type, What, Value}, function =>
 * format_bs_fail, module => erl_erts_errors}}}; and the decoding of segment flags.
 */
public final class BitSyntax {
  private static final Atom SIZE = Atom.of("size");
  private static final Atom TYPE = Atom.of("type");
  private static final Atom SHORT = Atom.of("short");
  private static final Atom UNIT = Atom.of("unit");
  private static final Atom INVALID = Atom.of("invalid");
  private static final Atom BINARY = Atom.of("binary");
  private static final Atom ERROR_INFO = Atom.of("error_info");
  private static final Atom CAUSE = Atom.of("cause");
  private static final Atom FUNCTION = Atom.of("function");
  private static final Atom MODULE = Atom.of("module");
  private static final Atom FORMAT_BS_FAIL = Atom.of("format_bs_fail");
  private static final Atom ERTS_ERRORS = Atom.of("erl_erts_errors");

  private BitSyntax() {}

  /** A segment's flags operand: a field-flags word, or a list of flag atoms ({@code []} for none). */
  public static int flags(Operand o) {
    if (o instanceof FieldFlags f) {
      return f.bits();
    } else if (o instanceof Unsigned u) {
      return u.value();
    } else if (o instanceof IntegerLiteral i) {
      return (int) (long) (Long) i.value();
    }
    int bits = 0;
    Object list = ((Constant) o).term();
    for (Object t = list; t instanceof Cons c; t = c.tail) {
      bits |= switch (((Atom) c.head).name()) {
        case "little" -> BitFlags.LITTLE;
        case "signed" -> BitFlags.SIGNED;
        case "native" -> BitFlags.NATIVE;
        default -> 0; // big, unsigned, aligned
      };
    }
    if (list != Nil.NIL && !(list instanceof Cons)) {
      throw new IllegalArgumentException("bad segment flags " + o);
    }
    return bits;
  }

  /**
   * {@code bs_create_bin}: segment {@code i} has the fixed parts {@code segments[i]}, the number
   * {@code numbers[i]} (what an error names it by) and the value and size operands
   * {@code values[i]}, {@code sizes[i]}.
   */
  public static BitString create(Segment[] segments, int[] numbers, Object[] values, Object[] sizes) {
    int n = segments.length;
    long[] bits = new long[n];
    long total = 0;
    boolean appends = n > 0 && isAppend(segments[0].type());
    for (int i = appends ? 1 : 0; i < n; i++) {
      try {
        bits[i] = BinaryConstruction.segmentBits(segments[i], values[i], sizes[i]);
        total = BitSizes.add(total, bits[i]);
      } catch (ErlangException e) {
        throw failure(e, segments[i], numbers[i], values[i], sizes[i], -1);
      }
    }
    BitStringBuilder out;
    if (appends) {
      try {
        out = BitStringBuilder.appending(values[0], segments[0].unit(), total);
      } catch (ErlangException e) {
        throw failure(e, segments[0], numbers[0], values[0], sizes[0], 0);
      }
    } else {
      out = BitStringBuilder.withBits(total);
    }
    for (int i = appends ? 1 : 0; i < n; i++) {
      try {
        BinaryConstruction.put(out, segments[i], values[i], sizes[i], bits[i]);
      } catch (ErlangException e) {
        throw failure(e, segments[i], numbers[i], values[i], sizes[i], bits[i]);
      }
    }
    return out.build();
  }

  private static boolean isAppend(SegmentType t) {
    return t == SegmentType.APPEND || t == SegmentType.PRIVATE_APPEND;
  }

  /**
   * The error for a failed segment: {@code bits} is -1 when its size was being worked out, else
   * the size it had when its value was being written.
   */
  private static ErlangException failure(ErlangException e, Segment s, int number, Object value, Object size,
      long bits) {
    boolean sizing = bits < 0;
    Atom what;
    Object culprit;
    Atom type = Atom.of(s.type().atomName());
    if (e.reason() == Atoms.SYSTEM_LIMIT) {
      what = SIZE;
      culprit = size;
    } else {
      switch (s.type()) {
        case INTEGER, STRING -> {
          what = sizing ? SIZE : TYPE;
          culprit = sizing ? size : value;
        }
        case FLOAT -> {
          what = sizing ? SIZE : bits == 16 || bits == 32 || bits == 64 ? TYPE : INVALID;
          culprit = what == TYPE ? value : size;
        }
        case BINARY -> {
          if (size == BitSizes.ALL) {
            what = sizing ? TYPE : UNIT;
            culprit = value;
          } else {
            what = sizing ? SIZE : value instanceof BitString ? SHORT : TYPE;
            culprit = sizing ? size : value;
          }
        }
        case APPEND, PRIVATE_APPEND -> {
          type = BINARY;
          what = value instanceof BitString ? UNIT : TYPE;
          culprit = value;
        }
        default -> {
          what = TYPE;
          culprit = value;
        }
      }
    }
    Object cause = Tuple.of((long) number, type, what, culprit);
    Object info = ErlMap.of(CAUSE, cause, FUNCTION, FORMAT_BS_FAIL, MODULE, ERTS_ERRORS);
    return new DetailedError(e.kind(), e.reason(), null, Cons.list(Tuple.of(ERROR_INFO, info)));
  }
}
