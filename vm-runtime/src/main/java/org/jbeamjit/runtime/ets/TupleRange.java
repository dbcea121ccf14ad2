package org.jbeamjit.runtime.ets;

import org.jbeamjit.runtime.ets.matchspec.MatchSpec;
import org.jbeamjit.runtime.term.Terms;
import org.jbeamjit.runtime.term.Tuple;

/**
 * The keys of an {@code ordered_set} a head like {@code {{user, '$1'}, '_'}} can match: tuples of
 * one arity that start with given elements. In term order they are contiguous (tuples order by
 * arity, then element by element), so a select visits only that stretch of the skip list,
 * between two {@link Bound}s that the table's comparator ({@link KeyOrder#TERM}) places just
 * before and just after it.
 */
final class TupleRange {
  /** A position just below (or above) every tuple of the range; it equals no term. */
  static final class Bound {
    private final int arity;
    private final Object[] prefix;
    private final boolean upper;

    Bound(MatchSpec.TuplePrefix range, boolean upper) {
      this.arity = range.arity();
      this.prefix = range.prefix();
      this.upper = upper;
    }

    /** The sign of this bound minus {@code term} in term order. */
    int compareTo(Object term) {
      if (term instanceof Bound other) {
        return Boolean.compare(upper, other.upper); // the two bounds of one range
      }
      if (!(term instanceof Tuple t)) {
        return Terms.compare(Tuple.EMPTY, term); // tuples against another type: by type alone
      }
      if (t.arity() != arity) {
        return Integer.compare(arity, t.arity());
      }
      for (int i = 0; i < prefix.length; i++) {
        int c = Terms.compare(prefix[i], t.elems[i]);
        if (c != 0) {
          return c;
        }
      }
      return upper ? 1 : -1;
    }
  }

  private TupleRange() {}
}
