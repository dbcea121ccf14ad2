package org.jbeamjit.runtime.bif;

import org.jbeamjit.runtime.term.Atoms;
import org.jbeamjit.runtime.term.Terms;

/** Term comparison in the standard order (and the exact one), and {@code min}/{@code max}. */
public final class ComparisonBifs {
  private ComparisonBifs() {}

  @Bif(name = "==")
  public static Object eq(Object a, Object b) {
    return Atoms.bool(Terms.arithEquals(a, b));
  }

  @Bif(name = "/=")
  public static Object ne(Object a, Object b) {
    return Atoms.bool(!Terms.arithEquals(a, b));
  }

  @Bif(name = "=:=")
  public static Object exactEq(Object a, Object b) {
    return Atoms.bool(Terms.exactEquals(a, b));
  }

  @Bif(name = "=/=")
  public static Object exactNe(Object a, Object b) {
    return Atoms.bool(!Terms.exactEquals(a, b));
  }

  @Bif(name = "<")
  public static Object lt(Object a, Object b) {
    return Atoms.bool(Terms.compare(a, b) < 0);
  }

  @Bif(name = "=<")
  public static Object le(Object a, Object b) {
    return Atoms.bool(Terms.compare(a, b) <= 0);
  }

  @Bif(name = ">")
  public static Object gt(Object a, Object b) {
    return Atoms.bool(Terms.compare(a, b) > 0);
  }

  @Bif(name = ">=")
  public static Object ge(Object a, Object b) {
    return Atoms.bool(Terms.compare(a, b) >= 0);
  }

  /** The smaller argument; the first one when they compare equal ({@code min(1, 1.0)} is {@code 1}). */
  @Bif(name = "min")
  public static Object min(Object a, Object b) {
    return Terms.compare(a, b) <= 0 ? a : b;
  }

  /** The larger argument; the first one when they compare equal. */
  @Bif(name = "max")
  public static Object max(Object a, Object b) {
    return Terms.compare(a, b) >= 0 ? a : b;
  }

  /**
   * {@code erts_internal:cmp_term/2}: -1, 0 or 1 by the exact term order, in which an integer and
   * a float are never equal (integers first, as in map keys).
   */
  @Bif(module = "erts_internal", name = "cmp_term")
  public static Object cmpTerm(Object a, Object b) {
    return (long) Integer.signum(Terms.compareMapKeys(a, b));
  }
}
