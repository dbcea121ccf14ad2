package org.jbeamjit.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jbeamjit.codegen.interp.InterpreterEngine;
import org.jbeamjit.codegen.jit.JitEngine;
import org.jbeamjit.codegen.load.CodePath;
import org.jbeamjit.codegen.load.Engine;
import org.jbeamjit.codegen.ops.ErlStrings;
import org.jbeamjit.runtime.term.Atom;
import org.jbeamjit.runtime.term.Cons;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * OTP's own compiler, running on jbeamjit, writes the same {@code .beam} bytes as
 * {@code erlc +deterministic} and prints the same error and warning messages. Each engine runs
 * one node that compiles every source through {@code src/test/erlang/compile_driver.erl} (the
 * entry point erlc itself uses); {@code erlc} compiles each source alone, as a build would.
 */
class CompilerOnJbeamjitTest {
  /** Corpus programs, one or more per area the compiler treats specially. */
  private static final List<String> CORPUS = List.of(
      "bits/bits_binary_module", "bits/bits_match_sizes", "bits/bits_unaligned",
      "maps/maps_syntax", "maps/maps_large_int_keys",
      "records/records_large", "records/records_defaults",
      "exceptions/exc_try", "exceptions/exc_nested",
      "funs/funs_closures", "funs/funs_nested_scopes",
      "guards/guards_type_tests", "guards/guards_records_maps",
      "lc/lc_patterns",
      "arith/arith_floats", "numtext/numtext_floats", "arith/arith_bignum",
      "strings/strings_unicode", "strings/strings_binaries", "unicode/unicode_conversions",
      "clauses/clauses_big_dispatch", "clauses/clauses_receive", "match/match_strings_lists",
      "opcodes/opcodes_bs_match_context", "opcodes/opcodes_many_registers", "tuples/tuples_big",
      "compare/compare_term_order",
      "ets/ets_fun2ms", // the ms_transform parse transform
      "ets/ets_qlc"); // the qlc parse transform

  /** Installed OTP sources, compiled with the include directories their build uses. */
  private static final List<String> OTP = List.of("lists", "maps", "string", "gen_server", "erl_scan");

  /**
   * Sources for which erlc's own output is not a function of the source: it changes with the
   * atoms the compiling VM made before (compiling another file first in the same erlc run is
   * enough), so no other VM can be expected to reproduce it byte for byte. OTP 25 orders a map
   * of more than 32 keys by a hash of each key's machine word, and an atom's word is its index in
   * that VM's atom table; the compiler folds over such maps keyed by {@code #b_var{}} tuples
   * (beam_ssa_opt's float_flush_regs, the order of float:get instructions, then the float
   * register allocation).
   */
  private static final Set<String> ATOM_TABLE_DEPENDENT = Set.of("bm_nbody.erl");

  /** Chunks atom-table order cannot reach: all but the code and what is derived from its MD5. */
  private static final Set<String> CODE_DERIVED_CHUNKS = Set.of("Code", "FunT", "Attr");

  private static final String WITH_ERRORS = """
      -module(with_errors).
      -export([f/1, g/0]).
      -record(r, {a, b = 2}).

      f(X) ->
          Y = 1,
          case X of
              a -> undefined_fun(X);
              "héllo" -> #r{c = 1}
          end.

      g() -> <<1.5:8/float>>.
      'tête'() -> ok.
      """;

  private static final String WITH_WARNINGS = """
      -module(with_warnings).
      -export([f/1]).
      -record(r, {a, b = 2}).

      f(X) ->
          Y = 1,
          Z = X + 1,
          case X of
              0 -> ok;
              _ -> 1/0
          end,
          [atom_to_list(A) || A <- [1, 2]],
          <<"ü"/utf8, 300:8>>.

      'tête'(Q) -> Q.
      """;

  private static final Pattern END = Pattern.compile("%%% compile_driver end (\\w+) (\\d+) \\d+\n");
  private static final String BEGIN = "%%% compile_driver begin\n";

