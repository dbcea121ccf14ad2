/**
 * JMH benchmarks of real Erlang workloads, JIT against interpreter, and the side-by-side runs against erl.
 */
package org.jbeamjit.benchmarks;
