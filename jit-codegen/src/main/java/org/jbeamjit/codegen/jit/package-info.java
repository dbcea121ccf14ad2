/**
 * The JIT: each module version becomes one JVM hidden class, made with ASM
 * ({@link org.jbeamjit.codegen.jit.ModuleCompiler}), and {@link org.jbeamjit.codegen.jit.JitEngine}
 * is the {@link org.jbeamjit.codegen.load.Engine} the loader asks for it.
 *
 * <p>The class of a module version has, per Erlang function {@code F/N}:
 * <ul>
 *   <li>{@code F$N(ErlProcess p, int depth, Object x0, ..., Object xN-1)} (an {@code Object[]}
 *       beyond {@code Export.MAX_DIRECT_ARITY}), the function itself. X and Y registers are JVM
 *       locals, float registers double locals; the Erlang line numbers are its line-number
 *       table. It starts with the entry check ({@code p.mustUnwind(depth)}: save "call F again"
 *       and return YIELD); a self tail call jumps back to it. Local calls are {@code invokestatic}
 *       with {@code depth + 1}, remote calls {@code invokedynamic} linked to the export's call site
 *       ({@link org.jbeamjit.codegen.jit.Bootstraps}), BIFs {@code invokestatic} to their Java
 *       method. After a body call, a YIELD result saves the function's Y registers and the call's
 *       resume point in a {@link org.jbeamjit.codegen.jit.JitFrame} and returns YIELD; a tail
 *       call returns whatever its callee returns.
 *   <li>{@code F$N$resume(p, depth, frame, value, exception)}, when F has resume points: restores
 *       the frame's registers and jumps to the resume point, or raises the exception there. It
 *       holds only the code reachable from its resume points, and its self tail calls are real
 *       calls, so the loops of the fast method never get a second entry (DESIGN's irreducible-loop
 *       pitfall).
 *   <li>Constants (literals, atoms, the module's functions and fun templates) in static fields
 *       the class initializer fills from the class data ({@link org.jbeamjit.codegen.jit.ClassData}).
 *   <li>The class is its module's {@link org.jbeamjit.codegen.jit.ModuleDispatch}: a switch over the
 *       function index that calls a function with its arguments in an array (how the trampoline,
 *       the interpreter and {@code apply} reach compiled code), made by
 *       {@link org.jbeamjit.codegen.jit.DispatchEmitter}.
 * </ul>
 *
 * <p>A {@code call_fun} is an {@code invokedynamic} whose {@link org.jbeamjit.codegen.jit.FunCallSite}
 * caches the funs it calls (a guard on the fun's code, then a direct call HotSpot can inline).
 * The entry check's slow path ({@code JitFunction.again}) is a call kept out of line: C2 made
 * call-heavy functions 20% slower with it inlined. With {@code --mode jit} the launcher uses
 * {@link org.jbeamjit.codegen.jit.JitEngine#BACKGROUND}: a {@link org.jbeamjit.codegen.jit.TieredModule}
 * is interpreted until one of its functions has been called 2,000 times, then compiled on a
 * background thread. The commits that made these choices give the measurements behind them.
 *
 * <p>A function's try/catch scopes are static ({@link org.jbeamjit.codegen.jit.FunctionAnalysis}),
 * so exceptions need no code inline: every instruction lies in a region of the exception table
 * keyed by its location, its innermost scope and how the function's frame is recorded, and each
 * region's handler adds the frame (ops' {@code StackFrames}) and rethrows or enters the scope's
 * handler. {@link org.jbeamjit.codegen.jit.CompiledFrames} reads a suspended method's call site
 * from its bytecode index, for the callers part of a caught exception's stack trace.
 *
 * <p>Instructions are emitted by family: {@link org.jbeamjit.codegen.jit.Calls},
 * {@link org.jbeamjit.codegen.jit.DataInstructions}, {@link org.jbeamjit.codegen.jit.TestInstructions},
 * {@link org.jbeamjit.codegen.jit.ExceptionInstructions}, {@link org.jbeamjit.codegen.jit.FloatInstructions},
 * {@link org.jbeamjit.codegen.jit.MapInstructions}, {@link org.jbeamjit.codegen.jit.ReceiveInstructions}
 * and {@link org.jbeamjit.codegen.jit.BitSyntaxInstructions}; anything not worth inlining is a
 * call into {@code org.jbeamjit.codegen.ops} or the runtime, which the interpreter calls too.
 * A function too big for a JVM method, or one with an instruction the JIT does not know, gets a
 * stub that calls the interpreter's code for it.
 *
 * <p>Two properties beyond the JVM verifier are kept, and tested: HotSpot's C1 and C2 must
 * accept every method (no exception handler reachable by normal flow, no range covering its own
 * handler, one kind per local at each handler, no unresolved dynamic constants), or the method
 * would run in the bytecode interpreter for good.
 */
package org.jbeamjit.codegen.jit;
