package org.jbeamjit.hotswap;

import java.nio.file.Path;
import org.jbeamjit.codegen.load.CodeServer;
import org.jbeamjit.codegen.load.ModuleTable;
import org.jbeamjit.codegen.ops.ErlStrings;
import org.jbeamjit.runtime.code.BundledModule;
import org.jbeamjit.runtime.code.ExportTable;
import org.jbeamjit.runtime.code.FunctionCode;
import org.jbeamjit.runtime.process.ErlProcess;
import org.jbeamjit.runtime.process.RegisteredNames;
import org.jbeamjit.runtime.process.Signals;
import org.jbeamjit.runtime.process.Spawner;
import org.jbeamjit.runtime.term.Atom;
import org.jbeamjit.runtime.term.Pid;

/**
 * Sets a node up for loading and purging code as OTP does: the node's code server
 * ({@code jbeamjit_code_server}, Erlang) and OTP's own {@code erts_code_purger} run as registered
 * processes, the loading functions of {@code code} ({@code load_file}, {@code ensure_loaded},
 * {@code load_binary}, {@code delete}, {@code purge}, {@code soft_purge},
 * {@code get_object_code}) go to the code server, and calls to a module with an
 * {@code -on_load} function wait for it to run. See docs/HOTSWAP.md.
 */
public final class HotSwap {
  static final Atom CODE_SERVER = Atom.of("jbeamjit_code_server");
  private static final Atom CODE_PURGER = Atom.of("erts_code_purger");
  private static final Atom CODE = Atom.of("code");
  private static final String RESOURCE = "jbeamjit_code_server.beam";

  private static Path modulesDirectory;

  private HotSwap() {}

  /**
   * Starts the code server and the purger (unless they run, from an earlier node in this JVM) with
   * {@code groupLeader} for their reports, and binds the code functions. The code server must be
   * installed ({@link CodeServer#install}) and the schedulers running.
   */
  public static synchronized void start(Pid groupLeader) {
    CodeServer server = CodeServer.current();
    if (server == null) {
      throw new IllegalStateException("no code server installed");
    }
    server.addPathFirst(modulesDirectory());
    provide("load_file", 1);
    provide("ensure_loaded", 1);
    provide("load_binary", 3);
    provide("delete", 1);
    provide("purge", 1);
    provide("soft_purge", 1);
    provide("get_object_code", 1);
    CodeServer.setDeferredLoader(forward(Atom.of("undefined_function"), 3));
    CodeServer.setReporter((p, text) -> Spawner.spawnRoot(CODE_SERVER, Atom.of("report_text"),
        new Object[] {Atom.of("error"), ErlStrings.of(text)}, p.groupLeader()));
    startRegistered(CODE_PURGER, Atom.of("start"), groupLeader);
    startRegistered(CODE_SERVER, Atom.of("init"), groupLeader);
  }

  /** Binds {@code code:Function/Arity} to the code server's function of that name. */
  private static void provide(String function, int arity) {
    Atom f = Atom.of(function);
    CodeServer.provide(CODE, f, arity, forward(f, arity));
  }

  /** A function that tail-calls {@code jbeamjit_code_server:Function/Arity}. */
  private static FunctionCode forward(Atom function, int arity) {
    return new FunctionCode() {
      @Override
      public Object invoke(ErlProcess p, int depth, Object[] args) {
        return ExportTable.entry(CODE_SERVER, function, arity).invoke(p, depth, args);
      }

      @Override
      public int arity() {
        return arity;
      }

      @Override
      public String toString() {
        return "code:" + function + "/" + arity;
      }
    };
  }

  /**
   * Starts {@code Name:Start()}, which registers itself as {@code Name}, and waits until it has.
   * A process left from an earlier node whose module has since been unloaded (a test changed
   * engine) is replaced: it would run code the node no longer knows.
   */
  private static void startRegistered(Atom name, Atom start, Pid groupLeader) {
    ErlProcess running = RegisteredNames.whereis(name);
    if (running != null && running.isAlive()) {
      if (ModuleTable.current(name) != null) {
        return;
      }
      stop(running);
    }
    Spawner.spawnRoot(name, start, new Object[0], groupLeader);
    long deadline = System.nanoTime() + 10_000_000_000L;
    while (RegisteredNames.whereis(name) == null) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException(name + " did not start");
      }
      Thread.onSpinWait();
      try {
        Thread.sleep(1);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }

  private static void stop(ErlProcess p) {
    ErlProcess killer = Spawner.spawnRoot(new FunctionCode() {
      @Override
      public Object invoke(ErlProcess self, int depth, Object[] args) {
        return Signals.exit(self, p.pid(), Atom.of("kill"));
      }

      @Override
      public int arity() {
        return 0;
      }
    }, new Object[0], null);
    try {
      killer.exitFuture().get();
      p.exitFuture().get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (java.util.concurrent.ExecutionException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The directory that holds {@code jbeamjit_code_server.beam}, for the code path: the build's
   * class directory, or a temporary copy when running from a jar.
   */
  public static synchronized Path modulesDirectory() {
    if (modulesDirectory == null) {
      modulesDirectory = BundledModule.directory(HotSwap.class, RESOURCE);
    }
    return modulesDirectory;
  }
}
