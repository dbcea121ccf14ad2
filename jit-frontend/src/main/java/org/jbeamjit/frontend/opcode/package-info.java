/**
 * The generic BEAM instruction set ({@link org.jbeamjit.frontend.opcode.Opcode}): the one
 * declaration of every opcode's number, name, arity and operand kinds.
 */
package org.jbeamjit.frontend.opcode;
