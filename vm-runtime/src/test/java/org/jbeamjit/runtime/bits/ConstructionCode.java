package org.jbeamjit.runtime.bits;

import java.math.BigInteger;
import java.util.List;
import org.jbeamjit.runtime.error.ErlangException;
import org.jbeamjit.runtime.term.Atom;
import org.jbeamjit.runtime.term.BitString;
import org.jbeamjit.runtime.term.Nil;
import org.jbeamjit.runtime.term.Tuple;

/**
 * Runs the construction code of a generated function straight from the {@code erlc -S} listing:
 * OTP 25's {@code bs_create_bin}, and what compilers before OTP 25 emit instead
 * ({@code erlc +no_bs_create_bin}: {@code bs_add}, {@code bs_init2}, {@code bs_init_bits},
 * {@code bs_append}, the {@code bs_put_*} instructions), with the few other instructions such a
 * function needs, calling the bits runtime the way an engine does. Enough of an interpreter to
 * check the instruction-to-runtime mapping against erl; not a general one.
 */
final class ConstructionCode {
  private static final Atom X = Atom.of("x");
  private static final Atom RETURN = Atom.of("return");
  /** How the listing writes an empty list operand. */
  private static final Atom NIL = Atom.of("nil");

  private final Object[] x = new Object[1024];

  private ConstructionCode() {}

  /** Runs a function's instruction list with these arguments; its result or its exception. */
  static Object run(List<Object> code, List<Object> args) {
    ConstructionCode m = new ConstructionCode();
    for (int i = 0; i < args.size(); i++) {
      m.x[i] = args.get(i);
    }
    for (Object o : code) {
      if (o == RETURN || (o instanceof Tuple t && m.step(t))) {
        return m.read(Tuple.of(X, 0L));
      }
    }
    throw new IllegalStateException("no return");
  }

  /** One instruction; true when it returns. */
  private boolean step(Tuple i) {
    String op = ((Atom) i.get(0)).name();
    switch (op) {
      case "label", "func_info", "line" -> { }
      case "move" -> write(i.get(2), read(i.get(1)));
      case "gc_bif" -> write(i.get(5), bif(((Atom) i.get(1)).name(), CompiledOracle.elements(i.get(4)).stream().map(this::read).toList()));
      case "bs_create_bin" -> write(i.get(5), createBin(CompiledOracle.elements(((Tuple) i.get(6)).get(1))));
      case "bs_add" -> {
        List<Object> ops = CompiledOracle.elements(i.get(2));
        write(i.get(3), BitSizes.bsAdd(read(ops.get(0)), read(ops.get(1)), unit(ops.get(2))));
      }
      case "bs_utf8_size" -> write(i.get(3), BitSizes.utf8Size(read(i.get(2))));
      case "bs_utf16_size" -> write(i.get(3), BitSizes.utf16Size(read(i.get(2))));
      case "bs_init2" -> write(i.get(6), BitStringBuilder.withBits(BitSizes.bits(read(i.get(2)), 8)));
      case "bs_init_bits" -> write(i.get(6), BitStringBuilder.withBits(BitSizes.bits(read(i.get(2)), 1)));
      case "bs_append" -> write(i.get(8),
          BitStringBuilder.appending(read(i.get(6)), unit(i.get(5)), BitSizes.bits(read(i.get(2)), 1)));
      case "bs_private_append" -> write(i.get(6),
          BitStringBuilder.appending(read(i.get(4)), unit(i.get(3)), BitSizes.bits(read(i.get(2)), 1)));
      case "bs_put_integer" -> builder().putInteger(read(i.get(5)), putBits(i), flags(i.get(4)));
      case "bs_put_float" -> builder().putFloat(read(i.get(5)), putBits(i), flags(i.get(4)));
      case "bs_put_binary" -> {
        Object size = read(i.get(2));
        if (size == BitSizes.ALL) {
          builder().putBinaryAll(read(i.get(5)), unit(i.get(3)));
        } else {
          builder().putBinary(read(i.get(5)), putBits(i));
        }
      }
      case "bs_put_string" -> {
        BitString s = (BitString) ((Tuple) i.get(2)).get(1);
        builder().putBinary(s, s.bitSize());
      }
      case "bs_put_utf8" -> builder().putUtf8(read(i.get(3)));
      case "bs_put_utf16" -> builder().putUtf16(read(i.get(3)), flags(i.get(2)));
      case "bs_put_utf32" -> builder().putUtf32(read(i.get(3)), flags(i.get(2)));
      default -> throw new IllegalStateException("instruction not covered: " + i);
    }
    return false;
  }

