/**
 * Turns the loader's module IR into JVM bytecode (one hidden class per module version, ASM), and the interpreter that runs the same IR.
 */
package org.jbeamjit.codegen;
