/**
 * Loading module versions: an {@link org.jbeamjit.codegen.load.Engine} (the interpreter or the
 * JIT) turns a {@code BeamModule} into one {@link org.jbeamjit.codegen.load.CompiledFunction} per
 * function (generic {@code FunctionCode} entry plus a direct {@code MethodHandle} of
 * {@code Export.callType(arity)}); {@link org.jbeamjit.codegen.load.ModuleLoader#load} wraps them in
 * a {@link org.jbeamjit.codegen.load.LoadedModule}, replaces BIF stubs by their BIFs, makes the
 * version current in {@link org.jbeamjit.codegen.load.ModuleTable} and binds its export entries.
 *
 * <p>For an engine: {@code LoadedModule.code(i)} is what a local call to function {@code i} runs
 * (it is the BIF for a stub such as {@code lists:reverse/2}: check {@code bif(i)}),
 * {@code fun(i)} is the {@link org.jbeamjit.codegen.load.FunTemplate} {@code make_fun3} instantiates
 * ({@code make(p.pid(), env)}), {@code frame(i, lineIndex)} and {@code location(lineIndex)} are the
 * stack-frame terms. {@link org.jbeamjit.codegen.load.CodeServer} loads modules on demand from a
 * {@link org.jbeamjit.codegen.load.CodePath}.
 */
package org.jbeamjit.codegen.load;
