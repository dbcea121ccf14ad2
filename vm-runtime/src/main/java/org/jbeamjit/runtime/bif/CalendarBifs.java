package org.jbeamjit.runtime.bif;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.List;
import org.jbeamjit.runtime.error.ErlangException;
import org.jbeamjit.runtime.term.Atom;
import org.jbeamjit.runtime.term.Atoms;
import org.jbeamjit.runtime.term.Tuple;

/**
 * Calendar time: {@code date/0}, {@code time/0}, {@code localtime/0}, {@code universaltime/0}
 * from the OS's wall clock, and the conversions between local time, universal time and POSIX
 * seconds ({@code localtime_to_universaltime/1} is OTP's Erlang code in {@code erlang.beam},
 * calling the /2 BIF with {@code undefined}). Local time is in the JVM's default time zone, which
 * the JVM takes from {@code TZ} and {@code /etc/localtime} as the C library does for erl.
 *
 * <p>The arithmetic is OTP's own rather than java.time's, because it is observable: the accepted
 * ranges (years from 1902 for local time, 1600 for POSIX seconds, up to 2^31-2), no leap seconds,
 * and the C truncating division that gives {@code posixtime_to_universaltime} its proleptic dates
 * before year 0. Only the UTC offset comes from the zone rules.
 */
