package org.jbeamjit.frontend.ir;

/** A stack-frame slot, {@code {y,N}}. */
public record YReg(int index) implements Register {}
