package org.jbeamjit.runtime.bif;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.jbeamjit.runtime.error.ErlangException;
import org.jbeamjit.runtime.term.BitString;
import org.jbeamjit.runtime.term.Cons;
import org.jbeamjit.runtime.term.Terms;
import org.jbeamjit.runtime.term.Tuple;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The hand-written BIF cases under {@code cases/}, one file per BIF family with the error cases
 * alongside the good ones, checked against {@code erl}: one erl run for all of them, then one
 * test per file listing every case that differs.
 */
// The case files run first: the argument mix may create atoms (binary_to_term without safe) that
// the cases for `safe` expect not to exist.
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BifOracleTest {
  /** BIFs that act on the running VM (processes, timers, names): not callable outside one. */
  private static final java.util.Set<Class<?>> VM_BIF_CLASSES = java.util.Set.of(
      ProcessBifs.class, SignalBifs.class, RegistryBifs.class, DictionaryBifs.class, TimerBifs.class);

  private static Map<String, Path> files;
  private static List<OracleCases.Case> cases;

  @BeforeAll
  static void askErl() {
    files = OracleCases.caseFiles();
    cases = OracleCases.evaluate(files);
  }

  @TestFactory
  Stream<DynamicTest> eachCaseFile() {
    assertTrue(cases.size() > 500, "only " + cases.size() + " cases");
    return files.keySet().stream().map(name -> DynamicTest.dynamicTest(name, () -> {
      List<OracleCases.Case> mine = cases.stream().filter(c -> c.file().equals(name)).toList();
      assertTrue(mine.size() > 10, name + " has only " + mine.size() + " cases");
      List<String> bad = BifCheck.mismatches(mine);
      assertEquals(List.of(), bad, bad.size() + " of " + mine.size() + " cases differ from erl:\n" + String.join("\n", bad));
    }));
  }

  /**
   * Any mix of argument values from the cases, given to any BIF, either returns or raises an
   * Erlang exception: no Java exception escapes, whatever the types.
   */
  @Test
  @Order(Integer.MAX_VALUE)
  void anyMixOfArgumentsRaisesOnlyErlangExceptions() {
    // Pure BIFs only; see VM_BIF_CLASSES.
    List<Object> pool = new ArrayList<>();
    for (OracleCases.Case c : cases) {
      for (Object a : c.args()) {
        if (isSmallTerm(a)) {
          pool.add(a);
        }
      }
    }
    Random random = new Random(7);
    int calls = 0;
    for (BifEntry e : BifRegistry.standard().all()) {
      if (e.takesProcess() || VM_BIF_CLASSES.contains(e.method().getDeclaringClass())) {
        continue; // these need a running process or schedulers: their own tests cover them
      }
      for (int i = 0; i < 300; i++) {
        Object[] args = new Object[e.arity()];
        for (int k = 0; k < args.length; k++) {
          args[k] = pool.get(random.nextInt(pool.size()));
        }
        try {
          e.handle().invokeWithArguments(args);
        } catch (ErlangException expected) {
          // raised the Erlang way
        } catch (Throwable t) {
          throw new AssertionError(e + " with " + java.util.Arrays.toString(args) + " threw " + t, t);
        }
        calls++;
      }
    }
    assertTrue(calls > 30_000);
  }

  /** Leaves out the few huge arguments, so that the mixing stays fast. */
  private static boolean isSmallTerm(Object t) {
    if (t instanceof BitString b) {
      return b.byteSize() < 4096;
    } else if (t instanceof BigInteger v) {
      return v.bitLength() < 4096;
    } else if (t instanceof Cons) {
      int n = 0;
      for (Object l = t; l instanceof Cons c && n < 2000; l = c.tail) {
        n++;
      }
      return n < 2000;
    }
    return true;
  }

  /** The comparison must see a wrong outcome: give each case the next case's expected result. */
  @Test
  void harnessNoticesWrongResults() {
    int noticed = 0;
    for (int i = 0; i + 1 < cases.size(); i++) {
      OracleCases.Case c = cases.get(i);
      Object other = cases.get(i + 1).expected();
      if (!Terms.exactEquals(other, c.expected())) {
        assertNotNull(BifCheck.check(new OracleCases.Case(c.file(), c.text(), c.module(), c.function(), c.args(), other)),
            "a wrong expectation passed: " + c.text());
        noticed++;
      }
    }
    assertTrue(noticed > 500, "only " + noticed + " swapped cases");
  }

  /** =:= holds 0.0 and -0.0 equal; the harness must still tell them apart. */
  @Test
  void harnessTellsZerosApart() {
    assertTrue(BifCheck.sameFloatBits(new Tuple(0.0), new Tuple(0.0)));
    assertTrue(!BifCheck.sameFloatBits(Cons.list(1L, 0.0), Cons.list(1L, -0.0)));
  }
}