  @TempDir static Path dir;
  private static List<Source> sources;
  private static Map<Source, Compilation> byErlc;
  private static final Map<String, Map<Source, Compilation>> byJbeamjit = new LinkedHashMap<>();
  /** An engine whose node failed: its other tests report that failure instead of running the node again. */
  private static final Map<String, Throwable> failedOn = new HashMap<>();

  /** One .erl file and the include directories erlc gets for it. */
  private record Source(int id, Path file, List<Path> includes) {
    String name() {
      return file.getFileName().toString();
    }

    String module() {
      return name().substring(0, name().length() - ".erl".length());
    }

    /** erlc's arguments for compiling this into {@code out}. */
    List<String> erlcArguments(Path out) {
      List<String> args = new ArrayList<>(List.of("+deterministic"));
      for (Path i : includes) {
        args.addAll(List.of("-I", i.toString()));
      }
      args.addAll(List.of("-o", out.toString(), file.toString()));
      return args;
    }
  }

  /** What one compilation gave: erlc's status, its messages, and the .beam (null if none). */
  private record Compilation(String status, String messages, byte[] beam, long millis) {}

  @BeforeAll
  static void compileWithErlc() throws Exception {
    Files.writeString(dir.resolve("with_errors.erl"), WITH_ERRORS);
    Files.writeString(dir.resolve("with_warnings.erl"), WITH_WARNINGS);
    sources = sources();
    Path erlcOut = Files.createDirectory(dir.resolve("erlc"));
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      Map<Source, Future<Compilation>> pending = new LinkedHashMap<>();
      for (Source s : sources) {
        Path out = Files.createDirectory(erlcOut.resolve(Integer.toString(s.id())));
        pending.put(s, pool.submit(() -> erlc(s, out)));
      }
      byErlc = new LinkedHashMap<>();
      for (var e : pending.entrySet()) {
        byErlc.put(e.getKey(), e.getValue().get(10, TimeUnit.MINUTES));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static List<Source> sources() throws IOException {
    Path repo = Path.of("..").toAbsolutePath().normalize();
    Path otpLib = CodePath.installedOtpRoot().orElseThrow().resolve("lib");
    Path stdlib = libDir(otpLib, "stdlib-");
    List<Path> otpIncludes = List.of(stdlib.resolve("include"), libDir(otpLib, "kernel-").resolve("include"));
    List<Source> out = new ArrayList<>();
    for (String c : CORPUS) {
      out.add(new Source(out.size(), repo.resolve("corpus/" + c + ".erl"), List.of()));
    }
    for (Path p : erlFiles(repo.resolve("samples"))) {
      out.add(new Source(out.size(), p, List.of()));
    }
    for (Path p : erlFiles(repo.resolve("benchmarks/src/main/erlang"))) {
      out.add(new Source(out.size(), p, List.of()));
    }
    for (String m : OTP) {
      out.add(new Source(out.size(), stdlib.resolve("src/" + m + ".erl"), otpIncludes));
    }
    out.add(new Source(out.size(), dir.resolve("with_errors.erl"), List.of()));
    out.add(new Source(out.size(), dir.resolve("with_warnings.erl"), List.of()));
    return out;
  }

  private static Path libDir(Path otpLib, String prefix) throws IOException {
    try (Stream<Path> s = Files.list(otpLib)) {
      return s.filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
    }
  }

  private static List<Path> erlFiles(Path root) throws IOException {
    try (Stream<Path> s = Files.walk(root)) {
      return s.filter(p -> p.toString().endsWith(".erl") && !p.toString().contains("/target/")).sorted().toList();
    }
  }

  /** {@code erlc} on one source, in this JVM's working directory (file names in messages are relative to it). */
  private static Compilation erlc(Source s, Path out) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>(List.of("erlc"));
    cmd.addAll(s.erlcArguments(out));
    long start = System.nanoTime();
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    p.getOutputStream().close();
    String messages = new String(p.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
    if (!p.waitFor(5, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      throw new IllegalStateException("erlc timed out on " + s.file());
    }
    long millis = (System.nanoTime() - start) / 1_000_000;
    String status = switch (p.exitValue()) {
      case 0 -> "ok";
      case 1 -> "error";
      default -> "crash";
    };
    return new Compilation(status, messages, beam(out, s), millis);
  }

  private static byte[] beam(Path out, Source s) throws IOException {
    Path beam = out.resolve(s.module() + ".beam");
    return Files.exists(beam) ? Files.readAllBytes(beam) : null;
  }

  /** What every source gave on {@code engine}: compiled on one node, the first time it is asked for. */
  private static synchronized Map<Source, Compilation> onJbeamjit(Engine engine) throws Throwable {
    Throwable failed = failedOn.get(engine.name());
    if (failed != null) {
      throw new AssertionError("the " + engine.name() + " node failed", failed);
    }
    Map<Source, Compilation> done = byJbeamjit.get(engine.name());
    if (done == null) {
      try {
        done = compileAll(engine);
      } catch (Throwable t) {
        failedOn.put(engine.name(), t);
        throw t;
      }
      byJbeamjit.put(engine.name(), done);
    }
    return done;
  }

  /** Compiles every source on one node of {@code engine} and splits its output by job. */
  private static Map<Source, Compilation> compileAll(Engine engine) throws Exception {
    Path driverDir = Files.createDirectories(dir.resolve("driver"));
    org.jbeamjit.testing.Erl.erlc(Path.of("src/test/erlang/compile_driver.erl").toAbsolutePath(), driverDir);
    Path outRoot = Files.createDirectory(dir.resolve(engine.name()));
    List<Object> args = new ArrayList<>();
    for (Source s : sources) {
      Path out = Files.createDirectory(outRoot.resolve(Integer.toString(s.id())));
      for (String a : s.erlcArguments(out)) {
        args.add(ErlStrings.of(a));
      }
      args.add(ErlStrings.of("-next-"));
    }
    String output = runDriver(engine, driverDir, args);
    List<String> jobs = splitJobs(output);
    assertEquals(sources.size(), jobs.size(), "jobs finished on " + engine.name() + "; output:\n" + output);
    Map<Source, Compilation> done = new LinkedHashMap<>();
    for (Source s : sources) {
      String job = jobs.get(s.id());
      Matcher end = END.matcher(job);
      assertTrue(end.find(), job);
      done.put(s, new Compilation(end.group(1), job.substring(0, end.start()),
          beam(outRoot.resolve(Integer.toString(s.id())), s), Long.parseLong(end.group(2))));
    }
    return done;
  }

  private static String runDriver(Engine engine, Path driverDir, List<Object> args) throws Exception {
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    PrintStream original = System.out;
    ExecutorService worker = Executors.newSingleThreadExecutor();
    System.setOut(new PrintStream(captured, true));
    try {
      CodePath path = CodePath.of(List.of(), List.of(driverDir), CodePath.installedOtpRoot(), List.of());
      Future<Integer> status = worker.submit(() -> Vm.run(engine, path, List.of(new BootStep.Call(
          Atom.of("compile_driver"), Atom.of("main"), List.of(Cons.fromList(args)))), Vm.Ending.AFTER_BOOT));
      assertEquals(0, status.get(10, TimeUnit.MINUTES), () -> captured.toString(StandardCharsets.ISO_8859_1));
    } finally {
      System.out.flush();
      System.setOut(original);
      worker.shutdownNow();
    }
    return captured.toString(StandardCharsets.ISO_8859_1);
  }

  /** The text of each job, from after its begin marker to the end of its end marker. */
  private static List<String> splitJobs(String output) {
    List<String> jobs = new ArrayList<>();
    int at = output.indexOf(BEGIN);
    while (at >= 0) {
      int next = output.indexOf(BEGIN, at + BEGIN.length());
      jobs.add(output.substring(at + BEGIN.length(), next < 0 ? output.length() : next));
      at = next;
    }
    return jobs;
  }

  /** How long each engine took, against erlc (one erlc process per file, VM start included). */
  @AfterAll
  static void reportTimes() {
    if (byErlc == null) {
      return;
    }
    StringBuilder report = new StringBuilder("compile times (ms): erlc (own VM each)");
    for (String engine : byJbeamjit.keySet()) {
      report.append(", ").append(engine);
    }
    for (Source s : sources) {
      report.append("\n  ").append(s.name()).append(": ").append(byErlc.get(s).millis());
      for (var e : byJbeamjit.values()) {
        report.append(", ").append(e.get(s).millis());
      }
    }
    System.err.println(report);
  }

  @TestFactory
  Stream<DynamicTest> jit() {
    return tests(JitEngine.INSTANCE);
  }

  @TestFactory
  Stream<DynamicTest> interpreter() {
    return tests(InterpreterEngine.INSTANCE);
  }

  private Stream<DynamicTest> tests(Engine engine) {
    return sources.stream().map(s -> DynamicTest.dynamicTest(s.name() + " (" + engine.name() + ")", () -> {
      Compilation expected = byErlc.get(s);
      assertEquals(s.name().equals("with_errors.erl") ? "error" : "ok", expected.status(),
          s.file() + ": erlc's result (the test's own set-up); messages:\n" + expected.messages());
      Compilation actual = onJbeamjit(engine).get(s);
      assertEquals(expected.status(), actual.status(), s.file() + ": compile result; messages:\n" + actual.messages());
      assertEquals(expected.messages(), actual.messages(), s.file() + ": messages");
      if (expected.beam() == null || actual.beam() == null) {
        assertEquals(expected.beam() == null, actual.beam() == null, s.file() + ": a .beam written");
        return;
      }
      List<String> differing = differingChunks(expected.beam(), actual.beam());
      if (ATOM_TABLE_DEPENDENT.contains(s.name())) {
        assertTrue(CODE_DERIVED_CHUNKS.containsAll(differing), s.file() + ": chunks differ " + differing);
      } else if (!Arrays.equals(expected.beam(), actual.beam())) {
        fail(s.file() + ": .beam differs from erlc's in chunks " + differing);
      }
    }));
  }

  /** What makes {@link #ATOM_TABLE_DEPENDENT} sources exempt: erlc itself disagrees with itself on them. */
  @Test
  void erlcOutputOfAtomTableDependentSourcesDependsOnWhatWasCompiledBefore() throws Exception {
    Path other = dir.resolve("with_warnings.erl");
    for (Source s : sources) {
      if (ATOM_TABLE_DEPENDENT.contains(s.name())) {
        Path out = Files.createTempDirectory(dir, "after");
        Process p = new ProcessBuilder("erlc", "+deterministic", "-o", out.toString(), other.toString(),
            s.file().toString()).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        assertEquals(0, p.waitFor());
        assertFalse(Arrays.equals(byErlc.get(s).beam(), beam(out, s)), s.file() + ": erlc gave the same bytes");
      }
    }
  }

  /** The ids of the chunks whose contents differ, or that only one of the files has. */
  private static List<String> differingChunks(byte[] a, byte[] b) {
    Map<String, ByteBuffer> ca = chunks(a);
    Map<String, ByteBuffer> cb = chunks(b);
    List<String> out = new ArrayList<>();
    for (String id : ca.keySet()) {
      if (!ca.get(id).equals(cb.get(id))) {
        out.add(id);
      }
    }
    for (String id : cb.keySet()) {
      if (!ca.containsKey(id)) {
        out.add(id);
      }
    }
    return out;
  }

  /** A .beam's IFF chunks by id: after "FOR1", the length and "BEAM", each is id, length, data padded to 4. */
  private static Map<String, ByteBuffer> chunks(byte[] beam) {
    ByteBuffer in = ByteBuffer.wrap(beam);
    in.position(12);
    Map<String, ByteBuffer> out = new LinkedHashMap<>();
    while (in.remaining() >= 8) {
      byte[] id = new byte[4];
      in.get(id);
      int size = in.getInt();
      out.put(new String(id, StandardCharsets.ISO_8859_1), ByteBuffer.wrap(beam, in.position(), size).slice());
      in.position(Math.min(beam.length, in.position() + ((size + 3) & ~3)));
    }
    return out;
  }
}
