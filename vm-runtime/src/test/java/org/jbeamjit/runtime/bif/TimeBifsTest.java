package org.jbeamjit.runtime.bif;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.jbeamjit.runtime.error.ErlangException;
import org.jbeamjit.runtime.term.Atom;
import org.jbeamjit.testing.Erl;
import org.junit.jupiter.api.Test;

class TimeBifsTest {
  private static final long[] NANOS = {-576460751703981904L, -576460752303423488L, -1L, 0L, 1L, 999_999_999L,
      1_000_000_001L};
  private static final String[] UNITS = {"second", "millisecond", "microsecond", "nanosecond", "native",
      "perf_counter", "seconds", "milli_seconds", "micro_seconds", "nano_seconds", "3", "7", "1000000007",
      "1180591620717411303424"};

  /** Every unit rounds as erl's conversion from its native unit (the nanosecond) does. */
  @Test
  void unitsRoundAsErlDoes() {
    StringBuilder expr = new StringBuilder("io:format(\"~w~n\", [[");
    List<Object> ours = new ArrayList<>();
    for (long n : NANOS) {
      for (String u : UNITS) {
        expr.append(ours.isEmpty() ? "" : ",").append("erlang:convert_time_unit(").append(n).append(", native, ")
            .append(u).append(")");
        Object unit = Character.isDigit(u.charAt(0)) ? unitInteger(u) : Atom.of(u);
        ours.add(TimeBifs.inUnit(n, TimeBifs.perSecond(unit)));
      }
    }
    String erl = Erl.eval(expr.append("]])").toString()).trim();
    assertEquals(erl, ours.toString().replace(" ", ""));
  }

  @Test
  void badUnitsAreBadarg() {
    for (Object unit : List.of(0L, -1L, Atom.of("minute"), 1.0)) {
      assertThrows(ErlangException.class, () -> TimeBifs.monotonicTime(unit), unit::toString);
    }
  }

  @Test
  void theClockStartsAsNegativeAsErlsAndMovesForward() {
    long a = (Long) TimeBifs.monotonicTime();
    long b = (Long) TimeBifs.monotonicTime(Atom.of("nanosecond"));
    assertTrue(a < 0 && a <= b, a + " then " + b);
  }

  private static Object unitInteger(String digits) {
    BigInteger b = new BigInteger(digits);
    return b.bitLength() < 64 ? (Object) b.longValue() : b;
  }
}
