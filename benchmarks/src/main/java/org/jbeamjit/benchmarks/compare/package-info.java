/**
 * The side-by-side runner ({@code ./benchmarks/compare-erl}): the workloads on erl and on jbeamjit
 * in separate processes, timed by the same Erlang harness, and the report it writes to RESULTS.md.
 */
package org.jbeamjit.benchmarks.compare;
