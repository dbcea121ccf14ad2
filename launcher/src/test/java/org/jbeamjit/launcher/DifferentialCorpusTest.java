package org.jbeamjit.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.jbeamjit.codegen.load.CodePath;
import org.jbeamjit.codegen.load.Engine;
import org.jbeamjit.codegen.interp.InterpreterEngine;
import org.jbeamjit.codegen.jit.JitEngine;
import org.jbeamjit.runtime.term.Atom;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every corpus program ({@link CorpusPrograms}) run on jbeamjit, in this JVM, must write exactly
 * what it writes on {@code erl}; the programs that need OTP's kernel ({@link BootCorpusPrograms})
 * run in a child JVM that boots OTP. One test per program and engine.
 */
class DifferentialCorpusTest {
  private static final int TIMEOUT_SECONDS = 30;
  /** The corpus's few long programs (named *_10m, *_100m) may take longer, as check_on_erl.sh allows. */
  private static final int LONG_TIMEOUT_SECONDS = 180;

  @TestFactory
  Stream<DynamicTest> interpreter() {
    return tests(InterpreterEngine.INSTANCE);
  }

  @TestFactory
  Stream<DynamicTest> jit() {
    return tests(JitEngine.INSTANCE);
  }

  @TestFactory
  Stream<DynamicTest> bootedInterpreter() {
    return bootTests("interp");
  }

  @TestFactory
  Stream<DynamicTest> bootedJit() {
    return bootTests("jit");
  }

  /** The boot programs on a node that boots OTP (one child JVM per engine runs them all). */
  private Stream<DynamicTest> bootTests(String mode) {
    List<DynamicTest> tests = new ArrayList<>();
    KnownFailures known = KnownFailures.load();
    for (String name : BootCorpusPrograms.names()) {
      tests.add(DynamicTest.dynamicTest(name + " (booted, " + mode + ")", () -> {
        boolean listed = known.lists(name, mode);
        Assumptions.assumeFalse(listed && !KnownFailures.runAll(),
            name + " is listed in corpus/KNOWN_FAILURES for " + mode);
        BootCorpusPrograms corpus = BootCorpusPrograms.get();
        String expected = new String(corpus.expected.get(name), StandardCharsets.ISO_8859_1);
        String actual = new String(corpus.actual(mode, name), StandardCharsets.ISO_8859_1);
        if (listed && expected.equals(actual)) {
          System.err.println("KNOWN_FAILURES lists " + name + " " + mode + " but it passes: delete the line");
        }
        if (!expected.equals(actual)) {
          assertEquals(expected, actual, name + " booted on " + mode + ": " + firstDifference(expected, actual));
        }
      }));
    }
    return tests.stream();
  }

  private Stream<DynamicTest> tests(Engine engine) {
    List<DynamicTest> tests = new ArrayList<>();
    KnownFailures known = KnownFailures.load();
    for (String name : CorpusPrograms.names()) {
      tests.add(DynamicTest.dynamicTest(name + " (" + engine.name() + ")", () -> {
        boolean listed = known.lists(name, engine.name());
        Assumptions.assumeFalse(listed && !KnownFailures.runAll(),
            name + " is listed in corpus/KNOWN_FAILURES for " + engine.name());
        CorpusPrograms corpus = CorpusPrograms.get();
        String expected = new String(corpus.expected.get(name), StandardCharsets.ISO_8859_1);
        String actual = new String(run(corpus, engine, name), StandardCharsets.ISO_8859_1);
        if (listed && expected.equals(actual)) {
          System.err.println("KNOWN_FAILURES lists " + name + " " + engine.name() + " but it passes: delete the line");
        }
        if (!expected.equals(actual)) {
          assertEquals(expected, actual, name + " on " + engine.name() + ": " + firstDifference(expected, actual));
        }
      }));
    }
    return tests.stream();
  }

  /** The first line where the outputs differ, both versions, for the failure message. */
  static String firstDifference(String expected, String actual) {
    String[] e = expected.split("\n", -1);
    String[] a = actual.split("\n", -1);
    for (int i = 0; i < Math.max(e.length, a.length); i++) {
      String el = i < e.length ? e[i] : "<end>";
      String al = i < a.length ? a[i] : "<end>";
      if (!el.equals(al)) {
        return "line " + (i + 1) + "\n  erl:      " + el + "\n  jbeamjit: " + al;
      }
    }
    return "same lines";
  }

  /** Runs {@code name:main()} as the first process of a node and returns what it wrote to standard output. */
  static byte[] run(CorpusPrograms corpus, Engine engine, String name) throws Exception {
    int timeout = name.endsWith("_10m") || name.endsWith("_100m") ? LONG_TIMEOUT_SECONDS : TIMEOUT_SECONDS;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    PrintStream original = System.out;
    ExecutorService worker = Executors.newSingleThreadExecutor();
    System.setOut(new PrintStream(captured, true));
    try {
      CodePath path = CodePath.of(List.of(), List.of(corpus.beamDir), CodePath.installedOtpRoot(), List.of());
      Future<Integer> status = worker.submit(() -> Vm.run(engine, path,
          List.of(new BootStep.Call(Atom.of(name), Atom.of("main"), List.of())), Vm.Ending.AFTER_BOOT_UNLESS_STUCK));
      try {
        status.get(timeout, TimeUnit.SECONDS);
      } catch (TimeoutException e) {
        status.cancel(true);
        captured.write(("\n<timed out after " + timeout + " s>\n").getBytes(StandardCharsets.US_ASCII));
      }
    } finally {
      System.out.flush();
      System.setOut(original);
      worker.shutdownNow();
    }
    return captured.toByteArray();
  }
}
