package org.jbeamjit.runtime.bits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.jbeamjit.runtime.term.Atom;
import org.jbeamjit.runtime.term.BitString;
import org.jbeamjit.runtime.term.TermPrinter;
import org.jbeamjit.runtime.term.Terms;
import org.jbeamjit.runtime.term.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Generated binary patterns (fixed seed) matched against generated bitstrings in erlc-compiled
 * code, compared with the same match done through {@link MatchContext}. Each Java match follows
 * the instructions OTP 25's compiler emits for the pattern; the subject is handed to Java as an
 * unaligned view into a larger array, so the bit-shifting paths are the ones exercised.
 */
class MatchOracleTest {
  private static final long SEED = 20250612L;
  private static final int CASES = 2500;
  private static final Atom OK = Atom.of("ok");
  private static final Atom NOMATCH = Atom.of("nomatch");

  private final Random random = new Random(SEED);

  /** A generated case: the Erlang clause, its arguments, and the same match in Java. */
  record Case(String pattern, String result, Object subject, Object size, Function<MatchContext, Object> java) {}

  /**
   * Each case is checked twice: through the Java mirror of the pattern written with the case,
   * and by running erlc's listing of the compiled function instruction by instruction through
   * the entry points {@link MatchContext} offers for each instruction.
   */
  @Test
  void generatedMatchesAgreeWithErl(@TempDir Path dir) {
    List<Case> cases = randomCases();
    CompiledOracle.Outcome erl = oracle(cases).run(dir);
    check(cases, erl.results(), this::javaMatch);
    int[] index = {0};
    check(cases, erl.results(), c -> MatchCode.run(erl.listing().get("m" + index[0]++),
        List.of(unaligned((BitString) c.subject()), c.size())));
  }

  private List<Case> randomCases() {
    List<Case> cases = new ArrayList<>();
    for (int i = 0; i < CASES; i++) {
      cases.add(randomCase());
    }
    return cases;
  }

  private static CompiledOracle oracle(List<Case> cases) {
    CompiledOracle oracle = new CompiledOracle("bits_match");
    for (int i = 0; i < cases.size(); i++) {
      Case c = cases.get(i);
      oracle.add("m" + i, List.of("B", "S"),
          "case B of <<" + c.pattern() + ">> -> " + c.result() + "; _ -> nomatch end",
          List.of(TermPrinter.write(c.subject()), TermPrinter.write(c.size())));
    }
    return oracle;
  }

  private static void check(List<Case> cases, List<Object> expected, Function<Case, Object> java) {
    List<String> bad = new ArrayList<>();
    int matched = 0;
    for (int i = 0; i < cases.size(); i++) {
      Case c = cases.get(i);
      Object want = expected.get(i);
      Object got = Tuple.of(OK, java.apply(c));
      if (!Terms.exactEquals(((Tuple) want).get(1), NOMATCH)) {
        matched++;
      }
      if (!Terms.exactEquals(want, got)) {
        bad.add("m" + i + " <<" + c.pattern() + ">> on " + TermPrinter.write(c.subject()) + " S=" + TermPrinter.write(c.size())
            + ": erl " + TermPrinter.write(want) + ", we " + TermPrinter.write(got));
      }
    }
    assertEquals(List.of(), bad.subList(0, Math.min(bad.size(), 30)), bad.size() + " of " + cases.size() + " differ");
    assertTrue(matched > cases.size() / 3 && matched < cases.size() * 9 / 10, matched + " of " + cases.size() + " matched");
  }

  private Object javaMatch(Case c) {
    MatchContext ctx = MatchContext.start(unaligned((BitString) c.subject()));
    Object r = c.java().apply(ctx);
    return r == null ? NOMATCH : r;
  }

  /** The same bits at a random bit offset inside a larger array. */
  private BitString unaligned(BitString b) {
    int shift = random.nextInt(8);
    byte[] data = new byte[(int) ((shift + b.bitSize() + 7) >>> 3) + 2];
    random.nextBytes(data);
    BitArrays.copy(b.backing(), b.bitOffset(), data, shift, b.bitSize());
    return BitString.view(data, shift, b.bitSize());
  }

