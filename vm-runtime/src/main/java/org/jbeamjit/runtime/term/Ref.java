package org.jbeamjit.runtime.term;

/**
 * A reference: node, creation and its id words, least significant first, as NEWER_REFERENCE_EXT
 * carries them (OTP 25 local references have 3 words; pid-references have 5).
 */
public final class Ref extends TermObject {
  public final Atom node;
  public final int creation;
  private final int[] ids;

  public Ref(Atom node, int creation, int[] ids) {
    this.node = node;
    this.creation = creation;
    this.ids = ids.clone();
  }

  public int idCount() {
    return ids.length;
  }

  public int id(int i) {
    return ids[i];
  }
}
