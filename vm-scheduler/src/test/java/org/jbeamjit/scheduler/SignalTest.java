package org.jbeamjit.scheduler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.jbeamjit.runtime.error.ErlangException;
import org.jbeamjit.runtime.process.CrashReport;
import org.jbeamjit.runtime.process.ErlProcess;
import org.jbeamjit.runtime.process.MonitorOptions;
import org.jbeamjit.runtime.process.RegisteredNames;
import org.jbeamjit.runtime.process.Signals;
import org.jbeamjit.runtime.process.SpawnOptions;
import org.jbeamjit.runtime.term.Atom;
import org.jbeamjit.runtime.term.Atoms;
import org.jbeamjit.runtime.term.Cons;
import org.jbeamjit.runtime.term.Nil;
import org.jbeamjit.runtime.term.Pid;
import org.jbeamjit.runtime.term.Ref;
import org.jbeamjit.runtime.term.Tuple;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** OTP's exit-signal, link and monitor rules, with Java-coded processes (expected values checked on erl). */
class SignalTest {
  private static final Atom NORMAL = Atom.of("normal");
  private static final Atom KILL = Atom.of("kill");
  private static final Atom KILLED = Atom.of("killed");
  private static final Atom NOPROC = Atom.of("noproc");
  private static final Atom EXIT = Atom.of("EXIT");
  private static final Atom DOWN = Atom.of("DOWN");
  private static final Atom PROCESS = Atom.of("process");
  private static final Atom BOOM = Atom.of("boom");

  private static TestVm vm;
  private static final BlockingQueue<Object[]> CRASHES = new LinkedBlockingQueue<>();

  @BeforeAll
  static void start() {
    vm = TestVm.start(2);
    CrashReport.install((pid, reason) -> CRASHES.add(new Object[] {pid, reason}));
  }

  @AfterAll
  static void stop() throws InterruptedException {
    vm.close();
  }

  /** Waits in receive until any message comes (or it is killed). */
  private static ErlProcess idler(boolean trap) {
    return TestVm.spawn((p, d) -> {
      p.setTrapExit(trap);
      return Script.receive(p, d, (q, dd, m) -> Atoms.OK);
    });
  }

  /** Runs {@code action} inside a process and returns what it returned (or the exit reason it raised). */
  private static Object inProcess(Script.Step action) throws Exception {
    BlockingQueue<Object> out = new LinkedBlockingQueue<>();
    TestVm.spawn((p, d) -> {
      try {
        out.add(action.run(p, d));
      } catch (ErlangException e) {
        out.add(Tuple.of(Atom.of("raised"), e.kind(), e.reason()));
      }
      return Atoms.OK;
    });
    Object r = out.poll(30, TimeUnit.SECONDS);
    if (r == null) {
      throw new AssertionError("the process did not answer");
    }
    return r;
  }

  private static void awaitDead(ErlProcess p) throws Exception {
    TestVm.awaitExit(p);
  }

  @Test
  void aTrappingProcessGetsItsLinkedChildsCrashAsAMessage() throws Exception {
    TestVm.Probe parent = new TestVm.Probe(true);
    Thread.sleep(20);
    Pid[] child = new Pid[1];
    // The probe cannot spawn by itself: make the link from the child's side at its start.
    ErlProcess c = TestVm.spawn((p, d) -> {
      Signals.link(p, parent.pid());
      throw ErlangException.error(BOOM);
    });
    child[0] = c.pid();
    Tuple m = (Tuple) parent.next();
    assertSame(EXIT, m.get(0));
    assertEquals(child[0], m.get(1));
    assertEquals(Tuple.of(BOOM, Nil.NIL), m.get(2));
    Object[] crash = CRASHES.poll(5, TimeUnit.SECONDS);
    assertEquals(child[0], crash[0]);
    assertTrue(parent.process.isAlive());
  }

