package org.jbeamjit.runtime.process;

import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jbeamjit.runtime.error.ErlangException;
import org.jbeamjit.runtime.term.Atom;
import org.jbeamjit.runtime.term.Atoms;
import org.jbeamjit.runtime.term.ErlMap;

/**
 * OTP's per-process memory settings: {@code min_heap_size}, {@code min_bin_vheap_size},
 * {@code fullsweep_after}, {@code max_heap_size} and {@code message_queue_data}. No collector
 * here reads them (the JVM collects every process's terms), but {@code spawn_opt} and
 * {@code process_flag} check them as OTP 25 does and {@code process_info} reports them: heap
 * sizes rounded up to BEAM's heap-size steps, {@code max_heap_size} as its map.
 */
public final class MemorySettings {
  public static final Atom MIN_HEAP_SIZE = Atom.of("min_heap_size");
  public static final Atom MIN_BIN_VHEAP_SIZE = Atom.of("min_bin_vheap_size");
  public static final Atom FULLSWEEP_AFTER = Atom.of("fullsweep_after");
  public static final Atom MAX_HEAP_SIZE = Atom.of("max_heap_size");
  public static final Atom MESSAGE_QUEUE_DATA = Atom.of("message_queue_data");

  static final long DEFAULT_MIN_HEAP_SIZE = 233;
  static final long DEFAULT_MIN_BIN_VHEAP_SIZE = 46422;
  static final long DEFAULT_FULLSWEEP_AFTER = 65535;
  private static final Atom ON_HEAP = Atom.of("on_heap");
  private static final Atom OFF_HEAP = Atom.of("off_heap");
  private static final Atom SIZE = Atom.of("size");
  private static final Atom KILL = Atom.of("kill");
  private static final Atom ERROR_LOGGER = Atom.of("error_logger");
  /** The largest size erl accepts for these settings: a 64-bit BEAM's small integers. */
  private static final long LIMIT = (1L << 59) - 1;
  private static final ErlMap NO_MAX_HEAP = maxHeap(0, true, true);

  /**
   * BEAM's heap sizes in words, which a requested minimum is rounded up to: two seeds, sums of
   * the two before (plus one) up to 833,026 words, then 20% steps (the sequence erl reports).
   */
  private static final long[] HEAP_SIZES = heapSizes();
  /** How many heap sizes a 64-bit erl's table holds ({@code system_info(heap_sizes)}). */
  private static final int HEAP_SIZE_COUNT = 137;

  /** Defaults {@code system_flag} changed, by key; empty while all are OTP's. */
  private static final Map<Atom, Object> SYSTEM_DEFAULTS = new ConcurrentHashMap<>();

  private MemorySettings() {}

  private static long[] heapSizes() {
    long[] s = new long[HEAP_SIZE_COUNT];
    s[0] = 12;
    s[1] = 38;
    int n = 2;
    for (; n < 23; n++) {
      s[n] = s[n - 1] + s[n - 2] + 1;
    }
    for (; s[n - 1] < LIMIT && n < s.length; n++) {
      s[n] = s[n - 1] + s[n - 1] / 5;
    }
    return Arrays.copyOf(s, n);
  }

  /** BEAM's heap sizes in words, smallest first ({@code system_info(heap_sizes)}). */
  public static long[] heapSizeSteps() {
    return HEAP_SIZES.clone();
  }

  /** The smallest BEAM heap size of at least {@code words}. */
  static long roundUp(long words) {
    for (long s : HEAP_SIZES) {
      if (s >= words) {
        return s;
      }
    }
    return HEAP_SIZES[HEAP_SIZES.length - 1];
  }

  /** The process's value of a setting, OTP's default when never set. */
  public static Object get(ErlProcess p, Atom key) {
    return p.otherFlag(key, otpDefault(key));
  }

  private static Object otpDefault(Atom key) {
    if (key == MIN_HEAP_SIZE) {
      return DEFAULT_MIN_HEAP_SIZE;
    } else if (key == MIN_BIN_VHEAP_SIZE) {
      return DEFAULT_MIN_BIN_VHEAP_SIZE;
    } else if (key == FULLSWEEP_AFTER) {
      return DEFAULT_FULLSWEEP_AFTER;
    } else if (key == MAX_HEAP_SIZE) {
      return NO_MAX_HEAP;
    } else if (key == MESSAGE_QUEUE_DATA) {
      return ON_HEAP;
    }
    throw new IllegalArgumentException(key.name());
  }

  /** Whether {@code key} names one of these settings. */
  public static boolean isSetting(Object key) {
    return key == MIN_HEAP_SIZE || key == MIN_BIN_VHEAP_SIZE || key == FULLSWEEP_AFTER || key == MAX_HEAP_SIZE
        || key == MESSAGE_QUEUE_DATA;
  }

