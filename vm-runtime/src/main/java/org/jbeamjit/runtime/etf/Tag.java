package org.jbeamjit.runtime.etf;

/**
 * The tag bytes of Erlang's external term format, named as in OTP's {@code external.h}. The
 * comments say which direction jbeamjit uses each one in, matching what OTP 25 does.
 */
public final class Tag {
  private Tag() {}

  /** The first byte of every encoding. */
  public static final int VERSION_MAGIC = 131;

  /** Whole term zlib-compressed: 4-byte uncompressed size, then a zlib stream. */
  public static final int COMPRESSED = 80;

  public static final int NEW_FLOAT_EXT = 70;
  public static final int BIT_BINARY_EXT = 77;
  /** Distribution only: rejected by binary_to_term. */
  public static final int ATOM_CACHE_REF = 82;
  public static final int NEW_PID_EXT = 88;
  public static final int NEW_PORT_EXT = 89;
  public static final int NEWER_REFERENCE_EXT = 90;
  public static final int SMALL_INTEGER_EXT = 97;
  public static final int INTEGER_EXT = 98;
  /** Float as 31 bytes of text; written only with {@code {minor_version, 0}}. */
  public static final int FLOAT_EXT = 99;
  /** Latin-1 atom; written for Latin-1 names unless {@code {minor_version, 2}}. */
  public static final int ATOM_EXT = 100;
  /** Decode only (creation of one byte). */
  public static final int REFERENCE_EXT = 101;
  /** Decode only (creation of one byte). */
  public static final int PORT_EXT = 102;
  /** Decode only (creation of one byte). */
  public static final int PID_EXT = 103;
  public static final int SMALL_TUPLE_EXT = 104;
  public static final int LARGE_TUPLE_EXT = 105;
  public static final int NIL_EXT = 106;
  public static final int STRING_EXT = 107;
  public static final int LIST_EXT = 108;
  public static final int BINARY_EXT = 109;
  public static final int SMALL_BIG_EXT = 110;
  public static final int LARGE_BIG_EXT = 111;
  public static final int NEW_FUN_EXT = 112;
  public static final int EXPORT_EXT = 113;
  /** Decode only (creation of one byte). */
  public static final int NEW_REFERENCE_EXT = 114;
  /** Decode only: OTP never writes it for term_to_binary. */
  public static final int SMALL_ATOM_EXT = 115;
  public static final int MAP_EXT = 116;
  /** Pre-R7 funs: OTP 25 rejects them, and so do we. */
  public static final int FUN_EXT = 117;
  public static final int ATOM_UTF8_EXT = 118;
  public static final int SMALL_ATOM_UTF8_EXT = 119;
  /** Ports whose number does not fit 28 bits. */
  public static final int V4_PORT_EXT = 120;
  /** Arrived in OTP 26; OTP 25 rejects it, and so do we. */
  public static final int LOCAL_EXT = 121;
}
