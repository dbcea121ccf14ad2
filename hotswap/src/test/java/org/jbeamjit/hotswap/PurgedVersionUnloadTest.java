package org.jbeamjit.hotswap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.ref.WeakReference;
import java.nio.file.Files;
import java.util.List;
import org.jbeamjit.codegen.load.ModuleTable;
import org.jbeamjit.runtime.process.ErlProcess;
import org.jbeamjit.runtime.process.Spawner;
import org.jbeamjit.runtime.term.Atom;
import org.jbeamjit.runtime.term.Atoms;
import org.junit.jupiter.api.Test;

/**
 * A module version's hidden class lives while the version can run: while it is current or old,
 * and while a process still runs it. Once the version is purged (the process running it killed),
 * nothing holds the class and the JVM unloads it.
 */
class PurgedVersionUnloadTest {
  private static final String SOURCE = """
      -module(pu_subject).
      -export([loop/0, tag/0]).
      loop() -> receive stop -> ok end.
      tag() -> TAG.
      """;

  @Test
  void aPurgedVersionsClassIsUnloaded() throws Exception {
    TestNode node = TestNode.get();
    node.watch("pu_subject");
    byte[] v1 = Files.readAllBytes(node.compile("v1", "pu_subject", SOURCE.replace("TAG", "one")));
    byte[] v2 = Files.readAllBytes(node.compile("v2", "pu_subject", SOURCE.replace("TAG", "two")));
    int first = node.classes.size();

    assertTrue(ReloadEndpoint.handle(request(v1)).loaded());
    ErlProcess runner = Spawner.spawnRoot(Atom.of("pu_subject"), Atom.of("loop"), new Object[0], node.groupLeader);
    ReloadReply second = ReloadEndpoint.handle(request(v2));
    assertTrue(second.loaded(), second.lines().toString());
    assertEquals("  the old version is still run by 1 process: each moves to the new one at its next fully"
        + " qualified call (reload with --purge to kill them)", second.lines().get(1));
    List<WeakReference<Class<?>>> versions = node.classes.subList(first, first + 2);

    // Old but running: both classes stay.
    assertEquals(2, TestNode.liveClasses(versions, 0));

    // code:purge/1 kills the process running the old version, then purges it.
    assertEquals(Atoms.TRUE, TestNode.call("code", "purge", Atom.of("pu_subject")));
    assertEquals(Atom.of("killed"), runner.exitFuture().get());
    assertNull(ModuleTable.old(Atom.of("pu_subject")));
    assertEquals(1, TestNode.liveClasses(versions, 1));
    assertNull(versions.get(0).get(), "the purged version's class was unloaded");
    assertNotNull(versions.get(1).get(), "the current version's class stays");
    assertEquals(Atom.of("two"), TestNode.call("pu_subject", "tag"));
  }

  private static ReloadRequest request(byte[] beam) {
    return new ReloadRequest(false, List.of(new ReloadRequest.Module("pu_subject", "pu_subject.beam", beam)));
  }
}
