package org.jbeamjit.runtime.bits;

/** The segment types of {@code bs_create_bin}, named as the instruction's operand atoms. */
public enum SegmentType {
  /** The bitstring being appended to; only as the first segment. */
  APPEND("append"),
  /** As {@link #APPEND}, where the compiler knows the bitstring is not used elsewhere. */
  PRIVATE_APPEND("private_append"),
  INTEGER("integer"),
  FLOAT("float"),
  BINARY("binary"),
  UTF8("utf8"),
  UTF16("utf16"),
  UTF32("utf32"),
  /** Bytes from the string table; the size operand counts bytes (the unit is 8). */
  STRING("string");

  private final String atomName;

  SegmentType(String atomName) {
    this.atomName = atomName;
  }

  public String atomName() {
    return atomName;
  }

  /** The type an operand atom names; {@link IllegalArgumentException} for anything else. */
  public static SegmentType of(String atomName) {
    for (SegmentType t : values()) {
      if (t.atomName.equals(atomName)) {
        return t;
      }
    }
    throw new IllegalArgumentException("not a bs_create_bin segment type: " + atomName);
  }
}
