package org.jbeamjit.frontend.ir;

import java.util.Collections;
import java.util.EnumSet;
import java.util.OptionalLong;
import java.util.Set;

/**
 * What the compiler proved about a register's value (the Type chunk, OTP 25 and later): a union of
 * {@link TypeKind}s, optional bounds on the value when it is a number, and the size unit of a
 * bitstring. A register may hold any value the type allows and nothing else.
 */
public final class BeamType {
  private static final TypeKind[] KINDS = TypeKind.values();
  private static final int ALL_KINDS = (1 << KINDS.length) - 1;

  /** Nothing is known. */
  public static final BeamType ANY = new BeamType(ALL_KINDS, false, 0, false, 0, 1);

  private final int kinds;
  private final boolean hasLower;
  private final long lower;
  private final boolean hasUpper;
  private final long upper;
  private final int unit;

  private BeamType(int kinds, boolean hasLower, long lower, boolean hasUpper, long upper, int unit) {
    this.kinds = kinds;
    this.hasLower = hasLower;
    this.lower = lower;
    this.hasUpper = hasUpper;
    this.upper = upper;
    this.unit = unit;
  }

  /**
   * @param unit the size of a bitstring value is a multiple of this many bits (1 to 256)
   */
  public static BeamType of(Set<TypeKind> kinds, OptionalLong lowerBound, OptionalLong upperBound, int unit) {
    if (unit < 1 || unit > 256) {
      throw new IllegalArgumentException("unit " + unit);
    }
    int bits = 0;
    for (TypeKind k : kinds) {
      bits |= 1 << k.ordinal();
    }
    return new BeamType(bits, lowerBound.isPresent(), lowerBound.orElse(0), upperBound.isPresent(),
        upperBound.orElse(0), unit);
  }

  public static BeamType of(Set<TypeKind> kinds) {
    return of(kinds, OptionalLong.empty(), OptionalLong.empty(), 1);
  }

  /** The kinds of term the value may be. */
  public Set<TypeKind> kinds() {
    EnumSet<TypeKind> set = EnumSet.noneOf(TypeKind.class);
    for (TypeKind k : KINDS) {
      if (canBe(k)) {
        set.add(k);
      }
    }
    return Collections.unmodifiableSet(set);
  }

  public boolean canBe(TypeKind kind) {
    return (kinds & (1 << kind.ordinal())) != 0;
  }

  /** Whether the value is certainly of this kind. */
  public boolean isOnly(TypeKind kind) {
    return kinds == 1 << kind.ordinal();
  }

  /** Whether every kind is possible (bounds and unit aside). */
  public boolean allowsEveryKind() {
    return kinds == ALL_KINDS;
  }

  /** The least value the number can have, if known. */
  public OptionalLong lowerBound() {
    return hasLower ? OptionalLong.of(lower) : OptionalLong.empty();
  }

  /** The greatest value the number can have, if known. */
  public OptionalLong upperBound() {
    return hasUpper ? OptionalLong.of(upper) : OptionalLong.empty();
  }

  /** The size of a bitstring value is a multiple of this many bits; 1 when nothing is known. */
  public int unit() {
    return unit;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof BeamType t && t.kinds == kinds && t.hasLower == hasLower && t.lower == lower
        && t.hasUpper == hasUpper && t.upper == upper && t.unit == unit;
  }

  @Override
  public int hashCode() {
    return ((kinds * 31 + Long.hashCode(lower)) * 31 + Long.hashCode(upper)) * 31 + unit
        + (hasLower ? 1 << 20 : 0) + (hasUpper ? 1 << 21 : 0);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(allowsEveryKind() ? "any" : kinds().toString());
    if (hasLower || hasUpper) {
      sb.append(' ').append(hasLower ? Long.toString(lower) : "-inf").append("..")
          .append(hasUpper ? Long.toString(upper) : "+inf");
    }
    if (unit != 1) {
      sb.append(" unit ").append(unit);
    }
    return sb.toString();
  }
}
