package org.jbeamjit.frontend.ir;

/**
 * An untagged non-negative integer (compact-term tag u): a count, size, arity, unit, number of
 * live registers or stack words. The loader rejects values that do not fit an {@code int}.
 */
public record Unsigned(int value) implements Operand {}
