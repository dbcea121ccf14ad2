package org.jbeamjit.runtime.bits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.IntFunction;
import org.jbeamjit.runtime.error.ErlangException;
import org.jbeamjit.runtime.term.Atom;
import org.jbeamjit.runtime.term.Atoms;
import org.jbeamjit.runtime.term.BitString;
import org.jbeamjit.runtime.term.TermPrinter;
import org.jbeamjit.runtime.term.Terms;
import org.jbeamjit.runtime.term.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Generated {@code <<...>>} expressions (fixed seed): integer, float, binary, utf and string
 * segments with sizes, units and byte orders, good and bad values and sizes, a leading
 * {@code V/binary} (which OTP compiles to an append), all compiled by erlc and run in erl, then
 * built with {@link BinaryConstruction} from the same segments and compared, errors included.
 */
class ConstructionOracleTest {
  private static final long SEED = 20250611L;
  private static final int CASES = 2500;
  private static final Atom OK = Atom.of("ok");
  private static final Atom ERROR = Atom.of("error");

  private final Random random = new Random(SEED);

  /** One generated segment: what the Erlang text says and what the runtime is given. */
  record Seg(SegmentType type, Object value, Object size, int unit, int flags) {}

  /**
   * Each case is checked twice: through {@link BinaryConstruction} given the segments directly,
   * and by running erlc's listing of the compiled function ({@code bs_create_bin}) through the
   * runtime, which checks how an engine maps the instruction's operands.
   */
  @Test
  void generatedConstructionsAgreeWithErl(@TempDir Path dir) {
    List<List<Seg>> cases = randomCases();
    CompiledOracle.Outcome erl = oracle(cases).run(dir);
    check(cases, erl.results(), i -> evaluate(cases.get(i)));
    check(cases, erl.results(), i -> runListing(erl, i, cases));
  }

  /**
   * The same constructions compiled as compilers before OTP 25 compile them ({@code bs_add},
   * {@code bs_init_bits}, {@code bs_append}, {@code bs_put_*}), run from the listing through
   * the runtime entry points an engine uses for those instructions.
   */
  @Test
  void generatedConstructionsInPreOtp25InstructionsAgreeWithErl(@TempDir Path dir) {
    List<List<Seg>> cases = randomCases();
    CompiledOracle.Outcome erl = oracle(cases).run(dir, "+no_bs_create_bin");
    check(cases, erl.results(), i -> runListing(erl, i, cases));
  }

  private static Object runListing(CompiledOracle.Outcome erl, int i, List<List<Seg>> cases) {
    try {
      return Tuple.of(OK, ConstructionCode.run(erl.listing().get("c" + i), arguments(cases.get(i))));
    } catch (ErlangException e) {
      return Tuple.of(ERROR, e.reason());
    }
  }

  private List<List<Seg>> randomCases() {
    List<List<Seg>> cases = new ArrayList<>();
    for (int i = 0; i < CASES; i++) {
      cases.add(randomCase());
    }
    return cases;
  }

  private static CompiledOracle oracle(List<List<Seg>> cases) {
    CompiledOracle oracle = new CompiledOracle("bits_construct");
    for (int i = 0; i < cases.size(); i++) {
      addToOracle(oracle, "c" + i, cases.get(i));
    }
    return oracle;
  }

  private static void check(List<List<Seg>> cases, List<Object> expected, IntFunction<Object> java) {
    List<String> bad = new ArrayList<>();
    int errors = 0;
    for (int i = 0; i < cases.size(); i++) {
      Object want = expected.get(i);
      Object got = java.apply(i);
      if (((Tuple) want).get(0) == ERROR) {
        errors++;
      }
      if (!Terms.exactEquals(want, got)) {
        bad.add("c" + i + " " + describe(cases.get(i)) + ": erl " + TermPrinter.write(want) + ", we " + TermPrinter.write(got));
      }
    }
    assertEquals(List.of(), bad.subList(0, Math.min(bad.size(), 30)), bad.size() + " of " + cases.size() + " differ");
    assertTrue(errors > cases.size() / 10 && errors < cases.size() * 6 / 10, errors + " error cases of " + cases.size());
  }

  /** The arguments of a case's function, in the order {@link #addToOracle} declares them. */
  private static List<Object> arguments(List<Seg> segs) {
    List<Object> args = new ArrayList<>();
    for (Seg s : segs) {
      switch (s.type()) {
        case STRING -> { }
        case UTF8, UTF16, UTF32 -> args.add(s.value());
        default -> {
          args.add(s.value());
          if (s.size() != BitSizes.ALL) {
            args.add(s.size());
          }
        }
      }
    }
    return args;
  }

  static Object evaluate(List<Seg> segs) {
    int n = segs.size();
    Segment[] specs = new Segment[n];
    Object[] values = new Object[n];
    Object[] sizes = new Object[n];
    for (int i = 0; i < n; i++) {
      Seg s = segs.get(i);
      SegmentType type = i == 0 && s.type() == SegmentType.BINARY && s.size() == BitSizes.ALL
          ? SegmentType.APPEND : s.type();
      specs[i] = new Segment(type, s.unit(), s.flags());
      values[i] = s.value();
      sizes[i] = s.size();
    }
    try {
      return Tuple.of(OK, BinaryConstruction.create(specs, values, sizes));
    } catch (ErlangException e) {
      return Tuple.of(ERROR, e.reason());
    }
  }

