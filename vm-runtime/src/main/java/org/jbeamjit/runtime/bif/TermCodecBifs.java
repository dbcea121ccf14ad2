package org.jbeamjit.runtime.bif;

import org.jbeamjit.runtime.etf.DecodeOptions;
import org.jbeamjit.runtime.etf.EncodeOptions;
import org.jbeamjit.runtime.etf.ExternalTermFormat;
import org.jbeamjit.runtime.etf.KnownExports;
import org.jbeamjit.runtime.term.BitString;

/**
 * {@code term_to_binary} and {@code binary_to_term}: the external term format, with OTP's option
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
