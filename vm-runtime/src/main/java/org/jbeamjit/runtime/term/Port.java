package org.jbeamjit.runtime.term;

/** A port identifier: node, number and the node's creation (OTP's NEW_PORT_EXT / V4_PORT_EXT). */
public final class Port {
  public final Atom node;
  public final long id;
  public final int creation;

  public Port(Atom node, long id, int creation) {
    this.node = node;
    this.id = id;
    this.creation = creation;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Port && Terms.exactEquals(this, o);
  }

  @Override
  public int hashCode() {
    return Terms.hash(this);
  }

  @Override
  public String toString() {
    return TermPrinter.write(this);
  }
}
