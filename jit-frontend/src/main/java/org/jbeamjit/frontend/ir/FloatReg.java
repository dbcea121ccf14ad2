package org.jbeamjit.frontend.ir;

/** A float register, {@code {fr,N}}, holding an unboxed double. */
public record FloatReg(int index) implements Register {}
