/**
 * A loaded module as code generators want it: immutable, with every operand resolved (registers
 * with numbers, labels as numbers, atoms, literals and integers as terms, table indices as the
 * entries they name, typed registers with their types).
 */
package org.jbeamjit.frontend.ir;
