package org.jbeamjit.runtime.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class MailboxTest {
  @Test
  void selectiveReceiveKeepsTheOthersInOrder() {
    Mailbox m = new Mailbox();
    for (long i = 1; i <= 5; i++) {
      m.send(i);
    }
    // receive 3 -> ...: skip 1 and 2, take 3
    while (!m.peek().equals(3L)) {
      m.next();
    }
    m.remove();
    assertEquals(4, m.size());
    assertEquals(1L, m.peek());
    m.next();
    assertEquals(2L, m.peek());
    m.next();
    assertEquals(4L, m.peek());
    m.next();
    assertEquals(5L, m.peek());
    m.next();
    assertNull(m.peek());
    m.resetSavePointer();
    assertEquals(1L, m.peek());
  }

  @Test
  void aMarkerSkipsMessagesThatWereThereBefore() {
    Mailbox m = new Mailbox();
    m.send("old1");
    m.send("old2");
    Object ref = new Object();
    Mailbox.Marker marker = m.reserveMarker();
    m.bindMarker(marker, ref);
    m.send("new");
    m.useMarker(ref);
    assertEquals("new", m.peek());
    m.remove();
    m.clearMarker(ref);
    assertEquals("old1", m.peek());
    assertEquals(2, m.size());
  }

  @Test
  void sendersOnOtherThreadsLoseNothing() throws Exception {
    Mailbox m = new Mailbox();
    Thread[] senders = new Thread[4];
    for (int t = 0; t < senders.length; t++) {
      senders[t] = new Thread(() -> {
        for (int i = 0; i < 10_000; i++) {
          m.send(i);
        }
      });
      senders[t].start();
    }
    for (Thread t : senders) {
      t.join();
    }
    int n = 0;
    while (m.peek() != null) {
      m.remove();
      n++;
    }
    assertEquals(40_000, n);
  }
}
