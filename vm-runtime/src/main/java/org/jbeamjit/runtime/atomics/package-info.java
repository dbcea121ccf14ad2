/**
 * {@code atomics} and the {@code write_concurrency} {@code counters}: arrays of 64-bit words a
 * reference stands for ({@link org.jbeamjit.runtime.resource.MagicRefs}), updated atomically
 * from any process. atomics.erl and counters.erl themselves (options, {@code sub}, error
 * information) run unchanged on top of these BIFs.
 */
package org.jbeamjit.runtime.atomics;
