package org.jbeamjit.runtime.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
  void theLimitIsEnforcedWithSystemLimitAndFreedByExits() {
    ProcessTable.configure(1); // clamped to OTP's minimum, as erl +P does
    assertEquals(ProcessTable.MIN_LIMIT, ProcessTable.get().limit());
    List<ErlProcess> ps = new ArrayList<>();
    for (int i = 0; i < ProcessTable.MIN_LIMIT; i++) {
      ps.add(Spawner.spawnRoot(RETURN_OK, new Object[0], null));
    }
    assertEquals(ProcessTable.MIN_LIMIT, ProcessTable.get().count());
    ErlangException e = assertThrows(ErlangException.class, () -> Spawner.spawnRoot(RETURN_OK, new Object[0], null));
    assertSame(Atoms.SYSTEM_LIMIT, e.reason());
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
