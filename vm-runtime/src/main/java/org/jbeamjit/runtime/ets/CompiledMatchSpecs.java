package org.jbeamjit.runtime.ets;

import org.jbeamjit.runtime.ets.matchspec.MatchSpec;
import org.jbeamjit.runtime.resource.MagicRefs;
import org.jbeamjit.runtime.term.Ref;

/**
 * Compiled match specifications as Erlang sees them: references ({@code ets:match_spec_compile/1},
 * and the one inside every select continuation) that stand for a {@link MatchSpec}.
 */
final class CompiledMatchSpecs {
  private static final MagicRefs<MatchSpec> REFS = new MagicRefs<>();

  private CompiledMatchSpecs() {}

  static Ref reference(MatchSpec spec) {
    return REFS.create(spec);
  }

  /** The specification {@code term} stands for, or {@code null} if it is not a compiled one. */
  static MatchSpec get(Object term) {
    return REFS.get(term);
  }
}
