package org.jbeamjit.frontend.beam;

import java.util.List;
import org.jbeamjit.frontend.ir.BeamType;
import org.jbeamjit.runtime.term.Atom;

/**
 * The tables a compact-term operand can index directly: atoms, literals and types.
 *
 * @param types the Type chunk's entries, or {@code null} when the module has no Type chunk
 */
record ConstantPools(List<Atom> atoms, List<Object> literals, List<BeamType> types) {}
