package org.jbeamjit.scheduler;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLongArray;
import org.jbeamjit.runtime.process.ErlProcess;
import org.jbeamjit.runtime.process.Signals;
import org.jbeamjit.runtime.term.Atom;
import org.jbeamjit.runtime.term.Atoms;
import org.junit.jupiter.api.Test;

/**
 * Many senders, many receivers that keep falling asleep in receive: a lost wake-up would leave a
 * receiver asleep with messages in its queue, and the test would time out waiting for its exit.
 */
class WakeUpRaceTest {
  private static final Atom NORMAL = Atom.of("normal");

  /** Receives until {@code expected} messages came; counts them into {@code counts[i]}. */
  private static Object receiver(ErlProcess p, int depth, AtomicLongArray counts, int i, long expected) {
    if (counts.get(i) == expected) {
      return Atoms.OK;
    }
    return Script.receive(p, depth, (q, d, m) -> {
      counts.incrementAndGet(i);
      return receiver(q, d, counts, i, expected);
    });
  }

  @Test
  void javaThreadsSendingToSleepingReceiversLoseNothing() throws Exception {
    try (TestVm vm = TestVm.start(2)) {
      int receivers = 8;
      int senders = 4;
      int perSenderPerReceiver = 20_000;
      AtomicLongArray counts = new AtomicLongArray(receivers);
      List<ErlProcess> rs = new ArrayList<>();
      for (int i = 0; i < receivers; i++) {
        int k = i;
        rs.add(TestVm.spawn((p, d) -> receiver(p, d, counts, k, (long) senders * perSenderPerReceiver)));
      }
      List<Thread> threads = new ArrayList<>();
      for (int s = 0; s < senders; s++) {
        Thread t = new Thread(() -> {
          for (int n = 0; n < perSenderPerReceiver; n++) {
            for (ErlProcess r : rs) {
              r.send((long) n);
            }
            if (n % 1000 == 0) {
              Thread.yield(); // let receivers drain and fall asleep again, many times over
            }
          }
        });
        threads.add(t);
        t.start();
      }
      for (Thread t : threads) {
        t.join();
      }
      for (ErlProcess r : rs) {
        assertEquals(NORMAL, TestVm.awaitExit(r));
      }
      for (int i = 0; i < receivers; i++) {
        assertEquals((long) senders * perSenderPerReceiver, counts.get(i));
      }
    }
  }

  @Test
  void processesSendingToEachOtherLoseNothing() throws Exception {
    try (TestVm vm = TestVm.start(2)) {
      int receivers = 50;
      int senders = 50;
      int each = 2_000;
      AtomicLongArray counts = new AtomicLongArray(receivers);
      List<ErlProcess> rs = new ArrayList<>();
      for (int i = 0; i < receivers; i++) {
        int k = i;
        rs.add(TestVm.spawn((p, d) -> receiver(p, d, counts, k, (long) senders * each)));
      }
      List<ErlProcess> ss = new ArrayList<>();
      for (int s = 0; s < senders; s++) {
        ss.add(TestVm.spawn((p, d) -> send(p, d, rs, 0, each)));
      }
      for (ErlProcess s : ss) {
        assertEquals(NORMAL, TestVm.awaitExit(s));
      }
      for (ErlProcess r : rs) {
        assertEquals(NORMAL, TestVm.awaitExit(r));
      }
    }
  }

  /** Sends round {@code n} to every receiver, a tail call per round. */
  private static Object send(ErlProcess p, int depth, List<ErlProcess> rs, int n, int rounds) {
    if (n == rounds) {
      return Atoms.OK;
    }
    for (ErlProcess r : rs) {
      Signals.send(p, r.pid(), (long) n);
    }
    return Script.call(p, depth, (q, d) -> send(q, d, rs, n + 1, rounds));
  }
}