  @Test
  void aNonTrappingProcessDiesWithItsLinkedChildsReasonButNotForNormal() throws Exception {
    ErlProcess a = idler(false);
    ErlProcess b = idler(false);
    Thread.sleep(20);
    TestVm.spawn((p, d) -> {
      Signals.link(p, a.pid());
      return Atoms.OK; // normal: a survives
    });
    TestVm.spawn((p, d) -> {
      Signals.link(p, b.pid());
      throw ErlangException.exit(Atom.of("bye"));
    });
    assertEquals(Atom.of("bye"), TestVm.awaitExit(b));
    Thread.sleep(50);
    assertTrue(a.isAlive());
    a.send(Atoms.OK);
    assertEquals(NORMAL, TestVm.awaitExit(a));
  }

  @Test
  void killIsUntrappableAndBecomesKilledForLinks() throws Exception {
    TestVm.Probe watcher = new TestVm.Probe(true);
    ErlProcess victim = TestVm.spawn((p, d) -> {
      p.setTrapExit(true);
      Signals.link(p, watcher.pid());
      return Script.receive(p, d, (q, dd, m) -> Atoms.OK);
    });
    Thread.sleep(50);
    inProcess((p, d) -> Signals.exit(p, victim.pid(), KILL));
    assertEquals(KILLED, TestVm.awaitExit(victim));
    assertEquals(Tuple.of(EXIT, victim.pid(), KILLED), watcher.next());
  }

  @Test
  void aLinkedProcessExitingWithKillPassesKillOnAsAnOrdinaryReason() throws Exception {
    TestVm.Probe watcher = new TestVm.Probe(true);
    ErlProcess middle = idler(false);
    Thread.sleep(20);
    // A process linked to both exits with reason kill: the non-trapping one dies with kill, the trapping one is told kill.
    ErlProcess killer = TestVm.spawn((p, d) -> {
      Signals.link(p, middle.pid());
      Signals.link(p, watcher.pid());
      throw ErlangException.exit(KILL);
    });
    assertEquals(KILL, TestVm.awaitExit(middle));
    assertEquals(Tuple.of(EXIT, killer.pid(), KILL), watcher.next());
  }

  @Test
  void exitSignalsWithNormalAreIgnoredUnlessSentToOneself() throws Exception {
    ErlProcess a = idler(false);
    Thread.sleep(20);
    inProcess((p, d) -> Signals.exit(p, a.pid(), NORMAL));
    Thread.sleep(50);
    assertTrue(a.isAlive());
    List<Object> after = new ArrayList<>();
    ErlProcess self = TestVm.spawn((p, d) -> {
      Signals.exit(p, p.pid(), NORMAL);
      after.add(Atoms.TRUE);
      return Atoms.OK;
    });
    assertEquals(NORMAL, TestVm.awaitExit(self));
    assertTrue(after.isEmpty(), "exit(self(), normal) must end the caller");
    a.send(Atoms.OK);
  }

  @Test
  void exitToSelfEndsTheCallerAtOnce() throws Exception {
    List<Object> after = new ArrayList<>();
    ErlProcess p = TestVm.spawn((q, d) -> {
      Signals.exit(q, q.pid(), Atom.of("foo"));
      after.add(Atoms.TRUE);
      return Atoms.OK;
    });
    assertEquals(Atom.of("foo"), TestVm.awaitExit(p));
    assertTrue(after.isEmpty());
  }

  @Test
  void aTrappingProcessGetsExitFromExit2AsAMessageButKillStillKills() throws Exception {
    TestVm.Probe t = new TestVm.Probe(true);
    Thread.sleep(20);
    Pid from = (Pid) inProcess((p, d) -> {
      Signals.exit(p, t.pid(), Atom.of("please"));
      return p.pid();
    });
    assertEquals(Tuple.of(EXIT, from, Atom.of("please")), t.next());
    inProcess((p, d) -> Signals.exit(p, t.pid(), NORMAL));
    assertEquals(EXIT, ((Tuple) t.next()).get(0));
    inProcess((p, d) -> Signals.exit(p, t.pid(), KILL));
    assertEquals(KILLED, TestVm.awaitExit(t.process));
  }