  /** {@code bs_create_bin}'s segment list: six operands a segment (type, number, unit, flags, value, size). */
  private Object createBin(List<Object> ops) {
    int n = ops.size() / 6;
    Segment[] segments = new Segment[n];
    Object[] values = new Object[n];
    Object[] sizes = new Object[n];
    for (int k = 0; k < n; k++) {
      List<Object> op = ops.subList(6 * k, 6 * k + 6);
      SegmentType type = SegmentType.of(((Atom) ((Tuple) op.get(0)).get(1)).name());
      segments[k] = new Segment(type, unit(op.get(2)), flags(op.get(3)));
      values[k] = type == SegmentType.STRING ? ((Tuple) op.get(4)).get(1) : read(op.get(4));
      sizes[k] = read(op.get(5));
    }
    return BinaryConstruction.create(segments, values, sizes);
  }

  private long putBits(Tuple i) {
    return BitSizes.putBits(read(i.get(2)), unit(i.get(3)));
  }

  /** The bitstring under construction: the one builder a register holds. */
  private BitStringBuilder builder() {
    for (Object o : x) {
      if (o instanceof BitStringBuilder b) {
        return b;
      }
    }
    throw new IllegalStateException("no bs_init");
  }

  private static Object bif(String name, List<Object> args) {
    return switch (name) {
      case "bit_size" -> args.get(0) instanceof BitString b ? (Object) b.bitSize() : badarg();
      case "byte_size" -> args.get(0) instanceof BitString b ? (Object) b.byteSize() : badarg();
      case "*" -> multiply(args.get(0), args.get(1));
      default -> throw new IllegalStateException("bif not covered: " + name);
    };
  }

  private static Object badarg() {
    throw ErlangException.badarg();
  }

  private static Object multiply(Object a, Object b) {
    if (a instanceof Double || b instanceof Double) {
      if (!(a instanceof Number na) || !(b instanceof Number nb)) {
        throw ErlangException.badarith();
      }
      return toDouble(na) * toDouble(nb);
    }
    if ((a instanceof Long || a instanceof BigInteger) && (b instanceof Long || b instanceof BigInteger)) {
      return org.jbeamjit.runtime.term.Integers.normalize(
          org.jbeamjit.runtime.term.Integers.toBig(a).multiply(org.jbeamjit.runtime.term.Integers.toBig(b)));
    }
    throw ErlangException.badarith();
  }

  private static double toDouble(Number n) {
    return n instanceof BigInteger b ? b.doubleValue() : n.doubleValue();
  }

  private Object read(Object operand) {
    if (operand == NIL) {
      return Nil.NIL;
    }
    Tuple t = (Tuple) operand;
    String tag = ((Atom) t.get(0)).name();
    Object v = t.get(1);
    return switch (tag) {
      case "x" -> x[(int) (long) (Long) v] instanceof BitStringBuilder b ? b.build() : x[(int) (long) (Long) v];
      case "integer", "float", "literal", "atom" -> v;
      case "tr" -> read(v);
      default -> throw new IllegalStateException("operand not covered: " + operand);
    };
  }

  private void write(Object operand, Object value) {
    Tuple t = (Tuple) operand;
    if (t.get(0) != X) {
      throw new IllegalStateException("destination not covered: " + operand);
    }
    x[(int) (long) (Long) t.get(1)] = value;
  }

  private static int unit(Object operand) {
    return (int) (long) (Long) operand;
  }

  /** {@code {field_flags, [little, signed, ...]}}, {@code {literal, [...]}} or {@code nil} (no flags) as {@link BitFlags}. */
  private static int flags(Object operand) {
    int flags = 0;
    if (operand == NIL) {
      return 0;
    }
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
