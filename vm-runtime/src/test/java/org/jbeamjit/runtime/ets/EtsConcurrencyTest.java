package org.jbeamjit.runtime.ets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.jbeamjit.runtime.process.ErlProcess;
import org.jbeamjit.runtime.term.Atom;
import org.jbeamjit.runtime.term.Atoms;
import org.jbeamjit.runtime.term.Cons;
import org.jbeamjit.runtime.term.Nil;
import org.jbeamjit.runtime.term.Tuple;
import org.junit.jupiter.api.Test;

/**
 * ETS under many threads at once (each thread standing for a process on its own scheduler):
 * no update is lost, single-object operations are atomic, a list insert is isolated from
 * readers, traversals see each object at most once while the table changes.
 */
class EtsConcurrencyTest {
  private static final int THREADS = 8;
  private static final Atom PUBLIC = Atom.of("public");

  private static Object list(Object... es) {
    return Cons.list(es);
  }

  private static Object newTable(ErlProcess owner, String type) {
    return EtsBifs.newTable(owner, Atom.of("t"), list(Atom.of(type), PUBLIC, Tuple.of(Atom.of("write_concurrency"), Atoms.TRUE)));
  }

  /** Runs {@code body(threadIndex, process)} on {@link #THREADS} threads started together; rethrows the first failure. */
  private static void inParallel(ThreadBody body) throws InterruptedException {
    CountDownLatch start = new CountDownLatch(1);
    ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
    List<Thread> threads = new ArrayList<>();
    for (int i = 0; i < THREADS; i++) {
      int index = i;
      Thread t = new Thread(() -> {
        ErlProcess p = ErlProcess.forTests();
        try {
          start.await();
          body.run(index, p);
        } catch (Throwable e) {
          failures.add(e);
        }
      });
      t.start();
      threads.add(t);
    }
    start.countDown();
    for (Thread t : threads) {
      t.join();
    }
    if (!failures.isEmpty()) {
      throw new AssertionError("a thread failed", failures.peek());
    }
  }

  private interface ThreadBody {
    void run(int index, ErlProcess p) throws Exception;
  }

  @Test
  void updateCounterLosesNoIncrement() throws InterruptedException {
    for (String type : List.of("set", "ordered_set")) {
      ErlProcess owner = ErlProcess.forTests();
      Object t = newTable(owner, type);
      EtsBifs.insert(owner, t, Tuple.of(Atom.of("c"), 0L, 0L));
      int perThread = 20_000;
      inParallel((i, p) -> {
        for (int n = 0; n < perThread; n++) {
          EtsBifs.updateCounter(p, t, Atom.of("c"), list(Tuple.of(2L, 1L), Tuple.of(3L, 2L)));
        }
      });
      Object expected = list(Tuple.of(Atom.of("c"), (long) THREADS * perThread, 2L * THREADS * perThread));
      assertEquals(expected, EtsBifs.lookup(owner, t, Atom.of("c")), type);
    }
  }

  @Test
  void updateCounterWithDefaultCreatesOneObject() throws InterruptedException {
    ErlProcess owner = ErlProcess.forTests();
    Object t = newTable(owner, "set");
    int keys = 50;
    int rounds = 400;
    inParallel((i, p) -> {
      for (int r = 0; r < rounds; r++) {
        for (long k = 0; k < keys; k++) {
          EtsBifs.updateCounter(p, t, k, 1L, Tuple.of(k, 0L));
        }
      }
    });
    assertEquals((long) keys, EtsBifs.info(owner, t, Atom.of("size")));
    for (long k = 0; k < keys; k++) {
      assertEquals((long) THREADS * rounds, EtsBifs.lookupElement(owner, t, k, 2L));
    }
  }

  @Test
  void insertNewLetsOneWriterWin() throws InterruptedException {
    ErlProcess owner = ErlProcess.forTests();
    Object t = newTable(owner, "set");
    int keys = 2_000;
    AtomicInteger wins = new AtomicInteger();
    inParallel((i, p) -> {
      for (long k = 0; k < keys; k++) {
        if (EtsBifs.insertNew(p, t, Tuple.of(k, (long) i)) == Atoms.TRUE) {
          wins.incrementAndGet();
        }
      }
    });
    assertEquals(keys, wins.get());
    assertEquals((long) keys, EtsBifs.info(owner, t, Atom.of("size")));
  }

