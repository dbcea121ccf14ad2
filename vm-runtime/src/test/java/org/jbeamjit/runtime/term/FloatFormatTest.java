package org.jbeamjit.runtime.term;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.jbeamjit.testing.Erl;
import org.junit.jupiter.api.Test;

/** Shortest float text: digits against an exact BigDecimal search, layout against erl. */
class FloatFormatTest {
  @Test
  void digitsAreTheShortestThatRoundTrip() {
    Random r = new Random(99);
    List<Double> values = new ArrayList<>(List.of(Double.MIN_VALUE, 2 * Double.MIN_VALUE, 3 * Double.MIN_VALUE,
        Double.MIN_NORMAL, Double.MAX_VALUE, 0x1p-1022 - 0x1p-1074, 1.0, 0.1, 0x1p53, 0x1p54, 5e-324, 1e23, 9.5,
        2.0 / 3));
    for (int i = 0; i < 20_000; i++) {
      values.add(Math.abs(Double.longBitsToDouble(r.nextLong())));
      values.add(Math.scalb(1.0, r.nextInt(2098) - 1074)); // powers of two: the uneven intervals
      values.add((double) r.nextInt(1_000_000) / 1000);
    }
    for (double v : values) {
      if (Double.isNaN(v) || Double.isInfinite(v) || v == 0) {
        continue;
      }
      FloatFormat.Decimal d = FloatFormat.Schubfach.toDecimal(v);
      BigDecimal want = shortest(v);
      BigDecimal got = BigDecimal.valueOf(d.digits).scaleByPowerOfTen(d.exponent);
      assertEquals(0, want.compareTo(got), () -> "for " + v + ": want " + want + " got " + got);
      assertEquals(v, Double.parseDouble(FloatFormat.shortest(v)));
    }
  }

  /**
   * The shortest decimal that reads back as v: the closest one when several are as short, the one
   * with an even last digit when two are equally close (as Ryu and OTP do).
   */
  private static BigDecimal shortest(double v) {
    BigDecimal exact = new BigDecimal(v);
    for (int n = 1; n <= 17; n++) {
      BigDecimal best = null;
      for (RoundingMode mode : new RoundingMode[] {RoundingMode.FLOOR, RoundingMode.CEILING}) {
        BigDecimal c = exact.round(new MathContext(n, mode));
        if (Double.parseDouble(c.toString()) != v) {
          continue;
        }
        int closer = best == null ? -1 : c.subtract(exact).abs().compareTo(best.subtract(exact).abs());
        if (closer < 0 || closer == 0 && c.unscaledValue().testBit(0) == false) {
          best = c;
        }
      }
      if (best != null) {
        return best;
      }
    }
    throw new AssertionError("no decimal for " + v);
  }

  @Test
  void layoutMatchesErl() throws java.io.IOException {
    List<Double> values = new ArrayList<>();
    for (int e = -330; e <= 310; e++) {
      for (String m : new String[] {"1", "1.5", "9.007199254740992", "1.2345", "4.5035996273704968", "1.8014398509481984",
          "123456789", "2.5", "7.2057594037927936"}) {
        double v = Double.parseDouble(m + "e" + e);
        if (!Double.isInfinite(v) && v != 0) {
          values.add(v);
        }
      }
    }
    Random r = new Random(5);
    for (int i = 0; i < 3000; i++) {
      double v = Double.longBitsToDouble(r.nextLong());
      if (!Double.isNaN(v) && !Double.isInfinite(v)) {
        values.add(v);
      }
      values.add((double) (r.nextLong() >> r.nextInt(64)));
      values.add(r.nextInt(100000) / Math.pow(10, r.nextInt(12)));
    }
    values.addAll(List.of(0.0, -0.0, 0x1p53, 0x1p53 - 1, 0x1p53 + 2, 0x1p54, 4503599627370496.5 * 2, 1e15, 1e16,
        90071992547409.91, 900719925474099.1, 9007199254740991.0, 1801439850948198.4, 180143985094819.84));
    java.nio.ByteBuffer buf = java.nio.ByteBuffer.allocate(8 * values.size());
    values.forEach(buf::putDouble);
    java.nio.file.Path file = java.nio.file.Files.createTempFile("floats", ".bin");
    java.nio.file.Files.write(file, buf.array());
    String expr = "{ok, B} = file:read_file(\"" + file + "\"), "
        + "[io:format(\"~s~n\", [float_to_list(F, [short])]) || <<F:64/float>> <= B]";
    List<String> lines = Erl.eval(expr).lines().toList();
    java.nio.file.Files.delete(file);
    assertEquals(values.size(), lines.size());
    List<String> failures = new ArrayList<>();
    for (int i = 0; i < values.size(); i++) {
      String got = FloatFormat.shortest(values.get(i));
      if (!got.equals(lines.get(i)) && failures.size() < 20) {
        failures.add(lines.get(i) + " but got " + got);
      }
    }
    assertTrue(failures.isEmpty(), String.join("\n", failures));
  }
}
