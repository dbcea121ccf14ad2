/**
 * Scheduler threads, per-priority run queues, work stealing and timers: runs processes' time
 * slices. Meets vm-runtime through {@code org.jbeamjit.runtime.process.Scheduling}, which vm-runtime
 * owns: a process made runnable is given to {@link org.jbeamjit.scheduler.Schedulers#enqueue}, and
 * a scheduler runs it with {@code ErlProcess.execute()}, which decides everything else (waiting,
 * exiting). One {@link org.jbeamjit.scheduler.Scheduler} per thread, each with a
 * {@link org.jbeamjit.scheduler.RunQueue} and a {@link org.jbeamjit.scheduler.TimerQueue}.
 */
package org.jbeamjit.scheduler;
