package org.jbeamjit.hotswap;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ref.WeakReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jbeamjit.codegen.jit.JitEngine;
import org.jbeamjit.codegen.load.CodePath;
import org.jbeamjit.codegen.load.CodeServer;
import org.jbeamjit.codegen.load.CompiledFunction;
import org.jbeamjit.codegen.load.Engine;
import org.jbeamjit.codegen.load.LoadedModule;
import org.jbeamjit.runtime.io.StandardIo;
import org.jbeamjit.runtime.term.Pid;
import org.jbeamjit.scheduler.Schedulers;
import org.jbeamjit.testing.Erl;

/**
 * A node in this JVM for the hot-swap tests, set up as the launcher sets one up (code server,
 * schedulers, io servers, {@link HotSwap#start}), whose engine compiles the modules a test names
 * eagerly with the JIT and remembers each version's hidden class, weakly, so that a test can see
 * which versions' classes the JVM still holds. Other modules run tiered, as in {@code jbeamjit run}.
 */
final class TestNode {
  private static TestNode instance;

  final Path dir;
  final Pid groupLeader;
  private final Set<String> watched = java.util.concurrent.ConcurrentHashMap.newKeySet();
  /** The hidden class of every version of a watched module, in load order. */
  final List<WeakReference<Class<?>>> classes = new CopyOnWriteArrayList<>();

  private TestNode(Path dir) {
    this.dir = dir;
    Engine engine = new Engine() {
      @Override
      public String name() {
        return "jit";
      }

      @Override
      public CompiledFunction[] compile(LoadedModule module) {
        if (!watched.contains(module.name().name())) {
          return JitEngine.BACKGROUND.compile(module);
        }
        JitEngine.Report r = JitEngine.compileWithReport(module);
        classes.add(new WeakReference<>(r.hiddenClass()));
        return r.functions();
      }
    };
    List<Path> dirs = new ArrayList<>(List.of(dir));
    dirs.add(StandardIo.modulesDirectory());
    CodeServer.install(CodePath.of(List.of(), dirs, CodePath.installedOtpRoot(), List.of()), engine);
    Schedulers.start(Schedulers.defaultCount());
    groupLeader = StandardIo.start();
    HotSwap.start(groupLeader);
  }

  /** The JVM's test node, made on first use. */
  static synchronized TestNode get() {
    if (instance == null) {
      try {
        instance = new TestNode(Files.createTempDirectory("jbeamjit-hotswap-test"));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return instance;
  }

  /** Makes the engine compile {@code module}'s versions eagerly and record their classes. */
  void watch(String module) {
    watched.add(module);
  }

  /** Compiles {@code source} (its module named by its {@code -module} line) into {@code subdir} of the node's directory, or the directory itself. */
  Path compile(String subdir, String module, String source) {
    try {
      Path d = subdir.isEmpty() ? dir : Files.createDirectories(dir.resolve(subdir));
      Path src = d.resolve(module + ".erl");
      Files.writeString(src, source);
      Erl.erlc(src, d);
      return d.resolve(module + ".beam");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * How many of these recorded classes the JVM still holds once garbage is collected: collects
   * until at most {@code expected} remain, or gives up after a second.
   */
  static int liveClasses(List<WeakReference<Class<?>>> recorded, int expected) throws InterruptedException {
    int alive = 0;
    for (int round = 0; round < 50; round++) {
      System.gc();
      alive = 0;
      for (WeakReference<Class<?>> c : recorded) {
        if (c.get() != null) {
          alive++;
        }
      }
      if (alive <= expected) {
        break;
      }
      Thread.sleep(20);
    }
    return alive;
  }

  /** Runs {@code module:function(args)} in a new process and returns what it returns (or throws if it fails). */
  static Object call(String module, String function, Object... args) throws Exception {
    org.jbeamjit.runtime.process.ErlProcess p = org.jbeamjit.runtime.process.Spawner.spawnRoot(
        org.jbeamjit.runtime.term.Atom.of(module), org.jbeamjit.runtime.term.Atom.of(function), args,
        instance.groupLeader);
    Object reason = p.exitFuture().get(120, java.util.concurrent.TimeUnit.SECONDS);
    if (reason != org.jbeamjit.runtime.term.Atom.of("normal")) {
      throw new AssertionError(module + ":" + function + " exited with " + org.jbeamjit.runtime.term.TermPrinter.write(reason));
    }
    return p.result();
  }
}
