package org.jbeamjit.runtime.bif;

import org.jbeamjit.runtime.term.Atom;

/** The BIFs of the {@code io} module. */
public final class IoBifs {
  private static final Atom LATIN1 = Atom.of("latin1");
  private static final Atom UNICODE = Atom.of("unicode");
  private static volatile Atom printableRange = LATIN1;

  private IoBifs() {}

  /**
   * {@code io:printable_range/0}: which characters {@code ~p} prints as strings, {@code latin1}
   * unless the node was started with {@code +pc unicode}.
   */
  @Bif(module = "io", name = "printable_range")
  public static Object printableRange() {
    return printableRange;
  }

  /** {@code +pc unicode|latin1}, from the command line; {@code false} for any other value. */
  public static boolean setPrintableRange(String range) {
    if (range.equals("unicode")) {
      printableRange = UNICODE;
    } else if (range.equals("latin1")) {
      printableRange = LATIN1;
    } else {
      return false;
    }
    return true;
  }
}
