package org.jbeamjit.runtime.etf;

import org.jbeamjit.runtime.term.Atom;

/**
 * Whether an export entry {@code Module:Function/Arity} exists. With the {@code safe} option,
 * OTP decodes {@code fun M:F/A} only when its export entry already exists (a loaded export, or a
 * stub made when some loaded code referred to it), because export entries are never freed.
 */
@FunctionalInterface
public interface KnownExports {
  /** Knows no exports: in safe mode every external fun is refused. */
  KnownExports NONE = (module, function, arity) -> false;

  boolean exists(Atom module, Atom function, int arity);
}
