package org.jbeamjit.frontend.ir;

/**
 * The primary kinds of term a typed register can hold, as the Type chunk records them. A
 * {@link BeamType} is a union of these.
 */
public enum TypeKind {
  ATOM,
  BITSTRING,
  /** A match context (OTP 25 and 26 record it apart; OTP 27 folds it into {@link #BITSTRING}). */
  BS_MATCHSTATE,
  /** A non-empty list cell. */
  CONS,
  FLOAT,
  FUN,
  INTEGER,
  MAP,
  NIL,
  PID,
  PORT,
  REFERENCE,
  TUPLE
}
