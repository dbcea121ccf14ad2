package org.jbeamjit.benchmarks.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jbeamjit.benchmarks.compare.ResultsReport.Workload;
import org.junit.jupiter.api.Test;

/** The report shows a figure only when every run behind it computed erl's result. */
class ResultsReportTest {
  private static final Contender ERL = Contender.erl();
  private static final Contender JIT = Contender.jbeamjit(Path.of("jbeamjit.jar"), "jit");
  private static final Machine MACHINE = new Machine(2, "cpu", "1 GB", "os", "jdk", "OTP 25", "abc");

  private static VmRun steady(String workload, long medianNanos, String result) {
    return new VmRun(0, 1, "bm steady " + workload + " size=1 iterations=3 median_ns=" + medianNanos
        + " min_ns=1 result=" + result + "\n", "");
  }

  private static VmRun once(String workload, long wallNanos, String result) {
    return new VmRun(0, wallNanos, "bm once " + workload + " result=" + result + "\n", "");
  }

  private static Tally tally(String workload, long steady1, long steady2, long wall, String result) {
    Tally t = new Tally();
    t.addSteady(steady(workload, steady1, result), workload);
    t.addSteady(steady(workload, steady2, result), workload);
    t.addOnce(once(workload, wall, result), workload);
    return t;
  }

  private static String report(Map<String, Map<Contender, Tally>> runs, List<Workload> workloads) {
    ResultsReport.Session s = new ResultsReport.Session("./benchmarks/compare-erl", 2, 1, 1, "today", MACHINE,
        "0 0 0", "0 0 0", "");
    return new ResultsReport(s, workloads, List.of(ERL, JIT), runs, Map.of(), Map.of()).markdown();
  }

  @Test
  void figuresRatiosAndGeometricMeans() {
    Map<String, Map<Contender, Tally>> runs = new LinkedHashMap<>();
    runs.put("fib", new LinkedHashMap<>(Map.of(ERL, tally("fib", 100_000_000, 100_000_000, 300_000_000, "42"),
        JIT, tally("fib", 40_000_000, 60_000_000, 900_000_000, "42"))));
    runs.put("tak", new LinkedHashMap<>(Map.of(ERL, tally("tak", 10_000_000, 10_000_000, 300_000_000, "[1,2]"),
        JIT, tally("tak", 40_000_000, 40_000_000, 300_000_000, "[1,2]"))));
    String md = report(runs, List.of(new Workload("fib", "cpu"), new Workload("tak", "cpu")));
    assertTrue(md.contains("| fib | cpu | 100 ms | 50.0 ms | 0.50 |"), md);
    assertTrue(md.contains("| tak | cpu | 10.0 ms | 40.0 ms | 4.00 |"), md);
    assertTrue(md.contains("| **geometric mean** | cpu |  |  | **1.41** (2) |"), md); // sqrt(0.5 * 4)
    assertTrue(md.contains("| fib | cpu | 300 ms | 900 ms | 3.00 |"), md);
    assertFalse(md.contains("Figures not shown"), md);
  }

  @Test
  void aResultThatDiffersFromErlsHidesTheFigure() {
    Map<String, Map<Contender, Tally>> runs = new LinkedHashMap<>();
    runs.put("fib", new LinkedHashMap<>(Map.of(ERL, tally("fib", 100_000_000, 100_000_000, 300_000_000, "42"),
        JIT, tally("fib", 40_000_000, 60_000_000, 900_000_000, "43"))));
    String md = report(runs, List.of(new Workload("fib", "cpu")));
    assertTrue(md.contains("| fib | cpu | 100 ms | — | — |"), md);
    assertTrue(md.contains("- fib: jbeamjit computed `43`, erl `42`"), md);
  }

  @Test
  void runsThatDisagreeAmongThemselvesOrFailHideTheFigure() {
    Tally erl = tally("fib", 100_000_000, 100_000_000, 300_000_000, "42");
    erl.addSteady(steady("fib", 1, "41"), "fib");
    Tally jit = tally("fib", 40_000_000, 60_000_000, 900_000_000, "42");
    jit.addOnce(new VmRun(1, 5, "", "Error in process <0.3.0>\nmore"), "fib");
    Map<String, Map<Contender, Tally>> runs = new LinkedHashMap<>();
    runs.put("fib", new LinkedHashMap<>(Map.of(ERL, erl, JIT, jit)));
    String md = report(runs, List.of(new Workload("fib", "cpu")));
    assertTrue(md.contains("| fib | cpu | — | — | — |"), md);
    assertTrue(md.contains("- fib: erl's runs disagree: `42` / `41`"), md);

    runs.get("fib").put(ERL, tally("fib", 100_000_000, 100_000_000, 300_000_000, "42"));
    md = report(runs, List.of(new Workload("fib", "cpu")));
    assertTrue(md.contains("- fib: jbeamjit's runs failed (once: exit 1: Error in process <0.3.0>)"), md);
  }

  @Test
  void theHarnessLineKeepsTheWholeResult() {
    VmRun run = new VmRun(0, 1, "noise\nbm steady maps size={1,2} iterations=5 median_ns=7 min_ns=3 result=#{a => 1}\n",
        "");
    Map<String, String> f = run.harnessLine("steady", "maps").orElseThrow();
    assertEquals("7", f.get("median_ns"));
    assertEquals("{1,2}", f.get("size"));
    assertEquals("#{a => 1}", f.get("result"));
    assertTrue(run.harnessLine("steady", "map").isEmpty());
  }

  /** The runner starts the launcher jar with the flags the ./jbeamjit script uses. */
  @Test
  void theRunnerStartsJbeamjitAsTheScriptDoes() throws Exception {
    String script = Files.readString(Path.of(System.getProperty("jbeamjit.root", "..")).resolve("jbeamjit"));
    String javaLine = script.lines().filter(l -> l.contains("-jar \"$jar\"")).findFirst().orElseThrow();
    for (String flag : Contender.JBEAMJIT_JVM_FLAGS) {
      assertTrue(javaLine.contains(" " + flag + " "), javaLine);
    }
  }
}
