/**
 * The run-time semantics both engines call, each written once. An engine calls these instead of
 * re-implementing them:
 *
 * <ul>
 *   <li>{@link org.jbeamjit.codegen.ops.Bifs}: {@code lookup(m, f, a)} (the engine's BIFs first,
 *       then vm-runtime's), {@code call/call1/call2(bif, p, args)}, and {@code failed(e, bif, args)}
 *       which adds OTP's BIF frame {@code {M,F,Args,[{error_info,...}]}} for code that calls a
 *       BIF's method directly.
 *   <li>{@link org.jbeamjit.codegen.ops.Calls}: {@code callFun}, {@code apply}, {@code applyFun};
 *       each takes the callee's depth and returns the callee's value or {@code YIELD}.
 *   <li>{@link org.jbeamjit.codegen.ops.Errors}: the error terms of the instructions, and
 *       {@code functionClause(module, index, lineIndex, args)}.
 *   <li>{@link org.jbeamjit.codegen.ops.StackFrames}: where frames go. An exception leaving a
 *       function through a raising instruction (BIF calls included) gets
 *       {@code add(e, module, index, lineIndex)}; through a non-tail call site,
 *       {@code addAtCall(e, module, index, lineIndex, site)} with a {@link
 *       org.jbeamjit.codegen.ops.CallSite} (a site repeated on the stack shows once, as in BEAM);
 *       through a tail call site, {@code addAtTailCall(...)}; a rethrow ({@code raw_raise},
 *       {@code raise}) and {@code func_info} get nothing. A caught exception gets its frame the
 *       same way before the handler runs.
 *   <li>{@link org.jbeamjit.codegen.ops.CallerFrames}: the catching function's callers, which
 *       {@code Exceptions.catchValue(e, p)} and {@code buildStacktrace(raw, p)} append. Compiled
 *       code registers a {@code JvmFrameDecoder} per hidden class so that its JVM frames are
 *       found; heap frames report themselves ({@code Continuation.stackFrame()/callSite()}).
 *   <li>{@link org.jbeamjit.codegen.ops.Exceptions}: {@code catchValue} ({@code catch_end}),
 *       {@code buildStacktrace}, {@code rawRaise}. At a {@code try} handler: x0 = {@code e.kind()},
 *       x1 = {@code e.reason()}, x2 = the exception itself (the "raw stack trace").
 *   <li>{@link org.jbeamjit.codegen.ops.MapOps}: {@code put_map_assoc}/{@code put_map_exact}.
 * </ul>
 */
package org.jbeamjit.codegen.ops;
