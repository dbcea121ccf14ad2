package org.jbeamjit.runtime.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jbeamjit.runtime.term.Atom;
import org.jbeamjit.runtime.term.Atoms;
import org.jbeamjit.runtime.term.Cons;
import org.jbeamjit.runtime.term.Nil;
import org.jbeamjit.runtime.term.Port;
import org.jbeamjit.runtime.term.Tuple;
import org.junit.jupiter.api.Test;

/**
 * The tty driver's name among spawn commands, off a terminal (tests run with standard input and
 * output redirected): it fails as erl's does there, and other ports have no control operations.
 */
class TtyPortTest {
  private static final Atom SPAWN = Atom.of("spawn");

  @Test
  void theDriverIsFoundByTheCommandsFirstWord() {
    assertTrue(TtyPort.names("tty_sl"));
    assertTrue(TtyPort.names("tty_sl -c -e"));
    assertFalse(TtyPort.names("tty_slx -c"));
    assertFalse(TtyPort.names("cat tty_sl"));
  }

  @Test
  void offATerminalOpeningItFailsWithEinvalAsOnErl() {
    ErlProcess self = ErlProcess.forTests();
    Object eof = Cons.fromList(java.util.List.of(Atom.of("eof")));
    assertEquals(Atom.of("einval"), Ports.open(self, Tuple.of(SPAWN, Cons.string("tty_sl -c -e")), eof));
    assertEquals(Atom.of("einval"), Ports.open(self, Tuple.of(SPAWN, Cons.string("tty_sl")), eof));
  }

  @Test
  void aPortWithoutControlOperationsAnswersBadarg() {
    ErlProcess self = ErlProcess.forTests();
    Object port = Ports.open(self, Tuple.of(SPAWN, Cons.string("cat")), Nil.NIL);
    assertTrue(port instanceof Port, String.valueOf(port));
    assertEquals(Atoms.BADARG, Ports.control(port, 0x018b0900L + 100, Nil.NIL));
    assertEquals(Atoms.BADARG, Ports.control(Atom.of("no_such_port"), 1L, Nil.NIL));
    Ports.close(self, port);
  }
}
