/**
 * The interpreter: each function is translated on first call into an int code array with its
 * operands resolved ({@code Translator}), and run by {@code Interpreter} with x and y registers in
 * arrays, under the same contract as compiled code (docs/EXECUTION.md).
 * {@link org.jbeamjit.codegen.interp.InterpreterEngine#function} gives the JIT an interpreted
 * function for one it cannot compile.
 */
package org.jbeamjit.codegen.interp;