  private static void addToOracle(CompiledOracle oracle, String name, List<Seg> segs) {
    List<String> params = new ArrayList<>();
    List<String> args = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < segs.size(); i++) {
      Seg s = segs.get(i);
      String v = "V" + i;
      String sz = "S" + i;
      switch (s.type()) {
        case STRING -> texts.add(stringLiteral((BitString) s.value()));
        case UTF8, UTF16, UTF32 -> {
          params.add(v);
          args.add(TermPrinter.write(s.value()));
          texts.add(v + "/" + s.type().atomName() + endian(s.flags()));
        }
        default -> {
          params.add(v);
          args.add(TermPrinter.write(s.value()));
          String type = s.type() == SegmentType.BINARY ? "binary" : s.type().atomName();
          String sign = (s.flags() & BitFlags.SIGNED) != 0 ? "-signed" : "";
          if (s.size() == BitSizes.ALL) {
            texts.add(v + "/" + type + "-unit:" + s.unit());
          } else {
            params.add(sz);
            args.add(TermPrinter.write(s.size()));
            texts.add(v + ":" + sz + "/" + type + "-unit:" + s.unit() + endian(s.flags()) + sign);
          }
        }
      }
    }
    oracle.add(name, params, "<<" + String.join(", ", texts) + ">>", args);
  }

  private static String endian(int flags) {
    if ((flags & BitFlags.NATIVE) != 0) {
      return "-native";
    }
    return (flags & BitFlags.LITTLE) != 0 ? "-little" : "-big";
  }

  private static String stringLiteral(BitString s) {
    StringBuilder b = new StringBuilder("\"");
    for (long i = 0; i < s.byteSize(); i++) {
      b.append("\\x{").append(Integer.toHexString(s.byteAt(i))).append('}');
    }
    return b.append('"').toString();
  }

  private static String describe(List<Seg> segs) {
    List<String> parts = new ArrayList<>();
    for (Seg s : segs) {
      parts.add(s.type() + "(" + TermPrinter.write(s.value()) + ", size " + TermPrinter.write(s.size())
          + ", unit " + s.unit() + ", flags " + s.flags() + ")");
    }
    return String.join(" ", parts);
  }

  // ---- generation ----

  private List<Seg> randomCase() {
    int n = 1 + random.nextInt(4);
    List<Seg> segs = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      segs.add(randomSegment());
    }
    if (random.nextInt(6) == 0) {
      // A leading V/binary or V/bits becomes an append in OTP's code.
      segs.add(0, new Seg(SegmentType.BINARY, random.nextInt(10) == 0 ? Atom.of("x") : bitstring(64),
          BitSizes.ALL, random.nextBoolean() ? 8 : 1, 0));
    }
    if (random.nextInt(25) == 0) {
      // A size too large for any VM, to check what is reported before what.
      segs.add(random.nextInt(segs.size() + 1), new Seg(SegmentType.INTEGER, 0L, BigInteger.ONE.shiftLeft(60), 1, 0));
    }
    return segs;
  }

  private Seg randomSegment() {
    switch (random.nextInt(12)) {
      case 0, 1, 2, 3 -> {
        return integerSegment();
      }
      case 4, 5 -> {
        return floatSegment();
      }
      case 6, 7 -> {
        return binarySegment();
      }
      case 8, 9 -> {
        return utfSegment();
      }
      case 10 -> {
        byte[] string = randomBytes(random.nextInt(5));
        return new Seg(SegmentType.STRING, BitString.wrap(string), (long) string.length, 8, 0);
      }
      default -> {
        int unit = random.nextBoolean() ? 8 : 1 + random.nextInt(12);
        Object v = random.nextInt(8) == 0 ? Atom.of("nope") : bitstring(80);
        return new Seg(SegmentType.BINARY, v, BitSizes.ALL, unit, 0);
      }
    }
  }

  private Seg integerSegment() {
    int unit = random.nextInt(3) == 0 ? pick(2, 3, 5, 7, 8, 16, 32) : 1;
    long maxBits = random.nextInt(4) == 0 ? 300 : 70;
    Object size = size(maxBits / unit);
    Object value;
    switch (random.nextInt(10)) {
      case 0 -> value = BigInteger.valueOf(random.nextInt(2000) - 1000);
      case 1, 2 -> value = random.nextLong() >> random.nextInt(64);
      case 3 -> value = new BigInteger(64 + random.nextInt(200), random).multiply(BigInteger.valueOf(random.nextBoolean() ? 1 : -1));
      case 4 -> value = random.nextBoolean() ? Long.MIN_VALUE : Long.MAX_VALUE;
      case 5 -> value = random.nextInt(20) == 0 ? Atom.of("a") : (Object) (random.nextInt(2) == 0 ? 1.5 : bitstring(16));
      default -> value = (long) random.nextInt(1 << random.nextInt(31));
    }
    if (value instanceof BigInteger b) {
      value = org.jbeamjit.runtime.term.Integers.normalize(b);
    }
    return new Seg(SegmentType.INTEGER, value, size, unit, endianFlags() | (random.nextBoolean() ? BitFlags.SIGNED : 0));
  }

  private Seg floatSegment() {
    int unit;
    Object size;
    switch (random.nextInt(8)) {
      case 0 -> {
        unit = 8;
        size = (long) pick(2, 4, 8, 3);
      }
      case 1 -> {
        unit = 1;
        size = random.nextInt(3) == 0 ? (Object) Atom.of("s") : (long) pick(0, 8, 40, 128, -32);
      }
      default -> {
        unit = 1;
        size = (long) pick(16, 32, 64);
      }
    }
    Object value;
    switch (random.nextInt(9)) {
      case 0 -> value = (long) (random.nextInt(200001) - 100000);
      case 1 -> value = org.jbeamjit.runtime.term.Integers.normalize(new BigInteger(60 + random.nextInt(1100), random));
      case 2 -> value = Atom.of("f");
      case 3 -> value = (random.nextBoolean() ? 1 : -1) * random.nextDouble() * Math.pow(10, random.nextInt(80) - 40);
      case 4 -> value = (double) (random.nextInt(140000) - 70000) / pick(1, 2, 4, 1024, 3);
      case 5 -> value = random.nextBoolean() ? 0.0 : -0.0;
      default -> {
        double d;
        do {
          d = Double.longBitsToDouble(random.nextLong());
        } while (Double.isNaN(d) || Double.isInfinite(d));
        value = d;
      }
    }
    return new Seg(SegmentType.FLOAT, value, size, unit, endianFlags());
  }

  private Seg binarySegment() {
    int unit = random.nextInt(3) == 0 ? pick(1, 2, 3, 4, 16) : 8;
    BitString b = bitstring(120);
    long bits = b.bitSize();
    Object size;
    if (random.nextInt(6) == 0) {
      size = random.nextBoolean() ? (Object) (long) (bits / unit + 1 + random.nextInt(3)) : (Object) (long) pick(-8, -1);
    } else {
      size = bits / unit == 0 ? 0L : (long) random.nextInt((int) (bits / unit) + 1);
    }
    if (random.nextInt(15) == 0) {
      size = Atom.of("all_wrong");
    }
    Object value = random.nextInt(12) == 0 ? (Object) 42L : b;
    return new Seg(SegmentType.BINARY, value, size, unit, 0);
  }

  private Seg utfSegment() {
    SegmentType t = List.of(SegmentType.UTF8, SegmentType.UTF16, SegmentType.UTF32).get(random.nextInt(3));
    Object v;
    switch (random.nextInt(10)) {
      case 0 -> v = (long) (0xD800 + random.nextInt(0x800));
      case 1 -> v = (long) pick(-1, 0x110000, 0x7FFFFFFF);
      case 2 -> v = random.nextBoolean() ? Atom.of("u") : (Object) 65.0;
      case 3 -> v = (long) random.nextInt(0x80);
      case 4 -> v = (long) (0x80 + random.nextInt(0x780));
      case 5 -> v = (long) (0x800 + random.nextInt(0xD000));
      case 6 -> v = (long) (0xE000 + random.nextInt(0x2000));
      case 7 -> v = (long) pick(0, 0x7F, 0x80, 0x7FF, 0x800, 0xFFFF, 0x10000, 0x10FFFF, 0xD7FF, 0xE000);
      default -> v = (long) (0x10000 + random.nextInt(0x100000));
    }
    int flags = t == SegmentType.UTF8 ? 0 : endianFlags();
    return new Seg(t, v, Atoms.UNDEFINED, 0, flags);
  }

  private Object size(long maxBits) {
    switch (random.nextInt(40)) {
      case 0 -> {
        return -1L - random.nextInt(100);
      }
      case 1 -> {
        return Atom.of("eight");
      }
      case 2 -> {
        return 8.0;
      }
      case 3 -> {
        return BigInteger.ONE.shiftLeft(64 + random.nextInt(10));
      }
      case 4 -> {
        return BigInteger.ONE.shiftLeft(64).negate();
      }
      default -> {
        return (long) random.nextInt((int) Math.max(1, maxBits + 1));
      }
    }
  }

  private int endianFlags() {
    return switch (random.nextInt(4)) {
      case 0 -> BitFlags.LITTLE;
      case 1 -> BitFlags.NATIVE;
      default -> 0;
    };
  }

  private BitString bitstring(int maxBits) {
    int bits = random.nextInt(maxBits + 1);
    if (random.nextBoolean()) {
      bits &= ~7;
    }
    byte[] bytes = randomBytes((bits + 7) >>> 3);
    return BitString.wrap(bytes).sub(0, bits);
  }

  private byte[] randomBytes(int n) {
    byte[] b = new byte[n];
    random.nextBytes(b);
    return b;
  }

  private int pick(int... choices) {
    return choices[random.nextInt(choices.length)];
  }
}