  @Test
  void sizeStaysExactUnderInsertsAndDeletes() throws InterruptedException {
    for (String type : List.of("set", "ordered_set", "bag", "duplicate_bag")) {
      ErlProcess owner = ErlProcess.forTests();
      Object t = newTable(owner, type);
      inParallel((i, p) -> {
        for (long k = 0; k < 3_000; k++) {
          long key = i * 10_000L + k;
          EtsBifs.insert(p, t, Tuple.of(key, k));
          if (k % 3 == 0) {
            EtsBifs.delete(p, t, key);
          }
        }
      });
      assertEquals((long) THREADS * 2_000, EtsBifs.info(owner, t, Atom.of("size")), type);
    }
  }

  /**
   * A writer inserts {a, I} and {b, I} as one list, again and again; readers look up a, then b.
   * As OTP makes a list insert atomic and isolated, a reader that sees {a, I} sees b at I or later.
   */
  @Test
  void listInsertIsIsolatedFromReaders() throws InterruptedException {
    ErlProcess owner = ErlProcess.forTests();
    Object t = newTable(owner, "set");
    Atom a = Atom.of("a");
    Atom b = Atom.of("b");
    EtsBifs.insert(owner, t, list(Tuple.of(a, 0L), Tuple.of(b, 0L)));
    AtomicBoolean done = new AtomicBoolean();
    inParallel((i, p) -> {
      if (i == 0) {
        for (long n = 1; n <= 50_000; n++) {
          EtsBifs.insert(p, t, list(Tuple.of(a, n), Tuple.of(b, n)));
        }
        done.set(true);
      } else {
        while (!done.get()) {
          long seenA = (Long) EtsBifs.lookupElement(p, t, a, 2L);
          long seenB = (Long) EtsBifs.lookupElement(p, t, b, 2L);
          assertTrue(seenB >= seenA, "saw a=" + seenA + " but then b=" + seenB);
        }
      }
    });
  }

  @Test
  void selectSeesEachObjectAtMostOnceWhileTheTableChanges() throws InterruptedException {
    for (String type : List.of("set", "ordered_set")) {
      ErlProcess owner = ErlProcess.forTests();
      Object t = newTable(owner, type);
      for (long k = 0; k < 5_000; k++) {
        EtsBifs.insert(owner, t, Tuple.of(k, k));
      }
      Object keysSpec = list(Tuple.of(Tuple.of(Atom.of("$1"), Atom.of("_")), Nil.NIL, list(Atom.of("$1"))));
      AtomicBoolean done = new AtomicBoolean();
      inParallel((i, p) -> {
        if (i < 2) {
          for (long k = 0; k < 5_000; k++) {
            EtsBifs.delete(p, t, k);
            EtsBifs.insert(p, t, Tuple.of(k + 10_000 * (i + 1), k));
          }
          done.set(true);
        } else {
          while (!done.get()) {
            Object keys = EtsMatchBifs.select(p, t, keysSpec);
            java.util.Set<Object> seen = new java.util.HashSet<>();
            for (Object l = keys; l instanceof Cons c; l = c.tail) {
              assertTrue(seen.add(c.head), "key seen twice: " + c.head);
            }
          }
        }
      });
      assertEquals(10_000L, EtsBifs.info(owner, t, Atom.of("size")), type);
    }
  }

  @Test
  void selectDeleteAndSelectReplaceRaceWithWriters() throws InterruptedException {
    ErlProcess owner = ErlProcess.forTests();
    Object t = newTable(owner, "set");
    for (long k = 0; k < 10_000; k++) {
      EtsBifs.insert(owner, t, Tuple.of(k, 0L));
    }
    // Half the threads bump counters, half replace {K, V} by {K, V + 1000} once: every
    // increment and every replacement survives, whatever the interleaving.
    Object replace = list(Tuple.of(Tuple.of(Atom.of("$1"), Atom.of("$2")), Nil.NIL,
        list(Tuple.of(Tuple.of(Atom.of("$1"), Tuple.of(Atom.of("+"), Atom.of("$2"), 1000L))))));
    AtomicInteger replaced = new AtomicInteger();
    inParallel((i, p) -> {
      if (i % 2 == 0) {
        for (long k = 0; k < 10_000; k++) {
          EtsBifs.updateCounter(p, t, k, 1L);
        }
      } else if (i == 1) {
        replaced.addAndGet((int) (long) (Long) EtsMatchBifs.selectReplace(p, t, replace));
      }
    });
    long sum = 0;
    for (long k = 0; k < 10_000; k++) {
      sum += (Long) EtsBifs.lookupElement(owner, t, k, 2L);
    }
    assertEquals(10_000L * (THREADS / 2) + 1000L * replaced.get(), sum);
    Object deleteAll = list(Tuple.of(Atom.of("_"), Nil.NIL, list(Atoms.TRUE)));
    assertEquals(10_000L, EtsMatchBifs.selectDelete(owner, t, deleteAll));
    assertEquals(0L, EtsBifs.info(owner, t, Atom.of("size")));
  }
}
