package org.jbeamjit.runtime.process;

import org.jbeamjit.runtime.term.Atom;
import org.jbeamjit.runtime.term.Ref;

/**
 * A signal other than a message, from one process to another: it travels in the receiver's
 * mailbox queue among the messages, so that signals and messages from one sender arrive in the
 * order sent, and the receiver acts on it when it next takes arrivals, on its own thread (OTP's
 * signal model). A signal that reaches a process which has exited gets the dead-process answer
 * instead: a link or monitor request is answered with {@code noproc} (or, if it arrived before the
 * exit, with the exit reason).
 */
abstract class Signal {
  static final Atom NOPROC = Atom.of("noproc");

  final ErlProcess sender;

  Signal(ErlProcess sender) {
    this.sender = sender;
  }

  /** Acts on the signal in the live receiver, on the receiver's thread. */
  abstract void receive(ErlProcess receiver);

  /** Answers the signal for a receiver that exited; any thread. */
  void receiveDead(ErlProcess receiver, Object reason) {}

  /** An exit signal: from a link when its other end exited, or from {@code exit/2}. */
  static final class Exit extends Signal {
    /** The term {@code {'EXIT', From, Reason}} names. */
    final Object from;
    final Object reason;
    final boolean viaLink;

    Exit(ErlProcess sender, Object from, Object reason, boolean viaLink) {
      super(sender);
      this.from = from;
      this.reason = reason;
      this.viaLink = viaLink;
    }

    @Override
    void receive(ErlProcess receiver) {
      receiver.receiveExit(this);
    }
  }

  /**
   * A link request. The link is in place at both ends already (the linker wrote both); the
   * signal only matters if the receiver has exited: it answers with an exit signal, {@code noproc}.
   */
  static final class Link extends Signal {
    Link(ErlProcess sender) {
      super(sender);
    }

    @Override
    void receive(ErlProcess receiver) {}

    @Override
    void receiveDead(ErlProcess receiver, Object reason) {
      sender.signal(new Exit(receiver, receiver.pid(), reason, true));
    }
  }

  /** A monitor request: as for {@link Link}, only an exited receiver acts, with a {@code 'DOWN'}. */
  static final class Monitor extends Signal {
    final Ref ref;

    Monitor(ErlProcess sender, Ref ref) {
      super(sender);
      this.ref = ref;
    }

    @Override
    void receive(ErlProcess receiver) {}

    @Override
    void receiveDead(ErlProcess receiver, Object reason) {
      sender.signal(new Down(receiver, ref, reason));
    }
  }

  /** A monitored process exited: becomes a {@code 'DOWN'} message unless the monitor was removed. */
  static final class Down extends Signal {
    final Ref ref;
    final Object reason;

    Down(ErlProcess sender, Ref ref, Object reason) {
      super(sender);
      this.ref = ref;
      this.reason = reason;
    }

    @Override
    void receive(ErlProcess receiver) {
      receiver.receiveDown(ref, reason);
    }
  }

  /** A system task: see {@link ErlProcess#requestSystemTask}. */
  static final class Task extends Signal {
    final SystemTask task;

    Task(SystemTask task) {
      super(null);
      this.task = task;
    }

    @Override
    void receive(ErlProcess receiver) {
      receiver.receiveTask(task);
    }

    @Override
    void receiveDead(ErlProcess receiver, Object reason) {
      task.exited();
    }
  }

  /** A message sent to an alias that deactivates on its first message ({@code reply}). */
  static final class AliasMessage extends Signal {
    final Ref alias;
    final Object message;

    AliasMessage(Ref alias, Object message) {
      super(null);
      this.alias = alias;
      this.message = message;
    }

    @Override
    void receive(ErlProcess receiver) {
      receiver.receiveAliasMessage(alias, message);
    }
  }
}
