package org.jbeamjit.runtime.atomics;

import java.math.BigInteger;
import java.util.concurrent.atomic.AtomicLongArray;
import org.jbeamjit.runtime.bif.Bif;
import org.jbeamjit.runtime.error.ErlangException;
import org.jbeamjit.runtime.resource.MagicRefs;
import org.jbeamjit.runtime.term.Atom;
import org.jbeamjit.runtime.term.Atoms;
import org.jbeamjit.runtime.term.ErlMap;

/**
 * The {@code atomics} module's BIFs: arrays of 64-bit words updated atomically, signed or
 * unsigned, known to Erlang by a reference ({@code erts_internal:atomics_new/2}, which
 * atomics.erl calls after encoding the options). Indexes start at 1.
 */
public final class AtomicsBifs {
  /** The option bit atomics.erl sets for {@code {signed, true}}. */
  private static final long SIGNED_OPTION = 1;
  /** Bytes OTP 25 reports beyond the words themselves. */
  private static final long HEADER_BYTES = 40;
  /** The largest array made; OTP would try (and fail) to allocate any size. */
  private static final long MAX_ARITY = 1L << 27;

  private static final Atom SIZE = Atom.of("size");
  private static final Atom MAX = Atom.of("max");
  private static final Atom MIN = Atom.of("min");
  private static final Atom MEMORY = Atom.of("memory");

  /** An array of atomics: its words, and whether they read as signed. */
  record Atomics(AtomicLongArray words, boolean signed) {
    /** The word of Erlang index {@code ix}; {@code badarg} if there is none. */
    int index(Object ix) {
      if (ix instanceof Long i && i >= 1 && i <= words.length()) {
        return (int) (i - 1);
      }
      throw ErlangException.badarg();
    }
  }

  private static final MagicRefs<Atomics> REFS = new MagicRefs<>();

  private AtomicsBifs() {}

  /** The atomics {@code ref} stands for; {@code badarg} if none. */
  static Atomics atomics(Object ref) {
    Atomics a = REFS.get(ref);
    if (a == null) {
      throw ErlangException.badarg();
    }
    return a;
  }

  @Bif(module = "erts_internal", name = "atomics_new")
  public static Object atomicsNew(Object arity, Object options) {
    if (!(arity instanceof Long n) || n < 1 || !(options instanceof Long opts)) {
      throw ErlangException.badarg();
    }
    if (n > MAX_ARITY) {
      throw ErlangException.systemLimit();
    }
    return REFS.create(new Atomics(new AtomicLongArray((int) (long) n), (opts & SIGNED_OPTION) != 0));
  }

  @Bif(module = "atomics", name = "put")
  public static Object put(Object ref, Object ix, Object value) {
    Atomics a = atomics(ref);
    int i = a.index(ix);
    a.words.set(i, Words.value(value, a.signed));
    return Atoms.OK;
  }

  @Bif(module = "atomics", name = "get")
  public static Object get(Object ref, Object ix) {
    Atomics a = atomics(ref);
    return Words.term(a.words.get(a.index(ix)), a.signed);
  }

  @Bif(module = "atomics", name = "add")
  public static Object add(Object ref, Object ix, Object incr) {
    Atomics a = atomics(ref);
    int i = a.index(ix);
    a.words.addAndGet(i, Words.increment(incr));
    return Atoms.OK;
  }

  @Bif(module = "atomics", name = "add_get")
  public static Object addGet(Object ref, Object ix, Object incr) {
    Atomics a = atomics(ref);
    int i = a.index(ix);
    return Words.term(a.words.addAndGet(i, Words.increment(incr)), a.signed);
  }

  @Bif(module = "atomics", name = "exchange")
  public static Object exchange(Object ref, Object ix, Object desired) {
    Atomics a = atomics(ref);
    int i = a.index(ix);
    return Words.term(a.words.getAndSet(i, Words.value(desired, a.signed)), a.signed);
  }

  /** {@code ok} if the word was {@code expected} (and is now {@code desired}), else the word's value. */
  @Bif(module = "atomics", name = "compare_exchange")
  public static Object compareExchange(Object ref, Object ix, Object expected, Object desired) {
    Atomics a = atomics(ref);
    int i = a.index(ix);
    long e = Words.value(expected, a.signed);
    long d = Words.value(desired, a.signed);
    long witness = a.words.compareAndExchange(i, e, d);
    return witness == e ? Atoms.OK : Words.term(witness, a.signed);
  }

  @Bif(module = "atomics", name = "info")
  public static Object info(Object ref) {
    Atomics a = atomics(ref);
    int n = a.words.length();
    Object max = a.signed ? (Object) Long.MAX_VALUE : BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);
    Object min = a.signed ? Long.MIN_VALUE : 0L;
    return ErlMap.of(SIZE, (long) n, MAX, max, MIN, min, MEMORY, HEADER_BYTES + 8L * n);
  }
}
