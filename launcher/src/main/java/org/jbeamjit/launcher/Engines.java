package org.jbeamjit.launcher;

import org.jbeamjit.codegen.interp.InterpreterEngine;
import org.jbeamjit.codegen.jit.JitEngine;
import org.jbeamjit.codegen.load.Engine;

/** The engines {@code --mode} chooses from. */
final class Engines {
  static final String MODE_HELP = "jit (compile each module to JVM bytecode, on a background thread while it starts"
      + " interpreted; a function too big for a JVM method stays interpreted) or interp (interpret everything)."
      + " Default: jit.";

  private Engines() {}

  static Engine byName(String mode) {
    return switch (mode) {
      case "interp" -> InterpreterEngine.INSTANCE;
      case "jit" -> JitEngine.BACKGROUND;
      default -> throw new IllegalArgumentException("--mode must be jit or interp, not " + mode);
    };
  }
}