  /**
   * The value to keep for {@code key}: a heap size rounded up, a {@code max_heap_size} as its full
   * map; {@code null} if OTP refuses {@code value}. A {@code max_heap_size} is checked against
   * the minimum heap size separately ({@link #fitsMinimum}).
   */
  static Object normalize(Atom key, Object value) {
    if (key == MIN_HEAP_SIZE || key == MIN_BIN_VHEAP_SIZE) {
      return isSize(value) ? (Object) roundUp((Long) value) : null;
    } else if (key == FULLSWEEP_AFTER) {
      return isSize(value) ? value : null;
    } else if (key == MESSAGE_QUEUE_DATA) {
      return value == ON_HEAP || value == OFF_HEAP ? value : null;
    } else if (key == MAX_HEAP_SIZE) {
      if (isSize(value)) {
        return maxHeap((Long) value, true, true);
      }
      // A map needs its size; kill and error_logger default to true; other keys are ignored.
      if (value instanceof ErlMap m && isSize(m.get(SIZE))) {
        Object kill = m.get(KILL);
        Object log = m.get(ERROR_LOGGER);
        if ((kill == null || isBoolean(kill)) && (log == null || isBoolean(log))) {
          return maxHeap((Long) m.get(SIZE), kill != Atoms.FALSE, log != Atoms.FALSE);
        }
      }
      return null;
    }
    return null;
  }

  /** A {@code max_heap_size} other than 0 (no limit) may not be below the minimum heap size. */
  static boolean fitsMinimum(Object maxHeap, long minHeapSize) {
    long size = (Long) ((ErlMap) maxHeap).get(SIZE);
    return size == 0 || size >= minHeapSize;
  }

  /**
   * {@code process_flag(Key, Value)} for one of these settings: sets it on {@code p} and returns
   * the old value; {@code badarg} if OTP refuses it.
   */
  public static Object set(ErlProcess p, Atom key, Object value) {
    Object v = normalize(key, value);
    if (v == null || key == MAX_HEAP_SIZE && !fitsMinimum(v, (Long) get(p, MIN_HEAP_SIZE))) {
      throw ErlangException.badarg();
    }
    Object old = get(p, key);
    p.setOtherFlag(key, v, null);
    return old;
  }

  /**
   * The node's default of a setting for processes spawned from now on: OTP's, unless
   * {@code system_flag} changed it ({@link #setSystemDefault}).
   */
  public static Object systemDefault(Atom key) {
    Object v = SYSTEM_DEFAULTS.get(key);
    return v != null ? v : otpDefault(key);
  }

  /**
   * {@code system_flag(Key, Value)} for {@code min_heap_size}, {@code min_bin_vheap_size},
   * {@code max_heap_size} or {@code fullsweep_after}: the new default for processes spawned from
   * now on; returns the old one, {@code badarg} if OTP refuses the value.
   */
  public static synchronized Object setSystemDefault(Atom key, Object value) {
    Object v = key == MESSAGE_QUEUE_DATA ? null : normalize(key, value);
    if (v == null || key == MAX_HEAP_SIZE && !fitsMinimum(v, (Long) systemDefault(MIN_HEAP_SIZE))) {
      throw ErlangException.badarg();
    }
    Object old = systemDefault(key);
    if (key == MAX_HEAP_SIZE) {
      // As erl: what the new value does not say (a bare size, a map without kill or error_logger) stays.
      ErlMap was = (ErlMap) old;
      ErlMap given = value instanceof ErlMap m ? m : ErlMap.of();
      v = maxHeap((Long) ((ErlMap) v).get(SIZE), (given.get(KILL) != null ? given.get(KILL) : was.get(KILL)) == Atoms.TRUE,
          (given.get(ERROR_LOGGER) != null ? given.get(ERROR_LOGGER) : was.get(ERROR_LOGGER)) == Atoms.TRUE);
    }
    SYSTEM_DEFAULTS.put(key, v);
    return old;
  }

  /** Applies the node's changed defaults, then the settings a {@code spawn_opt} checked, to its new process. */
  static void apply(ErlProcess p, Map<Atom, Object> settings) {
    if (!SYSTEM_DEFAULTS.isEmpty()) {
      for (Map.Entry<Atom, Object> e : SYSTEM_DEFAULTS.entrySet()) {
        p.setOtherFlag(e.getKey(), e.getValue(), null);
      }
    }
    for (Map.Entry<Atom, Object> e : settings.entrySet()) {
      p.setOtherFlag(e.getKey(), e.getValue(), null);
    }
  }

  private static boolean isBoolean(Object v) {
    return v == Atoms.TRUE || v == Atoms.FALSE;
  }

  private static boolean isSize(Object v) {
    return v instanceof Long n && n >= 0 && n <= LIMIT;
  }

  private static ErlMap maxHeap(long size, boolean kill, boolean errorLogger) {
    return ErlMap.of(ERROR_LOGGER, Atoms.bool(errorLogger), KILL, Atoms.bool(kill), SIZE, size);
  }
}