  @Test
  void linkingToANonexistentProcess() throws Exception {
    ErlProcess dead = TestVm.spawn((p, d) -> Atoms.OK);
    awaitDead(dead);
    Object r = inProcess((p, d) -> Signals.link(p, dead.pid()));
    assertEquals(Tuple.of(Atom.of("raised"), Atoms.ERROR, NOPROC), r);
    Object m = inProcess((p, d) -> {
      p.setTrapExit(true);
      Signals.link(p, dead.pid());
      return p.mailbox().peek();
    });
    assertEquals(Tuple.of(EXIT, dead.pid(), NOPROC), m);
  }

  @Test
  void unlinkStopsTheExitSignal() throws Exception {
    TestVm.Probe t = new TestVm.Probe(true);
    Thread.sleep(20);
    ErlProcess c = TestVm.spawn((p, d) -> {
      Signals.link(p, t.pid());
      Signals.unlink(p, t.pid());
      throw ErlangException.exit(BOOM);
    });
    TestVm.awaitExit(c);
    assertNull(t.poll(200));
  }

  @Test
  void monitorsReportDownWithTheReasonAndNoprocForTheDead() throws Exception {
    ErlProcess target = idler(false);
    ErlProcess dead = TestVm.spawn((p, d) -> Atoms.OK);
    awaitDead(dead);
    Thread.sleep(20);
    BlockingQueue<Object> seen = new LinkedBlockingQueue<>();
    ErlProcess watcher = TestVm.spawn((p, d) -> {
      Ref r1 = (Ref) Signals.monitor(p, PROCESS, dead.pid(), MonitorOptions.DEFAULT);
      Ref r2 = (Ref) Signals.monitor(p, PROCESS, target.pid(), MonitorOptions.DEFAULT);
      Ref r3 = (Ref) Signals.monitor(p, PROCESS, Atom.of("no_such_name"), MonitorOptions.DEFAULT);
      seen.add(Cons.list(r1, r2, r3));
      return collect(p, d, seen, 3);
    });
    Cons refs = (Cons) seen.poll(5, TimeUnit.SECONDS);
    Object r1 = refs.head;
    Object r2 = ((Cons) refs.tail).head;
    Object r3 = ((Cons) ((Cons) refs.tail).tail).head;
    assertEquals(Tuple.of(DOWN, r1, PROCESS, dead.pid(), NOPROC), seen.poll(5, TimeUnit.SECONDS));
    assertEquals(Tuple.of(DOWN, r3, PROCESS, Tuple.of(Atom.of("no_such_name"), Atom.of("nonode@nohost")), NOPROC),
        seen.poll(5, TimeUnit.SECONDS));
    inProcess((p, d) -> Signals.exit(p, target.pid(), BOOM));
    assertEquals(Tuple.of(DOWN, r2, PROCESS, target.pid(), BOOM), seen.poll(5, TimeUnit.SECONDS));
    TestVm.awaitExit(watcher);
  }

  /** Receives {@code n} messages into {@code seen}. */
  private static Object collect(ErlProcess p, int depth, BlockingQueue<Object> seen, int n) {
    if (n == 0) {
      return Atoms.OK;
    }
    return Script.receive(p, depth, (q, d, m) -> {
      seen.add(m);
      return collect(q, d, seen, n - 1);
    });
  }

