package org.jbeamjit.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.jbeamjit.runtime.term.Atom;
import org.jbeamjit.runtime.term.BitString;
import org.jbeamjit.testing.Erl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openjdk.jmh.annotations.Param;

/**
 * Every workload computes on jbeamjit, in both engines, what it computes on erl: at the tiny
 * sizes, so that this stays fast (the runner compares the bench sizes on every run).
 */
class WorkloadAgreementTest {
  private static String onErl(String expr) {
    return Erl.eval("code:add_patha(\"" + WorkloadBeams.directory() + "\"), " + expr);
  }

  @ParameterizedTest
  @ValueSource(strings = {"jit", "interp"})
  void tinyResultsMatchErl(String engine) {
    String erl = onErl("io:put_chars(bm:results(tiny))");
    WorkloadNode.start(WorkloadNode.engine(engine));
    BitString ours = (BitString) WorkloadNode.call("results", Atom.of("tiny"));
    assertEquals(erl, new String(ours.toByteArray(), StandardCharsets.UTF_8));
  }

  /** JMH needs the workloads as a constant; bm:workloads() is where they are listed. */
  @Test
  void theJmhParameterListsBmsWorkloads() throws NoSuchFieldException {
    String erl = onErl("io:format(\"~w\", [bm:workloads()])");
    List<String> jmh = Arrays.asList(EngineBenchmarks.class.getField("workload").getAnnotation(Param.class).value());
    assertEquals(erl, "[" + String.join(",", jmh) + "]");
  }
}
