package org.jbeamjit.runtime.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jbeamjit.runtime.code.FunctionCode;
import org.jbeamjit.runtime.error.ErlangException;
import org.jbeamjit.runtime.term.Atoms;
import org.jbeamjit.runtime.term.Pid;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The process table: pid shape and reuse, the +P limit, and lookups after exit. Runs processes by hand. */
class ProcessTableTest {
  private final ArrayDeque<ErlProcess> runnable = new ArrayDeque<>();
  private Scheduling saved;

  private static final FunctionCode RETURN_OK = new FunctionCode() {
    @Override
    public Object invoke(ErlProcess p, int depth, Object[] args) {
      return Atoms.OK;
    }

    @Override
    public int arity() {
      return 0;
    }
  };

  @BeforeEach
  void byHand() {
    saved = Scheduling.get();
    Scheduling.install(new Scheduling() {
      @Override
      public void enqueue(ErlProcess p) {
        runnable.add(p);
      }

      @Override
      public void startTimer(Timer t) {
        throw new UnsupportedOperationException("no timers in this test");
      }

      @Override
      public int schedulerCount() {
        return 1;
      }
    });
  }

  @AfterEach
  void restore() {
    Scheduling.install(saved);
    ProcessTable.configure(ProcessTable.DEFAULT_LIMIT);
  }

  private void runAll() {
    ErlProcess p;
    while ((p = runnable.poll()) != null) {
      if (p.execute()) {
        runnable.add(p);
      }
    }
  }

  @Test
  void plusPIsRoundedUpToAPowerOfTwoAndRefusedOutsideOtpsRange() {
    // erl +P: 1023 and 134217728 are refused; 1025 gives 2048, 5000 gives 8192, 1024 stays.
    assertFalse(ProcessTable.configure(1023));
    assertFalse(ProcessTable.configure(ProcessTable.MAX_LIMIT + 1));
    assertTrue(ProcessTable.configure(1025));
    assertEquals(2048, ProcessTable.get().limit());
    assertTrue(ProcessTable.configure(5000));
    assertEquals(8192, ProcessTable.get().limit());
    assertTrue(ProcessTable.configure(1024));
    assertEquals(1024, ProcessTable.get().limit());
  }

  @Test
  void theLimitIsEnforcedWithSystemLimitAndFreedByExits() {
    ProcessTable.configure(ProcessTable.MIN_LIMIT);
    assertEquals(ProcessTable.MIN_LIMIT, ProcessTable.get().limit());
    List<ErlProcess> ps = new ArrayList<>();
    for (int i = 0; i < ProcessTable.MIN_LIMIT; i++) {
      ps.add(Spawner.spawnRoot(RETURN_OK, new Object[0], null));
    }
    assertEquals(ProcessTable.MIN_LIMIT, ProcessTable.get().count());
    List<String> reports = new ArrayList<>();
    CrashReport.install(new CrashReport.Reporter() {
      @Override
      public void report(Pid pid, Object reason) {}

      @Override
      public void reportText(String text) {
        reports.add(text);
      }
    });
    ErlangException e;
    try {
      e = assertThrows(ErlangException.class, () -> Spawner.spawnRoot(RETURN_OK, new Object[0], null));
    } finally {
      CrashReport.install(CrashReport::printToStandardError);
    }
    assertSame(Atoms.SYSTEM_LIMIT, e.reason());
    assertEquals(List.of("Too many processes\n\n"), reports, "erl logs each refused spawn");
    runAll();
    assertEquals(0, ProcessTable.get().count());
    for (ErlProcess p : ps) {
      assertNull(ProcessTable.get().lookup(p.pid()), "an exited process is not found by its pid");
      assertTrue(!p.isAlive());
    }
    Spawner.spawnRoot(RETURN_OK, new Object[0], null); // room again
    runAll();
  }

  @Test
  void pidsHaveOtpsShapeAndAreNotReusedSoon() {
    ProcessTable.configure(ProcessTable.MIN_LIMIT);
    Set<Pid> seen = new HashSet<>();
    Pid first = null;
    Pid last = null;
    for (int i = 0; i < 40_000; i++) {
      ErlProcess p = Spawner.spawnRoot(RETURN_OK, new Object[0], null);
      assertTrue(seen.add(p.pid()), "pid reused: " + p.pid());
      assertSame(ProcessTable.get().lookup(p.pid()), p);
      if (first == null) {
        first = p.pid();
      }
      last = p.pid();
      runAll(); // exits at once: the slot is free again, the pid is not
    }
    // <0.Number.Serial>: 15 bits of number, then the serial counts up.
    assertTrue(last.id < (1 << 15));
    assertEquals(first.serial + 1, last.serial, first + " .. " + last);
    assertEquals("<0." + last.id + "." + last.serial + ">", last.toString());
  }

  @Test
  void aPidOfAnotherNodeOrOutOfRangeNamesNoProcess() {
    ErlProcess p = Spawner.spawnRoot(RETURN_OK, new Object[0], null);
    Pid pid = p.pid();
    assertSame(p, ProcessTable.get().lookup(pid));
    assertNull(ProcessTable.get().lookup(new Pid(org.jbeamjit.runtime.term.Atom.of("other@host"), pid.id, pid.serial, 0)));
    assertNull(ProcessTable.get().lookup(new Pid(LocalNode.NAME, pid.id, pid.serial, 7)));
    assertNull(ProcessTable.get().lookup(new Pid(LocalNode.NAME, pid.id + (1 << 15), pid.serial, 0)));
    runAll();
  }
}
