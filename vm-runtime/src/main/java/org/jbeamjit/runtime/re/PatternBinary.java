package org.jbeamjit.runtime.re;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jbeamjit.runtime.term.Atom;
import org.jbeamjit.runtime.term.BitString;
import org.jbeamjit.runtime.term.Tuple;

/**
 * The compiled-pattern term {@code {re_pattern, Groups, Unicode, UseCRLF, Binary}} OTP's
 * {@code re:compile} returns. OTP's binary is PCRE's bytecode; ours carries the pattern source and
 * options (magic, format version, option bits, newline, bsr, source bytes), so it survives
 * term_to_binary and another node's decoding. Decoded patterns are cached by their bytes.
 */
final class PatternBinary {
  static final Atom RE_PATTERN = Atom.of("re_pattern");
  private static final byte[] MAGIC = {'j', 'b', 'R', 'E', 1};
  private static final int HEADER = MAGIC.length + 4 + 1 + 1;
  private static final int CACHE_LIMIT = 4096;
  private static final Map<ByteBuffer, CompiledRegex> CACHE = new ConcurrentHashMap<>();

  private PatternBinary() {}

  /** Compiles {@code source}, or finds it compiled with these options before. */
  static CompiledRegex compile(byte[] source, PcreOptions options) throws PcreSyntaxError {
    byte[] bytes = encode(source, options);
    CompiledRegex cached = CACHE.get(ByteBuffer.wrap(bytes));
    if (cached != null) {
      return cached;
    }
    CompiledRegex re = CompiledRegex.compile(source, options);
    remember(bytes, re);
    return re;
  }

  private static byte[] encode(byte[] source, PcreOptions options) {
    ByteBuffer b = ByteBuffer.allocate(HEADER + source.length);
    b.put(MAGIC).putInt(options.bits()).put((byte) options.newline().ordinal())
        .put((byte) (options.bsrAnycrlf() ? 1 : 0)).put(source);
    return b.array();
  }

  static Tuple toTerm(CompiledRegex re) {
    byte[] bytes = encode(re.source, re.options);
    PcreOptions eo = re.effectiveOptions();
    // OTP's unicode flag reflects the unicode option, not a (*UTF8) in the pattern.
    return new Tuple(RE_PATTERN, (long) re.captureCount(), re.options.has(PcreOptions.UTF) ? 1L : 0L,
        eo.newline().usesCrlf() ? 1L : 0L, BitString.wrap(bytes));
  }

  /** Whether {@code t} has the compiled-pattern shape (it may still not decode). */
  static boolean isPatternTerm(Object t) {
    return t instanceof Tuple tp && tp.arity() == 5 && tp.get(0) == RE_PATTERN;
  }

  /** The pattern a compiled-pattern term stands for, or null if it is not one of ours. */
  static CompiledRegex fromTerm(Object t) {
    if (!isPatternTerm(t)) {
      return null;
    }
    Tuple tp = (Tuple) t;
    if (!(tp.get(1) instanceof Long) || !(tp.get(2) instanceof Long) || !(tp.get(3) instanceof Long)
        || !(tp.get(4) instanceof BitString bin) || !bin.isBinary()) {
      return null;
    }
    byte[] bytes = bin.toByteArray();
    CompiledRegex cached = CACHE.get(ByteBuffer.wrap(bytes));
    if (cached != null) {
      return cached;
    }
    if (bytes.length < HEADER || !Arrays.equals(bytes, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
      return null;
    }
    ByteBuffer b = ByteBuffer.wrap(bytes, MAGIC.length, HEADER - MAGIC.length);
    int bits = b.getInt();
    int nl = b.get();
    int bsr = b.get();
    if (nl < 0 || nl >= Newline.values().length) {
      return null;
    }
    try {
      CompiledRegex re = CompiledRegex.compile(Arrays.copyOfRange(bytes, HEADER, bytes.length),
          new PcreOptions(bits, Newline.values()[nl], bsr == 1));
      remember(bytes, re);
      return re;
    } catch (PcreSyntaxError e) {
      return null;
    }
  }

  private static void remember(byte[] bytes, CompiledRegex re) {
    if (CACHE.size() >= CACHE_LIMIT) {
      CACHE.clear();
    }
    CACHE.put(ByteBuffer.wrap(bytes), re);
  }
}
