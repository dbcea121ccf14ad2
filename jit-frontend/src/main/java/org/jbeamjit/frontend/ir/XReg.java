package org.jbeamjit.frontend.ir;

/** An argument/scratch register, {@code {x,N}}. */
public record XReg(int index) implements Register {}
