package org.jbeamjit.runtime.bif;

import org.jbeamjit.runtime.etf.DecodeOptions;
import org.jbeamjit.runtime.etf.EncodeOptions;
import org.jbeamjit.runtime.etf.ExternalTermFormat;
import org.jbeamjit.runtime.etf.KnownExports;
import org.jbeamjit.runtime.term.BitString;
import org.jbeamjit.runtime.term.Cons;

/**
 * {@code term_to_binary}, {@code term_to_iovec}, {@code external_size} and {@code binary_to_term}:
 * the external term format, with OTP's option
 * lists. Until there is a module table to ask, {@code binary_to_term(B, [safe])} knows no
 * export entries, so it refuses every external fun.
 */
public final class TermCodecBifs {
  private TermCodecBifs() {}

  @Bif(name = "term_to_binary")
  public static Object termToBinary(Object term) {
    return BitString.wrap(ExternalTermFormat.encode(term));
  }

  @Bif(name = "term_to_binary")
  public static Object termToBinary(Object term, Object options) {
    return BitString.wrap(ExternalTermFormat.encode(term, EncodeOptions.fromErlang(options)));
  }

  @Bif(name = "term_to_iovec")
  public static Object termToIovec(Object term) {
    return Cons.fromList(ExternalTermFormat.encodeIovec(term, EncodeOptions.DEFAULT));
  }

  /** As OTP 25 does, a compressed encoding comes back as one binary, not in a list. */
  @Bif(name = "term_to_iovec")
  public static Object termToIovec(Object term, Object options) {
    EncodeOptions opts = EncodeOptions.fromErlang(options);
    if (opts.compressionLevel() != 0) {
      return termToBinary(term, options);
    }
    return Cons.fromList(ExternalTermFormat.encodeIovec(term, opts));
  }

  @Bif(name = "external_size")
  public static Object externalSize(Object term) {
    return ExternalTermFormat.externalSize(term, EncodeOptions.DEFAULT);
  }

  @Bif(name = "external_size")
  public static Object externalSize(Object term, Object options) {
    return ExternalTermFormat.externalSize(term, EncodeOptions.forExternalSize(options));
  }

  @Bif(name = "binary_to_term")
  public static Object binaryToTerm(Object binary) {
    return ExternalTermFormat.decode(Args.bitstring(binary), DecodeOptions.DEFAULT);
  }

  @Bif(name = "binary_to_term")
  public static Object binaryToTerm(Object binary, Object options) {
    DecodeOptions opts = DecodeOptions.fromErlang(options, KnownExports.NONE); // first, as in OTP
    return ExternalTermFormat.decode(Args.bitstring(binary), opts);
  }
}
