package org.jbeamjit.codegen.jit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jbeamjit.testing.Erl;
import org.junit.jupiter.api.Test;

/**
 * The JVM's own JIT compilers accept the generated methods. The JVM verifier is not enough:
 * HotSpot can refuse to compile a method it verified (for example one whose exception handler is
 * also reached by a jump, or one that loads a dynamic constant not yet resolved), and such a
 * method runs in the bytecode interpreter forever, ten times slower. Each compiler gets a child
 * JVM that compiles every method on first call ({@code -Xcomp}) and reports each refusal.
 */
class HotSpotCompilesGeneratedCodeTest {
  /** A spread of OTP: list and map code, big parsers, binaries, processes, floats. */
  private static final List<String> MODULES = List.of("lists", "maps", "string", "io_lib_format", "erl_scan",
      "erl_parse", "gen_server", "unicode", "base64", "calendar", "sets", "math", "binary", "ets", "uri_string");

  @Test
  void c1AcceptsEveryGeneratedMethod() throws Exception {
    check("-XX:TieredStopAtLevel=1");
  }

  @Test
  void c2AcceptsEveryGeneratedMethod() throws Exception {
    check("-XX:-TieredCompilation");
  }

  private static void check(String compilerFlag) throws IOException, InterruptedException {
    List<String> files = new ArrayList<>();
    for (Path p : Erl.installedBeamFiles()) {
      String name = p.getFileName().toString();
      if (MODULES.contains(name.substring(0, name.length() - ".beam".length()))) {
        files.add(p.toString());
      }
    }
    assertEquals(MODULES.size(), files.size(), "modules found: " + files);
    List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xcomp", compilerFlag, "-XX:+PrintCompilation", "-cp", System.getProperty("java.class.path"), CompileProbe.class.getName()));
    cmd.addAll(files);
    Process child = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    child.getOutputStream().close();
    String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(child.waitFor(600, TimeUnit.SECONDS));
    // On failure, show what is not a PrintCompilation line: the child's own error.
    assertEquals(0, child.exitValue(), String.join("\n", out.lines()
        .filter(l -> !l.matches("\\s*\\d+\\s+\\d+ .*")).limit(60).toList()));
    // The class initializer runs once, at definition, before its constants exist: never compiled.
    List<String> skipped = out.lines()
        .filter(l -> l.contains("COMPILE SKIPPED") && l.contains("jit.Erl$") && !l.contains("::<clinit>")).toList();
    long compiled = out.lines().filter(l -> l.contains("org.jbeamjit.codegen.jit.Erl$")).count();
    System.out.println(compilerFlag + ": " + compiled + " compilations of generated methods, " + skipped.size()
        + " refused; " + out.lines().filter(l -> l.startsWith("probe calls")).findFirst().orElse("no probe line"));
    skipped.stream().limit(20).forEach(System.out::println);
    assertTrue(compiled > 1000, "the probe compiled generated methods: " + compiled);
    assertEquals(List.of(), skipped);
  }
}
