package org.jbeamjit.runtime.term;

/** A process identifier: node, number, serial and the node's creation, as OTP's NEW_PID_EXT has them. */
public final class Pid extends TermObject {
  public final Atom node;
  public final int id;
  public final int serial;
  public final int creation;

  public Pid(Atom node, int id, int serial, int creation) {
    this.node = node;
    this.id = id;
    this.serial = serial;
    this.creation = creation;
  }
}
