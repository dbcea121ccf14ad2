/**
 * Loading module versions and the code table: an {@link org.jbeamjit.codegen.load.Engine} (the
 * interpreter or the JIT) turns a {@code BeamModule} into one
 * {@link org.jbeamjit.codegen.load.CompiledFunction} per function (generic {@code FunctionCode}
 * entry plus a direct {@code MethodHandle} of {@code Export.callType(arity)});
 * {@link org.jbeamjit.codegen.load.ModuleLoader} wraps them in a
 * {@link org.jbeamjit.codegen.load.LoadedModule} (one per version), replaces BIF stubs by their
 * BIFs, and moves versions through the {@link org.jbeamjit.codegen.load.ModuleTable} (current,
 * old, waiting for {@code -on_load}; prepare, finish, delete, purge), binding and syncing the export
 * entries of the current version's exports. {@link org.jbeamjit.codegen.load.ProcessCode} tells
 * whether a process's frames run a version ({@code check_process_code}). See docs/HOTSWAP.md.
 *
 * <p>For an engine: {@code LoadedModule.code(i)} is what a local call to function {@code i} runs
 * (it is the BIF for a stub such as {@code lists:reverse/2}: check {@code bif(i)}),
 * {@code fun(i)} is the {@link org.jbeamjit.codegen.load.FunTemplate} {@code make_fun3} instantiates
 * ({@code make(p.pid(), env)}), {@code frame(i, lineIndex)} and {@code location(lineIndex)} are the
 * stack-frame terms; its functions and heap frames answer {@code moduleVersion()} with their
 * {@code LoadedModule}. {@link org.jbeamjit.codegen.load.CodeServer} loads modules on demand from a
 * {@link org.jbeamjit.codegen.load.CodePath}.
 */
package org.jbeamjit.codegen.load;
