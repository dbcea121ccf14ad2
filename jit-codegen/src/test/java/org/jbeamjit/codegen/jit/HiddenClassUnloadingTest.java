package org.jbeamjit.codegen.jit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.lang.ref.WeakReference;
import org.jbeamjit.codegen.load.CompiledFunction;
import org.jbeamjit.codegen.load.Engine;
import org.jbeamjit.codegen.load.LoadedModule;
import org.jbeamjit.codegen.load.ModuleLoader;
import org.jbeamjit.codegen.testing.Runs;
import org.jbeamjit.codegen.testing.TestModules;
import org.jbeamjit.runtime.term.Atom;
import org.junit.jupiter.api.Test;

/**
 * A module version's class is a hidden class nothing holds on to but the version itself: once
 * the version is gone (unloaded, or replaced and purged), the JVM can unload its class.
 */
class HiddenClassUnloadingTest {
  @Test
  void anUnloadedVersionsClassIsCollected() throws Exception {
    WeakReference<Class<?>> cls = loadRunAndUnload();
    for (int i = 0; i < 50 && cls.get() != null; i++) {
      System.gc();
      Thread.sleep(20);
    }
    assertNull(cls.get(), "the hidden class of the unloaded version was collected");
  }

  /** Loads a module, runs it (an exception's stack trace registers the class's frame decoder), unloads it. */
  private static WeakReference<Class<?>> loadRunAndUnload() {
    Class<?>[] cls = new Class<?>[1];
    Engine recording = new Engine() {
      @Override
      public String name() {
        return "jit";
      }

      @Override
      public CompiledFunction[] compile(LoadedModule module) {
        JitEngine.Report r = JitEngine.compileWithReport(module);
        cls[0] = r.hiddenClass();
        return r.functions();
      }
    };
    TestModules.load("""
        -module(junload).
        -export([f/1]).
        f(N) -> try g(N) catch error:E:S -> {E, length(S)} end.
        g(N) -> [N | h(N)].
        h(N) -> N + a.
        """, recording);
    assertEquals("{badarith,3}", JitSmokeTest.show(Runs.call("junload", "f", 1L).valueOrThrow()));
    ModuleLoader.unload(Atom.of("junload"));
    return new WeakReference<>(cls[0]);
  }
}
