package org.jbeamjit.codegen.jit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jbeamjit.codegen.load.LoadedModule;
import org.jbeamjit.codegen.testing.Runs;
import org.jbeamjit.codegen.testing.TestModules;
import org.jbeamjit.runtime.code.ExportTable;
import org.jbeamjit.runtime.code.FunctionCode;
import org.jbeamjit.runtime.process.ErlProcess;
import org.jbeamjit.runtime.term.Atom;
import org.junit.jupiter.api.Test;

/**
 * {@link JitEngine#BACKGROUND}: a module runs interpreted until it is hot and its class is
 * compiled, then its callers switch to compiled code, while a process suspended in the
 * interpreter's heap frames finishes there.
 */
class BackgroundCompileTest {
  @Test
  void aModuleSwitchesToCompiledCodeAndSuspendedCallsFinish() throws Exception {
    LoadedModule m = TestModules.load("""
        -module(jbg).
        -export([sum/1, waiting_sum/1]).
        sum(0) -> 0;
        sum(N) -> N + sum(N - 1).
        waiting_sum(0) -> receive {add, X} -> X end;
        waiting_sum(N) -> N + waiting_sum(N - 1).
        """, JitEngine.BACKGROUND);
    FunctionCode waiting = ExportTable.entry(Atom.of("jbg"), Atom.of("waiting_sum"), 1).code();
    ErlProcess p = new ErlProcess(waiting, new Object[] {1000L});
    ErlProcess.SliceEnd end;
    do {
      end = p.runSlice();
    } while (end == ErlProcess.SliceEnd.PREEMPTED);
    assertEquals(ErlProcess.SliceEnd.WAITING, end);
    assertTrue(m.code(0).toString().endsWith("(interpreted)"), "1,001 calls do not make a module hot");

    // Heats the module: more calls of one function than TieredModule.HOT_CALLS.
    assertEquals(12_502_500L, Runs.call("jbg", "sum", 5000L).valueOrThrow());
    long deadline = System.nanoTime() + 120_000_000_000L;
    while (!compiled(m) && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertTrue(compiled(m), "compiled within two minutes");
    assertEquals(500_500L, Runs.call("jbg", "sum", 1000L).valueOrThrow());

    p.mailbox().send(org.jbeamjit.runtime.term.Tuple.of(Atom.of("add"), 7L));
    do {
      end = p.runSlice();
    } while (end == ErlProcess.SliceEnd.PREEMPTED);
    assertEquals(ErlProcess.SliceEnd.RETURNED, end);
    assertEquals(500_507L, p.result());
  }

  private static boolean compiled(LoadedModule m) {
    return m.code(0).toString().endsWith("(jit)");
  }
}