  private Case randomCase() {
    int kind = random.nextInt(12);
    BitString subject = subject(kind);
    switch (kind) {
      case 0, 1, 2 -> {
        int unit = random.nextInt(4) == 0 ? pick(2, 3, 8, 16) : 1;
        int flags = endianFlags() | (random.nextBoolean() ? BitFlags.SIGNED : 0);
        Object size = size(subject.bitSize() / unit + 2);
        String type = "integer-unit:" + unit + flagText(flags);
        if (random.nextBoolean()) {
          return new Case("X:S/" + type + ", R/bits", "{X, R}", subject, size, ctx -> {
            Object x = ctx.getInteger(size, unit, flags);
            return x == null ? null : Tuple.of(x, ctx.tail());
          });
        }
        return new Case("X:S/" + type + ", R/binary", "{X, R}", subject, size, ctx -> {
          Object x = ctx.getInteger(size, unit, flags);
          return x == null || !ctx.testUnit(8) ? null : Tuple.of(x, ctx.tail());
        });
      }
      case 3 -> {
        int unit = random.nextInt(3) == 0 ? 8 : 1;
        int flags = endianFlags();
        Object size = unit == 8 ? (Object) (long) pick(2, 4, 8, 1, 3) : floatSize();
        return new Case("X:S/float-unit:" + unit + flagText(flags) + ", R/bits", "{X, R}", subject, size, ctx -> {
          Object x = ctx.getFloat(size, unit, flags);
          return x == null ? null : Tuple.of(x, ctx.tail());
        });
      }
      case 4 -> {
        int unit = pick(1, 8, 8, 3, 16);
        Object size = size(subject.bitSize() / unit + 2);
        return new Case("X:S/binary-unit:" + unit + ", R/bits", "{X, R}", subject, size, ctx -> {
          Object x = ctx.getBinary(size, unit);
          return x == null ? null : Tuple.of(x, ctx.tail());
        });
      }
      case 5 -> {
        int unit = pick(1, 8, 8, 3, 16);
        return new Case("X/binary-unit:" + unit, "X", subject, 0L, ctx -> ctx.getBinary(BitSizes.ALL, unit));
      }
      case 6 -> {
        int unit = pick(1, 1, 8, 5);
        Object size = size(subject.bitSize() / unit + 2);
        return new Case("_:S/unit:" + unit + ", R/bits", "R", subject, size,
            ctx -> ctx.skip(size, unit) ? ctx.tail() : null);
      }
      case 7 -> {
        int flags = endianFlags() | (random.nextBoolean() ? BitFlags.SIGNED : 0);
        Object size = random.nextInt(4) == 0 ? size(90) : (Object) subject.bitSize();
        return new Case("X:S/integer" + flagText(flags), "X", subject, size, ctx -> {
          Object x = ctx.getInteger(size, 1, flags);
          return x == null || !ctx.testTail(0) ? null : x;
        });
      }
      case 8 -> {
        byte[] s = new byte[1 + random.nextInt(3)];
        for (int i = 0; i < s.length; i++) {
          s[i] = (byte) (subject.bitSize() >= 8L * (i + 1) && random.nextInt(5) > 0 ? subject.byteAt(i) : random.nextInt(256));
        }
        BitString string = BitString.wrap(s);
        StringBuilder text = new StringBuilder("\"");
        for (byte b : s) {
          text.append("\\x{").append(Integer.toHexString(b & 0xFF)).append('}');
        }
        text.append('"');
        return new Case(text + ", R/bits", "R", subject, 0L,
            ctx -> ctx.matchString(string, string.bitSize()) ? ctx.tail() : null);
      }
      default -> {
        String type = List.of("utf8", "utf16", "utf32").get(random.nextInt(3));
        int flags = type.equals("utf8") ? 0 : endianFlags();
        boolean skip = random.nextInt(4) == 0;
        Function<MatchContext, Object> get = ctx -> switch (type) {
          case "utf8" -> ctx.getUtf8();
          case "utf16" -> ctx.getUtf16(flags);
          default -> ctx.getUtf32(flags);
        };
        if (skip) {
          return new Case("_/" + type + flagText(flags) + ", R/bits", "R", subject, 0L,
              ctx -> get.apply(ctx) == null ? null : ctx.tail());
        }
        return new Case("X/" + type + flagText(flags) + ", R/bits", "{X, R}", subject, 0L, ctx -> {
          Object x = get.apply(ctx);
          return x == null ? null : Tuple.of(x, ctx.tail());
        });
      }
    }
  }

