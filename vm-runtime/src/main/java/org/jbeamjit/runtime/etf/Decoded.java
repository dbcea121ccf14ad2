package org.jbeamjit.runtime.etf;

/** A decoded term and how many bytes of the input its encoding took (as {@code binary_to_term/2}'s {@code used}). */
public record Decoded(Object term, int used) {}
