package org.jbeamjit.codegen.interp;

import org.jbeamjit.codegen.load.LoadedModule;

/** One function translated for the interpreter: its code array and what the code refers to. */
final class Body {
  /** How an exception leaving an instruction records the function's frame: as raised there. */
  static final byte FRAME = 0;
  /** A non-tail call: the frame of the call site. */
  static final byte CALL = 3;
  /** A tail call: the function's frame is gone (except for an error the call raised itself). */
  static final byte TAIL_CALL = 1;
  /** A rethrow ({@code raw_raise}, {@code raise}): the frame was recorded when it was caught. */
  static final byte NO_FRAME = 2;

  final LoadedModule module;
  final int functionIndex;
  final int arity;
  final int[] code;
  final Object[] consts;
  /** For each instruction start, the line-table index of its location. */
  final int[] lineAt;
  /** For each instruction start, one of {@link #FRAME}, {@link #CALL}, {@link #TAIL_CALL}, {@link #NO_FRAME}. */
  final byte[] frameKind;
  /** How many x registers the function uses (at least its arity and 3, for a try handler's values). */
  final int xCount;
  final int entryPc;

  Body(LoadedModule module, int functionIndex, int arity, int[] code, Object[] consts, int[] lineAt,
      byte[] frameKind, int xCount, int entryPc) {
    this.module = module;
    this.functionIndex = functionIndex;
    this.arity = arity;
    this.code = code;
    this.consts = consts;
    this.lineAt = lineAt;
    this.frameKind = frameKind;
    this.xCount = xCount;
    this.entryPc = entryPc;
  }
}
