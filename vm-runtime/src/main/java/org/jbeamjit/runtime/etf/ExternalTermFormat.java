package org.jbeamjit.runtime.etf;

import java.util.List;
import java.util.Objects;
import org.jbeamjit.runtime.error.ErlangException;
import org.jbeamjit.runtime.term.BitString;
import org.jbeamjit.runtime.term.Tuple;

/**
 * Erlang's external term format, byte for byte as OTP 25 writes and reads it: behind
 * {@code term_to_binary/1,2}, {@code binary_to_term/1,2} and the literal table of .beam files.
 *
 * <p>Decoding takes untrusted input: anything malformed is {@code badarg}, whatever its lengths
 * claim and however deep it nests. Like OTP's {@code binary_to_term/1}, decoding ignores bytes
 * after the term; {@link #decodePrefix} says how many were used.
 */
public final class ExternalTermFormat {
  private ExternalTermFormat() {}

  /** {@code term_to_binary(Term)}. */
  public static byte[] encode(Object term) {
    return encode(term, EncodeOptions.DEFAULT);
  }

  /** {@code term_to_binary(Term, Options)}. */
  public static byte[] encode(Object term, EncodeOptions opts) {
    byte[] plain = new TermEncoder(opts).encode(term);
    return opts.compressionLevel() == 0 ? plain : Compression.compress(plain, opts.compressionLevel());
  }

  /** {@code term_to_iovec(Term, Options)}: the uncompressed encoding in pieces (see {@link TermEncoder#encodeIovec}). */
  public static List<BitString> encodeIovec(Object term, EncodeOptions opts) {
    return new TermEncoder(opts).encodeIovec(term);
  }

  /** {@code erlang:external_size(Term, Options)}: an upper bound of the encoded size, OTP's own. */
  public static long externalSize(Object term, EncodeOptions opts) {
    return new TermEncoder(opts).externalSize(term);
  }

  /** {@code binary_to_term(Bytes)}. */
  public static Object decode(byte[] bytes) {
    return decodePrefix(bytes, 0, bytes.length, DecodeOptions.DEFAULT).term();
  }

  /** {@code binary_to_term(Bytes, Options)}: the term, or {@code {Term, Used}} with the {@code used} option. */
  public static Object decode(byte[] bytes, DecodeOptions opts) {
    return result(decodePrefix(bytes, 0, bytes.length, opts), opts);
  }

  /** {@code binary_to_term(Binary, Options)} on a binary term; badarg if it is not a whole number of bytes. */
  public static Object decode(BitString binary, DecodeOptions opts) {
    if (!binary.isBinary()) {
      throw ErlangException.badarg();
    }
    if (binary.isByteAligned()) {
      int from = (int) (binary.bitOffset() >>> 3);
      return result(decodePrefix(binary.backing(), from, (int) binary.byteSize(), opts), opts);
    }
    return decode(binary.toByteArray(), opts);
  }

  /** Decodes the term that starts at {@code bytes[offset]}, using at most {@code length} bytes. */
  public static Decoded decodePrefix(byte[] bytes, int offset, int length, DecodeOptions opts) {
    Objects.checkFromIndexSize(offset, length, bytes.length);
    int end = offset + length;
    if (length < 2 || (bytes[offset] & 0xFF) != Tag.VERSION_MAGIC) {
      throw ErlangException.badarg();
    }
    if ((bytes[offset + 1] & 0xFF) != Tag.COMPRESSED) {
      TermDecoder d = new TermDecoder(bytes, offset + 1, end, opts);
      Object term = d.decode();
      return new Decoded(term, d.position() - offset);
    }
    if (length < Compression.HEADER) {
      throw ErlangException.badarg();
    }
    long size = ((bytes[offset + 2] & 0xFFL) << 24) | ((bytes[offset + 3] & 0xFF) << 16)
        | ((bytes[offset + 4] & 0xFF) << 8) | (bytes[offset + 5] & 0xFF);
    Compression.Inflated z = Compression.inflate(bytes, offset + Compression.HEADER, end, size);
    // Bytes left over inside the compressed data are allowed, as in OTP.
    Object term = new TermDecoder(z.data(), 0, z.data().length, opts).decode();
    return new Decoded(term, Compression.HEADER + z.consumed());
  }

  private static Object result(Decoded d, DecodeOptions opts) {
    return opts.used() ? new Tuple(d.term(), (long) d.used()) : d.term();
  }
}