  @Test
  void demonitorWithFlushRemovesTheDownMessageAndInfoTellsWhetherItWasActive() throws Exception {
    ErlProcess target = idler(false);
    Thread.sleep(20);
    Object r = inProcess((p, d) -> {
      Ref ref = (Ref) Signals.monitor(p, PROCESS, target.pid(), MonitorOptions.DEFAULT);
      Object info1 = Signals.demonitor(p, ref, Cons.list(Atom.of("info")));
      Object info2 = Signals.demonitor(p, ref, Cons.list(Atom.of("info")));
      return Cons.list(info1, info2);
    });
    assertEquals(Cons.list(Atoms.TRUE, Atoms.FALSE), r);
    ErlProcess dead = TestVm.spawn((p, d) -> Atoms.OK);
    awaitDead(dead);
    Object flushed = inProcess((p, d) -> {
      Ref ref = (Ref) Signals.monitor(p, PROCESS, dead.pid(), MonitorOptions.DEFAULT);
      Object info = Signals.demonitor(p, ref, Cons.list(Atom.of("flush"), Atom.of("info")));
      return Cons.list(info, (long) p.mailbox().size());
    });
    assertEquals(Cons.list(Atoms.FALSE, 0L), flushed);
    target.send(Atoms.OK);
  }

  @Test
  void aDemonitoredProcessSendsNoDown() throws Exception {
    ErlProcess target = idler(false);
    Thread.sleep(20);
    TestVm.Probe watcher = new TestVm.Probe(false);
    // The watcher's monitor is made by a helper on its behalf is not possible; use spawn_monitor from a process.
    BlockingQueue<Object> seen = new LinkedBlockingQueue<>();
    ErlProcess w = TestVm.spawn((p, d) -> {
      Ref ref = (Ref) Signals.monitor(p, PROCESS, target.pid(), MonitorOptions.DEFAULT);
      Signals.demonitor(p, ref);
      seen.add(Atoms.OK);
      return Script.receive(p, d, m -> true, 300, (q, dd, m) -> {
        seen.add(m);
        return Atoms.OK;
      }, (q, dd) -> Atoms.OK);
    });
    seen.poll(5, TimeUnit.SECONDS);
    inProcess((p, d) -> Signals.exit(p, target.pid(), BOOM));
    TestVm.awaitExit(w);
    assertTrue(seen.isEmpty(), "got " + seen);
    watcher.process.send(Atoms.OK);
  }

  @Test
  void spawnLinkAndSpawnMonitor() throws Exception {
    BlockingQueue<Object> seen = new LinkedBlockingQueue<>();
    ErlProcess parent = TestVm.spawn((p, d) -> {
      p.setTrapExit(true);
      Pid linked = (Pid) TestVm.spawn(p, SpawnOptions.LINKED, (q, dd) -> {
        throw ErlangException.exit(BOOM);
      });
      Tuple pm = (Tuple) TestVm.spawn(p, SpawnOptions.MONITORED, (q, dd) -> {
        throw ErlangException.exit(Atom.of("bam"));
      });
      seen.add(Cons.list(linked, pm.get(0), pm.get(1)));
      return collect(p, d, seen, 2);
    });
    Cons ids = (Cons) seen.poll(5, TimeUnit.SECONDS);
    Object linked = ids.head;
    Object monitored = ((Cons) ids.tail).head;
    Object ref = ((Cons) ((Cons) ids.tail).tail).head;
    List<Object> got = List.of(seen.poll(5, TimeUnit.SECONDS), seen.poll(5, TimeUnit.SECONDS));
    assertTrue(got.contains(Tuple.of(EXIT, linked, BOOM)), got.toString());
    assertTrue(got.contains(Tuple.of(DOWN, ref, PROCESS, monitored, Atom.of("bam"))), got.toString());
    TestVm.awaitExit(parent);
  }

