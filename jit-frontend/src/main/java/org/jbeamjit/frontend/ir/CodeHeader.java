package org.jbeamjit.frontend.ir;

/**
 * The header of the Code chunk: the instruction set version (always 0 so far), the highest opcode
 * used, and how many labels and functions the code defines.
 */
public record CodeHeader(int instructionSet, int maxOpcode, int labelCount, int functionCount) {}
