package org.jbeamjit.benchmarks.compare;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A VM the runner times. Both erl and jbeamjit take erl's flags ({@code -noshell -pa DIR -run M
 * F Args}), so they run the same compiled workloads with the same command line.
 *
 * @param mode jbeamjit's {@code --mode} (jit or interp); {@code null} for erl
 */
record Contender(String name, List<String> launch, String mode) {
  /**
   * The JVM flags the {@code ./jbeamjit} script starts the launcher with (a test checks the script
   * still says so). The runner starts the jar itself so that the script cannot rebuild it in the
   * middle of a session.
   */
  static final List<String> JBEAMJIT_JVM_FLAGS = List.of("-XX:+UseParallelGC", "-XX:CompileThresholdScaling=2");

  static Contender erl() {
    return new Contender("erl", List.of("erl"), null);
  }

  /** jbeamjit from its launcher jar, in {@code mode}, on this runner's own JDK. */
  static Contender jbeamjit(Path jar, String mode) {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.addAll(JBEAMJIT_JVM_FLAGS);
    cmd.addAll(List.of("-jar", jar.toString()));
    return new Contender(mode.equals("jit") ? "jbeamjit" : "jbeamjit " + mode, List.copyOf(cmd), mode);
  }

  boolean isErl() {
    return mode == null;
  }

  /** The command that calls {@code M:F(Args)} (strings, as {@code -run} passes them) with code from {@code codeDir}. */
  List<String> run(Path codeDir, String module, String function, String... args) {
    List<String> cmd = new ArrayList<>(launch);
    if (!isErl()) {
      cmd.addAll(List.of("--mode", mode));
    }
    cmd.addAll(List.of("-noshell", "-pa", codeDir.toString(), "-run", module, function));
    cmd.addAll(List.of(args));
    return cmd;
  }

  /** The command that runs {@code hello:main(["you"])} as a script: {@code jbeamjit run}, or erl's nearest. */
  List<String> helloWorld(Path helloBeam) {
    List<String> cmd = new ArrayList<>(launch);
    if (isErl()) {
      cmd.addAll(List.of("-noshell", "-pa", helloBeam.getParent().toString(), "-run", "hello", "main", "you", "-s",
          "erlang", "halt"));
    } else {
      cmd.addAll(List.of("run", "--mode", mode, helloBeam.toString(), "you"));
    }
    return cmd;
  }

  /** The command that boots OTP and halts at once: {@code erl -noshell -eval 'halt().'} on either VM. */
  List<String> bootAndHalt() {
    List<String> cmd = new ArrayList<>(launch);
    if (!isErl()) {
      cmd.addAll(List.of("--mode", mode));
    }
    cmd.addAll(List.of("-noshell", "-eval", "halt()."));
    return cmd;
  }

  /** {@link #bootAndHalt} as the report shows it. */
  String bootAndHaltText() {
    return (isErl() ? "erl" : mode.equals("jit") ? "jbeamjit" : "jbeamjit --mode " + mode) + " -noshell -eval 'halt().'";
  }

  /** {@link #helloWorld} as the report shows it. */
  String helloWorldText() {
    return isErl() ? "erl -noshell -run hello main you -s erlang halt"
        : "jbeamjit run" + (mode.equals("jit") ? "" : " --mode " + mode) + " hello.beam you";
  }
}
