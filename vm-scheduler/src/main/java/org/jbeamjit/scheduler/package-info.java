/**
 * Scheduler threads, per-priority run queues, work stealing and timers: runs processes' time slices. Meets vm-runtime through the small scheduling interface vm-runtime owns.
 */
package org.jbeamjit.scheduler;