  @Test
  void registeredNamesFollowTheProcess() throws Exception {
    Atom name = Atom.of("signal_test_server");
    ErlProcess server = idler(false);
    Thread.sleep(20);
    assertTrue(RegisteredNames.register(name, server));
    assertFalse(RegisteredNames.register(name, idler(false)), "a name is taken once");
    assertFalse(RegisteredNames.register(Atom.of("another_name"), server), "a process has one name");
    assertEquals(Atom.of("ok"), inProcess((p, d) -> {
      Signals.send(p, name, Atom.of("hello"));
      return Atoms.OK;
    }));
    assertEquals(NORMAL, TestVm.awaitExit(server));
    assertNull(RegisteredNames.whereis(name));
    Object r = inProcess((p, d) -> Signals.send(p, name, Atom.of("hello")));
    assertEquals(Tuple.of(Atom.of("raised"), Atoms.ERROR, Atoms.BADARG), r);
  }

  @Test
  void anExitedProcessIsOutOfTheNamesWhenItsExitIsSeen() throws Exception {
    // The exit is observed (exitFuture) just as the process ends: its name must already be free.
    Atom name = Atom.of("signal_test_short_lived");
    for (int i = 0; i < 300; i++) {
      ErlProcess p = idler(false);
      assertTrue(RegisteredNames.register(name, p));
      p.send(Atoms.OK);
      while (p.isAlive()) {
        Thread.onSpinWait();
      }
      TestVm.awaitExit(p);
      assertNull(RegisteredNames.whereis(name), "round " + i);
    }
  }

  @Test
  void aliasesDeliverUntilDeactivated() throws Exception {
    BlockingQueue<Object> seen = new LinkedBlockingQueue<>();
    ErlProcess owner = TestVm.spawn((p, d) -> {
      Ref a = (Ref) Signals.alias(p, Nil.NIL);
      Ref once = (Ref) Signals.alias(p, Cons.list(Atom.of("reply")));
      seen.add(Cons.list(a, once));
      return Script.receive(p, d, m -> m == Atom.of("unalias"), ErlProcess.INFINITY, (q, dd, m) -> {
        Signals.unalias(q, a);
        seen.add(Atom.of("unaliased"));
        return collect(q, dd, seen, 3);
      }, null);
    });
    Cons refs = (Cons) seen.poll(5, TimeUnit.SECONDS);
    Object a = refs.head;
    Object once = ((Cons) refs.tail).head;
    inProcess((p, d) -> {
      Signals.send(p, once, Atom.of("one"));
      Signals.send(p, once, Atom.of("two")); // dropped: a reply alias takes one message
      Signals.send(p, a, Atom.of("three"));
      Signals.send(p, owner.pid(), Atom.of("unalias"));
      return Atoms.OK;
    });
    assertEquals(Atom.of("unaliased"), seen.poll(5, TimeUnit.SECONDS));
    inProcess((p, d) -> {
      Signals.send(p, a, Atom.of("four")); // dropped: unaliased
      Signals.send(p, owner.pid(), Atom.of("five"));
      return Atoms.OK;
    });
    assertEquals(Atom.of("one"), seen.poll(5, TimeUnit.SECONDS));
    assertEquals(Atom.of("three"), seen.poll(5, TimeUnit.SECONDS));
    assertEquals(Atom.of("five"), seen.poll(5, TimeUnit.SECONDS));
    TestVm.awaitExit(owner);
  }

  /** Spins in a tail-recursive loop that never receives. */
  private static Object spin(ErlProcess p, int depth) {
    return Script.call(p, depth, SignalTest::spin);
  }

  @Test
  void aProcessThatNeverReceivesIsStillKilledAndExitsOnLinks() throws Exception {
    ErlProcess spinner = TestVm.spawn(SignalTest::spin);
    ErlProcess trapping = TestVm.spawn((p, d) -> {
      p.setTrapExit(true);
      return spin(p, d);
    });
    Thread.sleep(50);
    inProcess((p, d) -> Signals.exit(p, spinner.pid(), BOOM));
    assertEquals(BOOM, TestVm.awaitExit(spinner));
    inProcess((p, d) -> Signals.exit(p, trapping.pid(), KILL));
    assertEquals(KILLED, TestVm.awaitExit(trapping));
  }
}
