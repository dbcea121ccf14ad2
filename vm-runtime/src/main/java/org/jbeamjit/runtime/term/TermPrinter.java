package org.jbeamjit.runtime.term;

/** Writes a term exactly as {@code io_lib:format("~w", [T])} does. (Being implemented.) */
public final class TermPrinter {
  private TermPrinter() {}

  public static String write(Object term) {
    throw new UnsupportedOperationException("in progress");
  }
}