public final class CalendarBifs {
  private static final long SECONDS_PER_DAY = 86_400L;
  /** The earliest year OTP converts between local and universal time. */
  private static final long LOCAL_MIN_YEAR = 1902;
  /** The earliest year OTP converts to POSIX seconds. */
  private static final long POSIX_MIN_YEAR = 1600;
  private static final long MAX_YEAR = Integer.MAX_VALUE - 1;
  private static final int[] MONTH_DAYS = {0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  /** How far glibc's mktime looks for a time with the asked daylight-saving state (536 days). */
  private static final long DST_SEARCH_SECONDS = 536 * SECONDS_PER_DAY;

  private CalendarBifs() {}

  @Bif(name = "date")
  public static Object date() {
    long[] t = fields(localSeconds(nowSeconds()));
    return Tuple.of(t[0], t[1], t[2]);
  }

  @Bif(name = "time")
  public static Object time() {
    long[] t = fields(localSeconds(nowSeconds()));
    return Tuple.of(t[3], t[4], t[5]);
  }

  @Bif(name = "localtime")
  public static Object localtime() {
    return dateTime(fields(localSeconds(nowSeconds())));
  }

  @Bif(name = "universaltime")
  public static Object universaltime() {
    return dateTime(fields(nowSeconds()));
  }

  @Bif(name = "universaltime_to_localtime")
  public static Object universaltimeToLocaltime(Object dateTime) {
    long[] t = parse(dateTime, LOCAL_MIN_YEAR);
    return dateTime(fields(localSeconds(seconds(t))));
  }

  /** {@code IsDst}: {@code true}, {@code false} or {@code undefined} (let the zone decide), as C's {@code tm_isdst}. */
  @Bif(name = "localtime_to_universaltime")
  public static Object localtimeToUniversaltime(Object dateTime, Object isDst) {
    int dst;
    if (isDst == Atoms.TRUE) {
      dst = 1;
    } else if (isDst == Atoms.FALSE) {
      dst = 0;
    } else if (isDst == Atoms.UNDEFINED) {
      dst = -1;
    } else {
      throw ErlangException.badarg();
    }
    return localToUniversal(dateTime, dst);
  }

  @Bif(name = "universaltime_to_posixtime")
  public static Object universaltimeToPosixtime(Object dateTime) {
    return seconds(parse(dateTime, POSIX_MIN_YEAR));
  }

  @Bif(name = "posixtime_to_universaltime")
  public static Object posixtimeToUniversaltime(Object seconds) {
    if (seconds instanceof Long s) {
      return dateTime(fields(s));
    }
    throw ErlangException.badarg();
  }

  private static Object localToUniversal(Object dateTime, int isDst) {
    long[] t = parse(dateTime, LOCAL_MIN_YEAR);
    long local = seconds(t);
    return dateTime(fields(local - offsetOfLocal(t, local, isDst)));
  }

  /**
   * The UTC offset in force at a local time, as glibc's {@code mktime} picks it: when the local
   * time is ambiguous or skipped, or its daylight-saving state is not the one asked for, the
   * offset of the nearest period in the asked state; failing that, an hour's correction.
   */
  private static long offsetOfLocal(long[] t, long local, int isDst) {
    ZoneRules rules = ZoneId.systemDefault().getRules();
    Instant guess = instant(local - rules.getOffset(instant(local)).getTotalSeconds());
    if (t[0] > LocalDateTime.MAX.getYear()) {
      return adjustedForDst(rules, guess, rules.getOffset(guess).getTotalSeconds(), isDst);
    }
    LocalDateTime ldt = LocalDateTime.of((int) t[0], (int) t[1], (int) t[2], (int) t[3], (int) t[4], (int) t[5]);
    List<ZoneOffset> valid = rules.getValidOffsets(ldt);
    for (ZoneOffset o : valid) {
      Instant at = instant(local - o.getTotalSeconds());
      if (isDst < 0 || rules.isDaylightSavings(at) == (isDst == 1)) {
        return o.getTotalSeconds();
      }
    }
    if (valid.isEmpty()) {
      // In a gap (clocks moved forward): the offset from before the gap, as mktime extrapolates.
      ZoneOffsetTransition gap = rules.getTransition(ldt);
      return adjustedForDst(rules, gap.getInstant(), gap.getOffsetBefore().getTotalSeconds(), isDst);
    }
    return adjustedForDst(rules, guess, valid.get(0).getTotalSeconds(), isDst);
  }

  private static long adjustedForDst(ZoneRules rules, Instant at, long offset, int isDst) {
    if (isDst < 0 || rules.isDaylightSavings(at) == (isDst == 1)) {
      return offset;
    }
    ZoneOffsetTransition before = rules.previousTransition(at);
    if (before != null && at.getEpochSecond() - before.getInstant().getEpochSecond() <= DST_SEARCH_SECONDS) {
      return before.getOffsetBefore().getTotalSeconds();
    }
    ZoneOffsetTransition after = rules.nextTransition(at);
    if (after != null && after.getInstant().getEpochSecond() - at.getEpochSecond() <= DST_SEARCH_SECONDS) {
      return after.getOffsetAfter().getTotalSeconds();
    }
    return offset + (isDst == 1 ? 3600 : -3600);
  }

  /** The local time, as seconds on the same scale as POSIX time, of a POSIX time. */
  private static long localSeconds(long posix) {
    return posix + ZoneId.systemDefault().getRules().getOffset(instant(posix)).getTotalSeconds();
  }

  /** An instant, clamped to java.time's range (the zone rules far out are those at its ends). */
  private static Instant instant(long posix) {
    return Instant.ofEpochSecond(Math.max(Instant.MIN.getEpochSecond(), Math.min(Instant.MAX.getEpochSecond(), posix)));
  }

  private static long nowSeconds() {
    return Instant.now().getEpochSecond();
  }

  /** {@code {{Y, Mo, D}, {H, Mi, S}}} as six numbers, {@code badarg} unless a valid date from {@code minYear}. */
  private static long[] parse(Object dateTime, long minYear) {
    if (dateTime instanceof Tuple dt && dt.arity() == 2 && dt.get(0) instanceof Tuple d && d.arity() == 3
        && dt.get(1) instanceof Tuple tm && tm.arity() == 3) {
      long[] t = {small(d.get(0)), small(d.get(1)), small(d.get(2)), small(tm.get(0)), small(tm.get(1)), small(tm.get(2))};
      if (t[0] >= minYear && t[0] <= MAX_YEAR && t[1] >= 1 && t[1] <= 12 && t[2] >= 1 && t[2] <= daysIn(t[0], t[1])
          && t[3] >= 0 && t[3] <= 23 && t[4] >= 0 && t[4] <= 59 && t[5] >= 0 && t[5] <= 59) {
        return t;
      }
    }
    throw ErlangException.badarg();
  }

  private static long small(Object t) {
    if (t instanceof Long l) {
      return l;
    }
    throw ErlangException.badarg();
  }

  private static long daysIn(long year, long month) {
    return MONTH_DAYS[(int) month] + (month == 2 && isLeap(year) ? 1 : 0);
  }

  private static boolean isLeap(long y) {
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  }

  /** Seconds since 1970 of a valid date and time from year 1600 on, counted as OTP counts them. */
  private static long seconds(long[] t) {
    long year = t[0];
    long days = 0;
    long sinceGregorian = year - 1600;
    if (sinceGregorian > 0) {
      long p = sinceGregorian - 1;
      days = p / 4 - p / 100 + p / 400 + p * 365 + 366;
    }
    for (int m = 1; m < t[1]; m++) {
      days += MONTH_DAYS[m];
    }
    if (isLeap(year) && t[1] > 2) {
      days++;
    }
    days += t[2] - 1 - 135_140; // days from 1600-01-01 to 1970-01-01
    return days * SECONDS_PER_DAY + t[3] * 3600 + t[4] * 60 + t[5];
  }

  /**
   * Year, month, day, hour, minute, second of seconds since 1970, with OTP's civil-from-days
   * formula in C's truncating division: it agrees with the Gregorian calendar from year 0 on and
   * goes its own way before.
   */
  private static long[] fields(long time) {
    long days = time / SECONDS_PER_DAY;
    long secs = time % SECONDS_PER_DAY;
    if (secs < 0) {
      days--;
      secs += SECONDS_PER_DAY;
    }
    long inHour = secs % 3600;
    days += 719_468;
    long y = (10_000 * days + 14_780) / 3_652_425;
    long dayOfYear = days - (365 * y + y / 4 - y / 100 + y / 400);
    if (dayOfYear < 0) {
      y--;
      dayOfYear = days - (365 * y + y / 4 - y / 100 + y / 400);
    }
    long mi = (100 * dayOfYear + 52) / 3060;
    return new long[] {y + (mi + 2) / 12, (mi + 2) % 12 + 1, dayOfYear - (mi * 306 + 5) / 10 + 1,
        secs / 3600, inHour / 60, inHour % 60};
  }

  private static Tuple dateTime(long[] t) {
    return Tuple.of(Tuple.of(t[0], t[1], t[2]), Tuple.of(t[3], t[4], t[5]));
  }
}
