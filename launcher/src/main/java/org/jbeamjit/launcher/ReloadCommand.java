package org.jbeamjit.launcher;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.jbeamjit.frontend.beam.AtomChunkReader;
import org.jbeamjit.frontend.beam.BeamFile;
import org.jbeamjit.hotswap.ReloadClient;
import org.jbeamjit.hotswap.ReloadEndpoint;
import org.jbeamjit.hotswap.ReloadReply;
import org.jbeamjit.hotswap.ReloadRequest;
import org.jbeamjit.hotswap.ReloadSockets;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code jbeamjit reload [--purge] MODULE|FILE.erl|FILE.beam...}: loads new versions of modules
 * into a running node of this user, through the node's Unix domain socket (see
 * docs/HOTSWAP.md). A {@code .erl} is compiled with {@code erlc} here; a bare module name is
 * reloaded from the node's own code path.
 */
@Command(
    name = "reload",
    mixinStandardHelpOptions = true,
    description = "Load new versions of modules into a running jbeamjit node of this user (`jbeamjit run`,"
        + " or started with erl's command line): prints each module's old and new version (vsn, MD5) and how many processes"
        + " still run the old one. A .erl is compiled with erlc first; a MODULE name is reloaded from the"
        + " node's code path. Exits 0 when every module loaded.")
final class ReloadCommand implements Callable<Integer> {
  /** Setting this environment variable to {@code off} keeps a node from listening. */
  static final String SWITCH = "JBEAMJIT_RELOAD";

  @Spec CommandSpec spec;

  @Option(names = "--purge", description = "purge the old versions, killing the processes that still run them")
  boolean purge;

  @Option(names = "--node", paramLabel = "PID", description = "the node's JVM process id, when several run")
  Long node;

  @Parameters(arity = "1..*", paramLabel = "MODULE|FILE", description = "a module name, or a .erl or .beam file")
  List<String> targets;

  /** Makes a node started with these arguments ({@code run}, or erl's command line) listen for reloads, unless switched off. */
  static void listenIfNode(String[] args) {
    boolean node = args.length > 0 && args[0].equals("run") || ErlCommandLine.isErlStyle(args);
    if (!node || "off".equals(System.getenv(SWITCH))) {
      return;
    }
    try {
      ReloadEndpoint.start();
    } catch (IOException | RuntimeException e) {
      System.err.println("jbeamjit: not listening for reloads: " + e.getMessage());
    }
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<ReloadRequest.Module> modules = new ArrayList<>();
    for (String t : targets) {
      try {
        modules.add(module(t));
      } catch (IOException | RuntimeException e) {
        err.println("jbeamjit reload: " + t + ": " + e.getMessage());
        err.flush();
        return 2;
      }
    }
    ReloadReply reply;
    try {
      reply = ReloadClient.send(socket(), new ReloadRequest(purge, modules));
    } catch (IOException e) {
      err.println("jbeamjit reload: " + e.getMessage());
      err.flush();
      return 2;
    }
    reply.lines().forEach(out::println);
    out.flush();
    return reply.loaded() ? 0 : 1;
  }

  private static ReloadRequest.Module module(String target) throws IOException {
    boolean isFile = target.endsWith(".erl") || target.endsWith(".beam") || target.contains("/");
    if (!isFile) {
      return ReloadRequest.Module.onNodePath(target);
    }
    Path file = Path.of(target).toAbsolutePath();
    if (!Files.isRegularFile(file)) {
      throw new IOException("no such file");
    }
    Path beam = Erlc.beamFor(file);
    byte[] bytes = Files.readAllBytes(beam);
    // Only the name is read here: the node's loader judges the code and answers why it refuses it.
    String name = AtomChunkReader.read(BeamFile.parse(bytes, beam.toString())).get(0).name();
    return new ReloadRequest.Module(name, beam.toString(), bytes);
  }

  /** The socket of the node to reload: the one asked for, or the only one running. */
  private Path socket() throws IOException {
    if (node != null) {
      return ReloadSockets.socketOf(node);
    }
    List<Path> running = ReloadSockets.running();
    if (running.isEmpty()) {
      throw new IOException("no running jbeamjit node of this user listens for reloads (in "
          + ReloadSockets.directory() + ")");
    }
    if (running.size() > 1) {
      List<String> pids = new ArrayList<>();
      for (Path p : running) {
        String n = p.getFileName().toString();
        pids.add(n.substring(0, n.indexOf('.')));
      }
      throw new IOException("several nodes run (JVM pids " + String.join(", ", pids) + "): choose one with --node PID");
    }
    return running.get(0);
  }
}
