package org.jbeamjit.runtime.term;

/** A port identifier: node, number and the node's creation (OTP's NEW_PORT_EXT / V4_PORT_EXT). */
public final class Port extends TermObject {
  public final Atom node;
  public final long id;
  public final int creation;

  public Port(Atom node, long id, int creation) {
    this.node = node;
    this.id = id;
    this.creation = creation;
  }
}
