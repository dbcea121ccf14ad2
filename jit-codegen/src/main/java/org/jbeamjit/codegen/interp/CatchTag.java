package org.jbeamjit.codegen.interp;

/**
 * What {@code catch} and {@code try} put in their y register while the protected code runs: where
 * the handler starts. As in BEAM, an exception looks for the active tag in the y registers of
 * the frame, lowest register first; {@code catch_end}, {@code try_end} and {@code try_case} clear it.
 */
final class CatchTag {
  final int handlerPc;

  CatchTag(int handlerPc) {
    this.handlerPc = handlerPc;
  }

  @Override
  public String toString() {
    return "catch@" + handlerPc;
  }
}
