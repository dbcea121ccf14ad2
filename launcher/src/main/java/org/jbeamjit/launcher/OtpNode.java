package org.jbeamjit.launcher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.stream.Stream;
import org.jbeamjit.codegen.load.CodePath;
import org.jbeamjit.codegen.load.CodeServer;
import org.jbeamjit.codegen.load.Engine;
import org.jbeamjit.codegen.ops.Halt;
import org.jbeamjit.runtime.process.CrashReport;
import org.jbeamjit.runtime.process.ErlProcess;
import org.jbeamjit.runtime.process.Spawner;
import org.jbeamjit.runtime.process.SystemProcesses;
import org.jbeamjit.runtime.term.Atom;
import org.jbeamjit.runtime.term.BitString;
import org.jbeamjit.runtime.term.Cons;
import org.jbeamjit.scheduler.Schedulers;

/**
 * A node that boots OTP as BEAM does: the VM loads the preloaded modules of the installed OTP's
 * {@code erts} application, then its first process runs {@code erl_init:start(init, BootArgs)},
 * and from there everything is OTP's own code: {@code init} reads the boot script, starts the code
 * server, kernel and stdlib, then makes the {@code -s}, {@code -run} and {@code -eval} calls. The
 * node lives until something halts it ({@code erlang:halt}, which {@code init:stop} ends with).
 * See docs/BOOT.md.
 */
final class OtpNode {
  private static final Atom ERL_INIT = Atom.of("erl_init");
  private static final Atom INIT = Atom.of("init");

  private OtpNode() {}

  /**
   * The processes BEAM starts beside the first one, each running a preloaded module's
   * {@code start/0}: the code purger (registered as {@code erts_code_purger}), the literal area
   * collector and the three dirty process signal handlers (one per priority). They are system
   * processes: {@code init:stop} leaves them.
   */
  private static void startSystemProcesses(ErlProcess init) {
    List<String> modules = List.of("erts_code_purger", "erts_literal_area_collector", "erts_dirty_process_signal_handler",
        "erts_dirty_process_signal_handler", "erts_dirty_process_signal_handler");
    for (String m : modules) {
      ErlProcess p = Spawner.spawnRoot(Atom.of(m), Atom.of("start"), new Object[0], init.pid());
      SystemProcesses.add(p.pid());
    }
  }

  /** The installed OTP's {@code lib/erts-*} directory: the preloaded modules are in its {@code ebin}. */
  static Path ertsLib(Path root) throws IOException {
    try (Stream<Path> libs = Files.list(root.resolve("lib"))) {
      return libs.filter(d -> d.getFileName().toString().startsWith("erts-") && Files.isDirectory(d.resolve("ebin")))
          .max(Path::compareTo)
          .orElseThrow(() -> new IOException("no erts application under " + root.resolve("lib")));
    }
  }

  /**
   * Boots OTP under {@code root} with {@code engine}, handing {@code bootArgs} to {@code init}
   * (what BEAM's {@code erl_start} hands it: the command line after the emulator's flags), and
   * returns the node's exit status.
   */
  static int run(Engine engine, Path root, List<String> bootArgs) throws IOException, InterruptedException {
    CodeServer code = CodeServer.install(new CodePath(List.of()), engine, CodeServer.Loading.ERROR_HANDLER);
    code.preload(ertsLib(root).resolve("ebin"));
    SystemLoggerReports reports = new SystemLoggerReports();
    CrashReport.install(reports);
    // The loader's reports (a bad .beam, as `jbeamjit reload` may bring) go to the logger too, as BEAM's do.
    CodeServer.setReporter((p, text) -> reports.reportText(text));
    Schedulers schedulers = Schedulers.start(Schedulers.defaultCount());
    CompletableFuture<Integer> halted = new CompletableFuture<>();
    schedulers.onUncaught((p, t) -> {
      if (t instanceof Halt h) {
        if (h.slogan != null && !halted.isDone()) {
          CrashDump.write(h.slogan);
        }
        halted.complete(h.status);
      } else {
        p.abort(t);
      }
    });
    List<Object> args = new ArrayList<>();
    for (String a : bootArgs) {
      args.add(BitString.wrap(a.getBytes(StandardCharsets.UTF_8)));
    }
    ErlProcess first = Spawner.spawnRoot(ERL_INIT, Atom.of("start"), new Object[] {INIT, Cons.fromList(args)}, null);
    startSystemProcesses(first);
    try {
      CompletableFuture.anyOf(halted, first.exitFuture()).get();
      if (halted.isDone()) {
        return halted.get();
      }
      // init never returns: it ended only if it crashed before it could halt the node.
      System.err.println("jbeamjit: init exited: " + first.exitFuture().get());
      return 1;
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    } finally {
      System.out.flush();
      System.err.flush();
    }
  }
}
