package org.jbeamjit.scheduler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jbeamjit.runtime.process.ErlProcess;
import org.jbeamjit.runtime.process.MessageTimers;
import org.jbeamjit.runtime.term.Atom;
import org.jbeamjit.runtime.term.Atoms;
import org.jbeamjit.runtime.term.Nil;
import org.jbeamjit.runtime.term.Ref;
import org.jbeamjit.runtime.term.Tuple;
import org.junit.jupiter.api.Test;

/** {@code receive ... after} and the BIF timers, on real schedulers. */
class TimerTest {
  private static final Atom TIMEOUT = Atom.of("timeout");
  private static final Atom X = Atom.of("x");
  private static final Atom Y = Atom.of("y");

  /** {@code receive x -> got after T -> timeout end}, returning which and when. */
  private static ErlProcess waitFor(Atom wanted, long timeout) {
    long start = System.nanoTime();
    return TestVm.spawn((p, d) -> Script.receive(p, d, m -> m == wanted, timeout,
        (q, dd, m) -> Tuple.of(Atom.of("got"), (System.nanoTime() - start) / 1_000_000L),
        (q, dd) -> {
          throw org.jbeamjit.runtime.error.ErlangException.exit(Tuple.of(TIMEOUT, (System.nanoTime() - start) / 1_000_000L));
        }));
  }

  private static long millis(Object exitReason, Atom tag) {
    Tuple t = (Tuple) exitReason;
    assertSame(tag, t.get(0), String.valueOf(exitReason));
    return (Long) t.get(1);
  }

  @Test
  void aReceiveTimesOutAfterItsTime() throws Exception {
    try (TestVm vm = TestVm.start(2)) {
      long ms = millis(TestVm.awaitExit(waitFor(X, 100)), TIMEOUT);
      assertTrue(ms >= 100 && ms < 1000, "timed out after " + ms + " ms");
      assertTimersEmpty(vm);
    }
  }

  @Test
  void aMessageBeforeTheTimeoutCancelsTheTimer() throws Exception {
    try (TestVm vm = TestVm.start(2)) {
      ErlProcess p = waitFor(X, 60_000);
      Thread.sleep(50);
      p.send(X);
      TestVm.awaitExit(p);
      assertTimersEmpty(vm);
    }
  }

  @Test
  void messagesThatDoNotMatchDoNotRestartTheTimer() throws Exception {
    try (TestVm vm = TestVm.start(2)) {
      ErlProcess p = waitFor(X, 300);
      Thread feeder = new Thread(() -> {
        for (int i = 0; i < 60 && p.isAlive(); i++) {
          p.send(Y);
          try {
            Thread.sleep(20);
          } catch (InterruptedException e) {
            return;
          }
        }
      });
      feeder.start();
      long ms = millis(TestVm.awaitExit(p), TIMEOUT);
      feeder.join();
      assertTrue(ms >= 300 && ms < 900, "timed out after " + ms + " ms");
    }
  }

  @Test
  void afterZeroDoesNotWait() throws Exception {
    try (TestVm vm = TestVm.start(1)) {
      long ms = millis(TestVm.awaitExit(waitFor(X, 0)), TIMEOUT);
      assertTrue(ms < 100, ms + " ms");
    }
  }

  @Test
  void sendAfterDeliversAndCancelReportsWhatWasLeft() throws Exception {
    try (TestVm vm = TestVm.start(2)) {
      TestVm.Probe probe = new TestVm.Probe(false);
      long start = System.nanoTime();
      MessageTimers.sendAfter(50L, probe.pid(), X, Nil.NIL);
      Ref long1 = (Ref) MessageTimers.startTimer(100_000L, probe.pid(), Y, Nil.NIL);
      assertSame(X, probe.next());
      long ms = (System.nanoTime() - start) / 1_000_000L;
      assertTrue(ms >= 50, ms + " ms");
      Object left = MessageTimers.read(probe.process, long1, Nil.NIL);
      assertTrue(left instanceof Long l && l > 99_000 && l <= 100_000, String.valueOf(left));
      Object cancelled = MessageTimers.cancel(probe.process, long1, Nil.NIL);
      assertTrue(cancelled instanceof Long l && l > 99_000, String.valueOf(cancelled));
      assertSame(Atoms.FALSE, MessageTimers.cancel(probe.process, long1, Nil.NIL));
      assertSame(Atoms.FALSE, MessageTimers.read(probe.process, long1, Nil.NIL));
      Ref t = (Ref) MessageTimers.startTimer(10L, probe.pid(), Y, Nil.NIL);
      assertEquals(Tuple.of(TIMEOUT, t, Y), probe.next());
      assertTimersEmpty(vm);
    }
  }

  private static void assertTimersEmpty(TestVm vm) throws InterruptedException {
    long deadline = System.nanoTime() + 2_000_000_000L;
    while (vm.schedulers.pendingTimers() != 0 && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    assertEquals(0, vm.schedulers.pendingTimers());
  }
}
