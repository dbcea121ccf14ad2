package org.jbeamjit.frontend.disasm;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.jbeamjit.frontend.ir.BeamType;
import org.jbeamjit.frontend.ir.TypeKind;
import org.jbeamjit.runtime.term.Atom;
import org.jbeamjit.runtime.term.Atoms;
import org.jbeamjit.runtime.term.ErlMap;
import org.jbeamjit.runtime.term.Integers;
import org.jbeamjit.runtime.term.Tuple;

/**
 * A {@link BeamType} as OTP 25's {@code beam_types:decode_ext/1} returns it, which is what
 * {@code beam_disasm} shows in a typed register: {@code {Type, Min, Max}}, where Type is the join
 * of the kinds' compiler types and Min and Max are the bounds as unsigned 64-bit numbers (0 and
 * 2^64-1 when there are none).
 *
 * <p>The join puts each kind in one slot of a {@code t_union}: atom, list, number, tuple, and
 * "other", which holds only one type, so two different others join to {@code any}. A union with
 * a single slot filled is that slot's type.
 */
final class TypeTerms {
  private static final Atom ANY = Atom.of("any");
  private static final Atom NONE = Atom.of("none");
  private static final BigInteger UNSIGNED_64 = BigInteger.ONE.shiftLeft(64);
  private static final Object NO_MAX = Integers.normalize(UNSIGNED_64.subtract(BigInteger.ONE));

  private TypeTerms() {}

  static Tuple otp25(BeamType type) {
    Object min = type.lowerBound().isPresent() ? unsigned(type.lowerBound().getAsLong()) : (Object) 0L;
    Object max = type.upperBound().isPresent() ? unsigned(type.upperBound().getAsLong()) : NO_MAX;
    return Tuple.of(join(type), min, max);
  }

  private static Object unsigned(long v) {
    return v >= 0 ? (Object) v : Integers.normalize(BigInteger.valueOf(v).add(UNSIGNED_64));
  }

  private static Object join(BeamType t) {
    Object atom = t.canBe(TypeKind.ATOM) ? Tuple.of(Atom.of("t_atom"), ANY) : NONE;
    Object list = pick(t.canBe(TypeKind.CONS), t.canBe(TypeKind.NIL), Tuple.of(Atom.of("t_cons"), ANY, ANY),
        Atom.of("nil"), Tuple.of(Atom.of("t_list"), ANY, ANY));
    Object number = pick(t.canBe(TypeKind.FLOAT), t.canBe(TypeKind.INTEGER), Tuple.of(Atom.of("t_float"), ANY),
        Tuple.of(Atom.of("t_integer"), ANY), Atom.of("number"));
    Object tuple = t.canBe(TypeKind.TUPLE)
        ? Tuple.of(Atom.of("t_tuple"), 0L, Atoms.FALSE, ErlMap.EMPTY) : NONE;
    List<Object> others = new ArrayList<>();
    Object bits = pick(t.canBe(TypeKind.BITSTRING), t.canBe(TypeKind.BS_MATCHSTATE),
        Tuple.of(Atom.of("t_bitstring"), 1L), Tuple.of(Atom.of("t_bs_context"), 1L),
        Tuple.of(Atom.of("t_bs_matchable"), 1L));
    if (bits != NONE) {
      others.add(bits);
    }
    if (t.canBe(TypeKind.FUN)) {
      others.add(Tuple.of(Atom.of("t_fun"), ANY, ANY, ANY));
    }
    if (t.canBe(TypeKind.MAP)) {
      others.add(Tuple.of(Atom.of("t_map"), ANY, ANY));
    }
    if (t.canBe(TypeKind.PID)) {
      others.add(Atom.of("pid"));
    }
    if (t.canBe(TypeKind.PORT)) {
      others.add(Atom.of("port"));
    }
    if (t.canBe(TypeKind.REFERENCE)) {
      others.add(Atom.of("reference"));
    }
    if (others.size() > 1) {
      return ANY;
    }
    Object other = others.isEmpty() ? NONE : others.get(0);
    Object[] slots = {atom, list, number, tuple, other};
    Object only = NONE;
    int filled = 0;
    for (Object s : slots) {
      if (s != NONE) {
        only = s;
        filled++;
      }
    }
    if (filled <= 1) {
      return only;
    }
    return Tuple.of(Atom.of("t_union"), atom, list, number, tuple, other);
  }

  /** The type for "first", "second" or "both" of two kinds that share a slot, or {@code none}. */
  private static Object pick(boolean first, boolean second, Object firstType, Object secondType, Object both) {
    return first ? (second ? both : firstType) : (second ? secondType : NONE);
  }
}
