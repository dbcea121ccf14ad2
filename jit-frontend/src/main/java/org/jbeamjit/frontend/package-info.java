/**
 * Loading {@code .beam} files: {@link org.jbeamjit.frontend.BeamLoader} turns the bytes into an
 * {@link org.jbeamjit.frontend.ir.BeamModule}, and anything wrong with them into a
 * {@link org.jbeamjit.frontend.BeamFormatException}.
 *
 * <p>{@code beam} reads the container and each chunk, {@code opcode} is the instruction set,
 * {@code ir} is what the interpreter and the JIT compile from, and {@code disasm} shows a module
 * as {@code beam_disasm} and {@code erlc -S} do.
 */
package org.jbeamjit.frontend;
