/**
 * Match specifications, the table dialect: what {@code ets:select/2}, {@code ets:match/2},
 * {@code ets:fun2ms/1} and {@code erlang:match_spec_test/3} deal in.
 *
 * <p>{@link org.jbeamjit.runtime.ets.matchspec.MatchSpecCompiler} turns {@code [{Head, Guards,
 * Body}]} into a {@link org.jbeamjit.runtime.ets.matchspec.MatchSpec}: heads become
 * {@code Pattern}s that bind the {@code '$N'} variables into slots, guards and bodies become
 * {@code Expr}s over them, calling the {@code erlang} BIFs OTP allows
 * ({@code GuardFunctions}); errors are collected with OTP's messages and in OTP's order. Running
 * follows OTP's machine: clauses in order, a guard that fails or raises fails its clause, a body
 * call that raises gives {@code 'EXIT'}.
 */
package org.jbeamjit.runtime.ets.matchspec;
