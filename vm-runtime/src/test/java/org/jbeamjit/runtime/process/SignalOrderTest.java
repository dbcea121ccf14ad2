package org.jbeamjit.runtime.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.jbeamjit.runtime.term.Atom;
import org.jbeamjit.runtime.term.Tuple;
import org.junit.jupiter.api.Test;

/**
 * Signals travel among the messages and are acted on when the receiver takes its arrivals, in the
 * order sent: a trapped exit becomes a message between the ones around it; one the receiver
 * cannot survive ends it where it reads its mailbox.
 */
class SignalOrderTest {
  private static final Atom EXIT = Atom.of("EXIT");
  private static final Atom BOOM = Atom.of("boom");

  @Test
  void aTrappedExitSignalIsAMessageInItsPlace() {
    ErlProcess p = ErlProcess.forTests();
    ErlProcess q = ErlProcess.forTests();
    p.setTrapExit(true);
    p.send(Atom.of("m1"));
    p.signal(new Signal.Exit(q, q.pid(), BOOM, false));
    p.send(Atom.of("m2"));
    assertEquals(Atom.of("m1"), p.mailbox().peek());
    p.mailbox().next();
    assertEquals(Tuple.of(EXIT, q.pid(), BOOM), p.mailbox().peek());
    p.mailbox().next();
    assertEquals(Atom.of("m2"), p.mailbox().peek());
    assertEquals(3, p.mailbox().size());
  }

  @Test
  void anExitSignalThatKillsEndsTheReceiverTheFirstTimeItLooksAfterTheSignalCame() {
    ErlProcess p = ErlProcess.forTests();
    ErlProcess q = ErlProcess.forTests();
    p.send(Atom.of("m1"));
    assertEquals(Atom.of("m1"), p.mailbox().peek());
    p.mailbox().next();
    p.signal(new Signal.Exit(q, q.pid(), BOOM, false));
    p.send(Atom.of("m2"));
    ProcessInterrupt end = assertThrows(ProcessInterrupt.class, () -> p.mailbox().peek());
    assertSame(BOOM, end.exitReason);
  }

  @Test
  void normalIsIgnoredAndKillIsKilledEvenWhenTrapping() {
    ErlProcess p = ErlProcess.forTests();
    ErlProcess q = ErlProcess.forTests();
    p.signal(new Signal.Exit(q, q.pid(), ErlProcess.NORMAL, false));
    assertNull(p.mailbox().peek());
    p.setTrapExit(true);
    p.signal(new Signal.Exit(q, q.pid(), ErlProcess.KILL, false));
    assertSame(ErlProcess.KILLED, assertThrows(ProcessInterrupt.class, () -> p.mailbox().peek()).exitReason);
  }

  @Test
  void aLinkExitCountsOnlyWhileTheLinkExists() {
    ErlProcess p = ErlProcess.forTests();
    ErlProcess q = ErlProcess.forTests();
    p.signal(new Signal.Exit(q, q.pid(), BOOM, true)); // no link: ignored
    assertNull(p.mailbox().peek());
    q.link(p); // both ends at once
    p.setTrapExit(true);
    p.signal(new Signal.Exit(q, q.pid(), ErlProcess.KILL, true)); // via a link, kill is trappable
    assertEquals(Tuple.of(EXIT, q.pid(), ErlProcess.KILL), p.mailbox().peek());
    p.mailbox().remove();
    p.signal(new Signal.Exit(q, q.pid(), BOOM, true)); // the link is gone with the first exit
    assertNull(p.mailbox().peek());
  }

  @Test
  void aDownSignalIsAMessageOnlyWhileTheMonitorIsActive() {
    ErlProcess p = ErlProcess.forTests();
    ErlProcess q = ErlProcess.forTests();
    org.jbeamjit.runtime.term.Ref ref = LocalNode.makeRef();
    p.monitors().put(ref, new Monitor(ref, q, Atom.of("process"), q.pid(), MonitorOptions.DOWN,
        Monitor.AliasMode.NONE));
    p.signal(new Signal.Down(q, ref, BOOM));
    assertEquals(Tuple.of(Atom.of("DOWN"), ref, Atom.of("process"), q.pid(), BOOM), p.mailbox().peek());
    p.mailbox().remove();
    p.signal(new Signal.Down(q, ref, BOOM)); // a second time: the monitor is gone
    assertNull(p.mailbox().peek());
  }
}
