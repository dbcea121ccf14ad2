package org.jbeamjit.codegen.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jbeamjit.codegen.load.Engine;
import org.jbeamjit.codegen.load.LoadedModule;
import org.jbeamjit.codegen.load.ModuleLoader;
import org.jbeamjit.frontend.BeamLoader;
import org.jbeamjit.testing.Erl;

/** Erlang source written in a test, compiled with the installed {@code erlc} and loaded with an engine. */
public final class TestModules {
  private static final Pattern MODULE = Pattern.compile("-module\\((\\w+)\\)");

  private TestModules() {}

  /** Compiles {@code source} (which starts with its {@code -module} line) and loads it. */
  public static LoadedModule load(String source, Engine engine) {
    Matcher m = MODULE.matcher(source);
    if (!m.find()) {
      throw new IllegalArgumentException("no -module line");
    }
    String name = m.group(1);
    try {
      Path dir = Files.createTempDirectory("jbeamjit-test");
      Path src = dir.resolve(name + ".erl");
      Files.writeString(src, source);
      Erl.erlc(src, dir);
      Path beam = dir.resolve(name + ".beam");
      LoadedModule loaded = ModuleLoader.load(BeamLoader.load(beam), engine);
      Files.delete(beam);
      Files.delete(src);
      Files.delete(dir);
      return loaded;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
