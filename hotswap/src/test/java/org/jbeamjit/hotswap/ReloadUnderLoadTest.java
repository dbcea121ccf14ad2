package org.jbeamjit.hotswap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ClassLoadingMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.util.List;
import org.jbeamjit.codegen.load.LoadedModule;
import org.jbeamjit.codegen.load.ModuleTable;
import org.jbeamjit.runtime.process.ErlProcess;
import org.jbeamjit.runtime.process.Spawner;
import org.jbeamjit.runtime.term.Atom;
import org.jbeamjit.runtime.term.Tuple;
import org.junit.jupiter.api.Test;

/**
 * A module reloaded a thousand times, the way {@code jbeamjit reload} does it, while many
 * processes call it without pause: no call fails or sees a half-loaded module, and the JVM never
 * holds more than two versions' classes (current and old) once garbage is collected.
 */
class ReloadUnderLoadTest {
  private static final int RELOADS = 1000;
  private static final int CALLERS = 32;

  private static final String SUBJECT = """
      -module(st_subject).
      -export([value/1]).
      value(X) -> {TAG, X + 1}.
      """;

  /** Callers call st_subject:value/1 in a loop (10 calls, then a millisecond's rest) until told to stop, and count. */
  private static final String DRIVER = """
      -module(st_driver).
      -export([run/1, caller/3]).
      run(N) ->
          register(st_driver, self()),
          Callers = [spawn(?MODULE, caller, [0, 0, #{}]) || _ <- lists:seq(1, N)],
          receive stop -> ok end,
          [C ! {stop, self()} || C <- Callers],
          Results = [receive {C, Calls, Failures, Tags} -> {Calls, Failures, Tags} end || C <- Callers],
          {lists:sum([C || {C, _, _} <- Results]), lists:sum([F || {_, F, _} <- Results]),
           lists:foldl(fun({_, _, T}, Acc) -> maps:merge_with(fun(_, A, B) -> A + B end, T, Acc) end, #{}, Results)}.
      caller(Calls, Failures, Tags) ->
          receive
              {stop, From} -> From ! {self(), Calls, Failures, Tags}
          after 0 ->
              {F, T} = batch(10, Calls, Failures, Tags),
              receive after 1 -> ok end,
              caller(Calls + 10, F, T)
          end.
      batch(0, _, Failures, Tags) -> {Failures, Tags};
      batch(K, I, Failures, Tags) ->
          case catch st_subject:value(I) of
              {Tag, V} when V =:= I + 1, (Tag =:= a orelse Tag =:= b) ->
                  batch(K - 1, I + 1, Failures, maps:update_with(Tag, fun(C) -> C + 1 end, 1, Tags));
              _ ->
                  batch(K - 1, I + 1, Failures + 1, Tags)
          end.
      """;

  @Test
  void aThousandReloadsUnderCallsFailNoCallAndKeepTwoVersions() throws Exception {
    TestNode node = TestNode.get();
    node.watch("st_subject");
    byte[][] versions = {
        Files.readAllBytes(node.compile("a", "st_subject", SUBJECT.replace("TAG", "a"))),
        Files.readAllBytes(node.compile("b", "st_subject", SUBJECT.replace("TAG", "b")))};
    node.compile("", "st_driver", DRIVER);
    int first = node.classes.size();
    assertTrue(ReloadEndpoint.handle(request(versions[0])).loaded());
    ErlProcess driver = Spawner.spawnRoot(Atom.of("st_driver"), Atom.of("run"), new Object[] {(long) CALLERS},
        node.groupLeader);

    ClassLoadingMXBean classLoading = ManagementFactory.getClassLoadingMXBean();
    System.gc();
    long classesBefore = classLoading.getLoadedClassCount();
    long unloadedBefore = classLoading.getUnloadedClassCount();
    int refused = 0;
    int maxLive = 0;
    long start = System.nanoTime();
    for (int i = 1; i <= RELOADS; i++) {
      ReloadReply r = ReloadEndpoint.handle(request(versions[i % 2]));
      while (!r.loaded()) {
        // A caller was in the old version just then (a soft purge refuses): try again, as one would.
        assertTrue(r.lines().get(0).contains("is still run by"), r.lines().toString());
        refused++;
        Thread.sleep(1);
        r = ReloadEndpoint.handle(request(versions[i % 2]));
      }
      List<LoadedModule> loaded = ModuleTable.allVersions().stream()
          .filter(m -> m.name().name().equals("st_subject")).toList();
      assertTrue(loaded.size() <= 2, "versions in the code table: " + loaded.size());
      if (i % 100 == 0) {
        maxLive = Math.max(maxLive, TestNode.liveClasses(node.classes.subList(first, node.classes.size()), 2));
      }
    }
    long millis = (System.nanoTime() - start) / 1_000_000;
    driver.send(Atom.of("stop"));
    assertEquals(Atom.of("normal"), driver.exitFuture().get());
    Tuple totals = (Tuple) driver.result();
    long calls = (Long) totals.get(0);
    long failures = (Long) totals.get(1);
    int liveAtEnd = TestNode.liveClasses(node.classes.subList(first, node.classes.size()), 2);
    long classesAfter = classLoading.getLoadedClassCount();
    long unloaded = classLoading.getUnloadedClassCount() - unloadedBefore;
    System.out.printf("%d reloads in %d ms (%d refused by a soft purge and retried); %d calls from %d processes,"
        + " %d failed, by version %s; live version classes at most %d (%d at the end); JVM classes %d -> %d,"
        + " %d unloaded%n",
        RELOADS, millis, refused, calls, CALLERS, failures, org.jbeamjit.runtime.term.TermPrinter.write(totals.get(2)),
        maxLive, liveAtEnd, classesBefore, classesAfter, unloaded);

    assertEquals(0, failures, "failed calls");
    assertTrue(calls > 10L * CALLERS, "the callers kept calling: " + calls);
    assertEquals(RELOADS + 1, node.classes.size() - first, "one class per version loaded");
    assertTrue(maxLive <= 2 && liveAtEnd <= 2, "version classes alive after a collection: " + maxLive + ", " + liveAtEnd);
    // The JVM unloaded the purged versions' classes: its class count did not grow by one a reload.
    assertTrue(unloaded >= RELOADS - 2, "classes unloaded: " + unloaded);
    assertTrue(classesAfter - classesBefore < RELOADS / 2, "the JVM's classes grew by " + (classesAfter - classesBefore));
  }

  private static ReloadRequest request(byte[] beam) {
    return new ReloadRequest(false, List.of(new ReloadRequest.Module("st_subject", "st_subject.beam", beam)));
  }
}