  /** A subject suited to the kind of pattern: random bits, encoded floats or encoded text. */
  private BitString subject(int kind) {
    if (kind == 3 && random.nextInt(3) > 0) {
      return floatBits();
    }
    if (kind >= 9 && random.nextInt(3) > 0) {
      return textBits();
    }
    int bits = random.nextInt(4) == 0 ? random.nextInt(400) : random.nextInt(90);
    if (random.nextBoolean()) {
      bits &= ~7;
    }
    byte[] b = new byte[(bits + 7) >>> 3];
    random.nextBytes(b);
    if (random.nextInt(5) == 0 && b.length > 0) {
      b[0] = (byte) (random.nextBoolean() ? 0xFF : 0x80);
    }
    return BitString.wrap(b).sub(0, bits);
  }

  private BitString floatBits() {
    long raw;
    int bits = pick(16, 32, 64);
    switch (random.nextInt(4)) {
      case 0 -> raw = random.nextBoolean() ? 0x7C00L << (bits - 16) : 0x7F80L << (bits - 16);
      case 1 -> raw = -1L;
      default -> raw = random.nextLong();
    }
    if (bits == 64 && random.nextInt(4) == 0) {
      raw = random.nextBoolean() ? Double.doubleToRawLongBits(Double.POSITIVE_INFINITY) : 0x7FF0_0000_0000_0001L;
    }
    BitStringBuilder b = BitStringBuilder.withBits(bits + 24);
    b.putLong(raw, bits, 0);
    int tail = random.nextInt(25);
    b.putLong(random.nextLong(), tail, 0);
    return b.build();
  }

  private BitString textBits() {
    StringBuilder s = new StringBuilder();
    int n = 1 + random.nextInt(3);
    for (int i = 0; i < n; i++) {
      s.appendCodePoint(switch (random.nextInt(4)) {
        case 0 -> random.nextInt(0x80);
        case 1 -> 0x80 + random.nextInt(0x780);
        case 2 -> 0xE000 + random.nextInt(0x1000);
        default -> 0x10000 + random.nextInt(0x100000);
      });
    }
    byte[] bytes = s.toString().getBytes(switch (random.nextInt(4)) {
      case 0 -> StandardCharsets.UTF_16BE;
      case 1 -> StandardCharsets.UTF_16LE;
      case 2 -> java.nio.charset.Charset.forName("UTF-32BE");
      default -> StandardCharsets.UTF_8;
    });
    if (random.nextInt(4) == 0 && bytes.length > 1) {
      // Break the encoding somewhere: a continuation byte, an overlong form, a lone surrogate.
      int at = random.nextInt(bytes.length);
      bytes[at] = (byte) pick(0x80, 0xC0, 0xC1, 0xE0, 0xED, 0xF4, 0xF5, 0xFF, 0xD8, 0xDC, 0x00);
    }
    return BitString.wrap(bytes).sub(0, bytes.length * 8L - (random.nextInt(6) == 0 ? 1 + random.nextInt(7) : 0));
  }

  private Object size(long max) {
    switch (random.nextInt(30)) {
      case 0 -> {
        return -1L - random.nextInt(10);
      }
      case 1 -> {
        return Atom.of("s");
      }
      case 2 -> {
        return 8.0;
      }
      case 3 -> {
        return BigInteger.ONE.shiftLeft(64 + random.nextInt(10));
      }
      case 4 -> {
        return (1L << 59) + random.nextInt(100);
      }
      default -> {
        return (long) random.nextInt((int) Math.max(1, Math.min(max + 1, 500)));
      }
    }
  }

  private Object floatSize() {
    return random.nextInt(6) == 0 ? (Object) (long) pick(0, 8, 15, 48, 65, -16) : (long) pick(16, 32, 64);
  }

  private int endianFlags() {
    return switch (random.nextInt(4)) {
      case 0 -> BitFlags.LITTLE;
      case 1 -> BitFlags.NATIVE;
      default -> 0;
    };
  }

  private static String flagText(int flags) {
    String e = (flags & BitFlags.NATIVE) != 0 ? "-native" : (flags & BitFlags.LITTLE) != 0 ? "-little" : "-big";
    return e + ((flags & BitFlags.SIGNED) != 0 ? "-signed" : "");
  }

  private int pick(int... choices) {
    return choices[random.nextInt(choices.length)];
  }
}
