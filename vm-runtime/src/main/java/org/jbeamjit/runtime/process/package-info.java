/**
 * Erlang processes: what runs ({@link org.jbeamjit.runtime.process.ErlProcess}, its heap frames
 * and the unwinding protocol of docs/EXECUTION.md), how processes talk, and the node-wide tables.
 *
 * <p>For the engines: code keeps the protocol of {@code ErlProcess} ({@code mustUnwind},
 * {@code suspend}, {@code pushCaller}, {@code suspendToWait}, {@code YIELD}, {@code TIMED_OUT})
 * and the receive instructions map onto {@link org.jbeamjit.runtime.process.Mailbox} one to one.
 * BIFs that need the caller take it as their first parameter (see {@code Bif}); a BIF may end the
 * slice only by throwing {@link org.jbeamjit.runtime.process.ProcessInterrupt}, which Erlang code
 * never catches. How runtime code calls a fun is {@link org.jbeamjit.runtime.process.FunCalls},
 * which the engines install.
 *
 * <p>Messages and signals. A sender adds to the receiver's lock-free arrival queue and, if the
 * receiver waits, makes it runnable with one compare-and-set ({@code ErlProcess.wake}); a process
 * that decides to wait publishes "waiting" and then looks at its arrivals again, so no wake-up is
 * lost. Links, unlinks, exit signals, monitors and demonitors are
 * {@link org.jbeamjit.runtime.process.Signal}s in the same queue, acted on by the receiver when it
 * takes its arrivals (OTP's signal order: per sender, in the order sent). An exit signal the
 * receiver cannot survive throws {@code ProcessInterrupt} from wherever the receiver looks at its
 * mailbox, or at the start of its next slice. A process that has exited answers the signals that
 * still reach it (link and monitor requests get {@code noproc}); a sender that finds it exited
 * answers them itself, so none is lost either way.
 *
 * <p>Node tables: {@link org.jbeamjit.runtime.process.ProcessTable} (pids, the {@code +P} limit),
 * {@link org.jbeamjit.runtime.process.RegisteredNames}, the aliases, the BIF timers
 * ({@link org.jbeamjit.runtime.process.MessageTimers}) and the fd ports
 * ({@link org.jbeamjit.runtime.process.Ports}). Scheduling is behind
 * {@link org.jbeamjit.runtime.process.Scheduling}, which vm-scheduler implements.
 */
package org.jbeamjit.runtime.process;
