package org.jbeamjit.runtime.etf;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

/** The records etf_oracle.erl writes and reads: each binary prefixed with its 32-bit length. */
final class OracleRecords {
  private OracleRecords() {}

  /** term_to_binary of one term under each option list of {@link EtfOracleTest#options}. */
  record Encodings(boolean hasLargeMap, int level, byte[][] bytes) {}

  /**
   * binary_to_term(Input, [used]): badarg ({@code ok} false), or the used count and the result's
   * deterministic encoding. {@code otpQuirk} marks input on which OTP does what no decoder should
   * copy (see etf_oracle:corpus/1).
   */
  record Verdict(byte[] input, boolean otpQuirk, boolean ok, int used, byte[] deterministic) {}

  /** An erl corpus file: its encodings records, then its verdict records. */
  record Corpus(List<Encodings> terms, List<Verdict> cases) {}

  static Corpus readCorpus(byte[] file, int optionCount) {
    ByteBuffer in = ByteBuffer.wrap(file);
    List<Encodings> terms = new ArrayList<>();
    for (int n = in.getInt(); n > 0; n--) {
      terms.add(readEncodings(in, optionCount));
    }
    List<Verdict> cases = new ArrayList<>();
    for (int n = in.getInt(); n > 0; n--) {
      cases.add(readVerdict(in));
    }
    return new Corpus(terms, cases);
  }

  static Encodings readEncodings(ByteBuffer in, int optionCount) {
    boolean largeMap = (in.get() & 1) != 0;
    int level = in.get();
    byte[][] bytes = new byte[optionCount][];
    for (int i = 0; i < optionCount; i++) {
      bytes[i] = readBinary(in);
    }
    return new Encodings(largeMap, level, bytes);
  }

  static Verdict readVerdict(ByteBuffer in) {
    byte[] input = readBinary(in);
    boolean quirk = in.get() != 0;
    if (in.get() == 0) {
      return new Verdict(input, quirk, false, -1, null);
    }
    int used = in.getInt();
    return new Verdict(input, quirk, true, used, readBinary(in));
  }

  private static byte[] readBinary(ByteBuffer in) {
    byte[] b = new byte[in.getInt()];
    in.get(b);
    return b;
  }

  /** Appends a judge request: {@code kind} (0 a term's encoding, 1 any input), then the bytes. */
  static void writeRequest(ByteArrayOutputStream out, int kind, byte[] bytes) {
    out.write(kind);
    out.writeBytes(ByteBuffer.allocate(4).putInt(bytes.length).array());
    out.writeBytes(bytes);
  }

  /** Where two encodings first differ, with some bytes of each from a little before there. */
  static String firstDifference(byte[] expected, byte[] actual) {
    int i = Arrays.mismatch(expected, actual);
    int from = Math.max(0, i - 16);
    return "first difference at byte " + i + " of " + expected.length + "/" + actual.length + ":\n  erl  ..."
        + HexFormat.of().formatHex(expected, from, Math.min(expected.length, i + 48)) + "\n  ours ..."
        + HexFormat.of().formatHex(actual, from, Math.min(actual.length, i + 48));
  }

  static String hex(byte[] b) {
    String h = HexFormat.of().formatHex(b, 0, Math.min(b.length, 200));
    return b.length > 200 ? h + "...(" + b.length + " bytes)" : h;
  }
}
