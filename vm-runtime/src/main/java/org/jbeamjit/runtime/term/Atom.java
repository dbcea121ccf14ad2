package org.jbeamjit.runtime.term;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.jbeamjit.runtime.error.ErlangException;

/**
 * An Erlang atom. There is exactly one instance per name, so atoms compare with {@code ==}.
 *
 * <p>The table is bounded by OTP's default limit (1,048,576 atoms): creating one more raises
 * {@code system_limit} instead of exhausting memory, as in OTP. Names are limited to 255
 * characters, again as in OTP.
 */
public final class Atom {
  public static final int MAX_ATOMS = 1 << 20;
  public static final int MAX_NAME_CHARS = 255;

  private static final ConcurrentHashMap<String, Atom> TABLE = new ConcurrentHashMap<>(8192);
  private static final AtomicInteger COUNT = new AtomicInteger();

  static {
    // The VM's own atoms are made before any other, as OTP's are at boot, so that raising
    // system_limit on a full table never needs a new atom.
    Atoms.bool(true);
  }

  private final String name;
  private final int index;
  private final byte[] utf8;

  private Atom(String name, int index) {
    this.name = name;
    this.index = index;
    this.utf8 = name.getBytes(StandardCharsets.UTF_8);
  }

  /** The atom with this name, created if needed; {@code system_limit} past the table's limit. */
  public static Atom of(String name) {
    Atom a = TABLE.get(name);
    return a != null ? a : create(name);
  }

  /** The atom with this name if it already exists, else {@code null} (for {@code *_to_existing_atom}). */
  public static Atom existing(String name) {
    return TABLE.get(name);
  }

  /** How many atoms exist. */
  public static int count() {
    return COUNT.get();
  }

  private static Atom create(String name) {
    if (name.codePointCount(0, name.length()) > MAX_NAME_CHARS) {
      throw ErlangException.systemLimit();
    }
    synchronized (TABLE) {
      Atom a = TABLE.get(name);
      if (a != null) {
        return a;
      }
      if (COUNT.get() >= MAX_ATOMS) {
        throw ErlangException.systemLimit();
      }
      a = new Atom(name, COUNT.getAndIncrement());
      TABLE.put(name, a);
      return a;
    }
  }

  public String name() {
    return name;
  }

  /** Creation order; stable for the life of the VM. */
  public int index() {
    return index;
  }

  /** The name in UTF-8, the form term order compares and the external term format writes. */
  public byte[] utf8() {
    return utf8.clone();
  }

  int utf8Length() {
    return utf8.length;
  }

  byte utf8At(int i) {
    return utf8[i];
  }

  @Override
  public String toString() {
    return name;
  }
}
