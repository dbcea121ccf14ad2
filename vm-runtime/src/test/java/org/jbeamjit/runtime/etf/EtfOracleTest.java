package org.jbeamjit.runtime.etf;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jbeamjit.runtime.error.ErlangException;
import org.jbeamjit.runtime.etf.OracleRecords.Corpus;
import org.jbeamjit.runtime.etf.OracleRecords.Encodings;
import org.jbeamjit.runtime.etf.OracleRecords.Verdict;
import org.jbeamjit.runtime.term.Atoms;
import org.jbeamjit.runtime.term.Cons;
import org.jbeamjit.runtime.term.ErlMap;
import org.jbeamjit.runtime.term.Fun;
import org.jbeamjit.runtime.term.Pid;
import org.jbeamjit.runtime.term.Port;
import org.jbeamjit.runtime.term.Ref;
import org.jbeamjit.runtime.term.Terms;
import org.jbeamjit.runtime.term.Tuple;
import org.jbeamjit.testing.Erl;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The external term format against erl, in two erl runs. The first writes a seeded corpus of
 * terms made in erl (every type, the 64-bit and SMALL/LARGE boundaries, deep nesting, maps on
 * both sides of 32 keys, funs, identifiers) encoded under each option list of {@link #options},
 * and erl's verdicts on malformed input. The second answers for what Java made: its own terms
 * (erl decodes them and encodes them again under each option list) and mutated encodings (erl's
 * verdict on each).
 */
class EtfOracleTest {
  private static final long SEED = 0xE7F25L;
  private static final int JAVA_TERMS = 1500;
  private static final int MUTANTS = 40_000;
  /** Mutation seeds are small encodings, so that mutants stay cheap for both sides. */
  private static final int MAX_SEED_BYTES = 2048;

  @TempDir static Path dir;

  private static Corpus corpus;
  private static List<Object> javaTerms;
  private static List<Encodings> javaTermsByErl;
  private static List<byte[]> mutants;
  /** Erl's verdicts by mutant index, for the mutants erl was asked about. */
  private static Map<Integer, Verdict> erlVerdicts;

  /** The option lists of etf_oracle:options/1, in its order. */
  static List<EncodeOptions> options(int level) {
    return List.of(EncodeOptions.DEFAULT, new EncodeOptions(0, 1, true), new EncodeOptions(0, 0, false),
        new EncodeOptions(0, 2, false), new EncodeOptions(level, 1, false), new EncodeOptions(level, 0, true));
  }

  private static final int OPTION_COUNT = options(1).size();

  /** Whether maps of more than 32 keys iterate in OTP's hash trie order (see compareEncodings). */
  private static final boolean HASH_TRIE_ORDER = false;

  @BeforeAll
  static void askErl() throws IOException {
    Path source = dir.resolve("etf_oracle.erl");
    try (InputStream in = EtfOracleTest.class.getResourceAsStream("etf_oracle.erl")) {
      Files.copy(in, source);
    }
    Erl.erlc(source, dir);
    Path corpusFile = dir.resolve("corpus.bin");
    runErl("etf_oracle:corpus(\"" + corpusFile + "\")");
    corpus = OracleRecords.readCorpus(Files.readAllBytes(corpusFile), OPTION_COUNT);

    RandomTerms random = new RandomTerms(SEED);
    javaTerms = new ArrayList<>();
    for (int i = 0; i < JAVA_TERMS; i++) {
      javaTerms.add(random.term(4));
    }
    javaTerms.add(nestedLists(100_000));

    mutants = new ArrayList<>();
    Mutator mutator = new Mutator(SEED);
    List<byte[]> seeds = mutationSeeds();
    for (int i = 0; i < MUTANTS; i++) {
      mutants.add(mutator.mutate(seeds.get(i % seeds.size())));
    }

    ByteArrayOutputStream requests = new ByteArrayOutputStream();
    for (Object t : javaTerms) {
      OracleRecords.writeRequest(requests, 0, ExternalTermFormat.encode(t));
    }
    List<Integer> asked = new ArrayList<>();
    for (int i = 0; i < mutants.size(); i++) {
      if (erlCanJudge(mutants.get(i))) {
        asked.add(i);
        OracleRecords.writeRequest(requests, 1, mutants.get(i));
      }
    }
    Path in = dir.resolve("judge.in");
    Path out = dir.resolve("judge.out");
    Files.write(in, requests.toByteArray());
    runErl("etf_oracle:judge(\"" + in + "\", \"" + out + "\")");
    ByteBuffer answers = ByteBuffer.wrap(Files.readAllBytes(out));
    javaTermsByErl = new ArrayList<>();
    for (int i = 0; i < javaTerms.size(); i++) {
      javaTermsByErl.add(OracleRecords.readEncodings(answers, OPTION_COUNT));
    }
    erlVerdicts = new HashMap<>();
    for (int i : asked) {
      erlVerdicts.put(i, OracleRecords.readVerdict(answers));
    }
  }

  /** Runs {@code call} in a fresh erl; a crash exits with status 1 (no crash dump in the working directory). */
  private static void runErl(String call) {
    Erl.evalBytes("code:add_patha(\"" + dir + "\"), try " + call + " catch C:R:S -> "
        + "io:format(standard_error, \"~P~n\", [{C, R, S}, 20]), halt(1) end, halt().");
  }

  /**
   * Small encodings whose bytes are the same in every run: erl's corpus terms without pids,
   * ports, references or funs (their numbers change between runs), and Java's terms. Mutating
   * them gives the same mutants every run, so an erl crash could not come and go.
   */
  private static List<byte[]> mutationSeeds() {
    List<byte[]> seeds = new ArrayList<>();
    for (Encodings e : corpus.terms()) {
      for (int k : new int[] {0, 2}) {
        byte[] b = e.bytes()[k];
        if (b.length <= MAX_SEED_BYTES && !hasIdentifier(ExternalTermFormat.decode(b))) {
          seeds.add(b);
        }
      }
    }
    for (Object t : javaTerms) {
      byte[] b = ExternalTermFormat.encode(t);
      if (b.length <= MAX_SEED_BYTES) {
        seeds.add(b);
        seeds.add(ExternalTermFormat.encode(t, new EncodeOptions(1, 0, false)));
      }
    }
    return seeds;
  }

  /**
   * Whether erl may be given this input. OTP 25 crashes (segfault) on a NEW_FUN_EXT whose pid
   * is not a pid, so nothing with that tag byte goes to erl; nor does a compressed input, whose
   * claimed size OTP allocates up front.
   */
  private static boolean erlCanJudge(byte[] b) {
    if (b.length > 1 && (b[1] & 0xFF) == Tag.COMPRESSED) {
      return false;
    }
    for (byte x : b) {
      if ((x & 0xFF) == Tag.NEW_FUN_EXT) {
        return false;
      }
    }
    return true;
  }

  private static boolean hasIdentifier(Object t) {
    if (t instanceof Pid || t instanceof Port || t instanceof Ref || t instanceof Fun) {
      return true;
    }
    if (t instanceof Tuple tu) {
      return Arrays.stream(tu.elems).anyMatch(EtfOracleTest::hasIdentifier);
    }
    if (t instanceof ErlMap m) {
      return m.toList().stream().anyMatch(e -> hasIdentifier(e.getKey()) || hasIdentifier(e.getValue()));
    }
    Object l = t;
    while (l instanceof Cons c) {
      if (hasIdentifier(c.head)) {
        return true;
      }
      l = c.tail;
    }
    return l != t && hasIdentifier(l);
  }

  private static Object nestedLists(int depth) {
    Object t = Cons.list(Atoms.OK, 1.5, (long) depth);
    for (int i = 0; i < depth; i++) {
      t = new Cons(t, i % 2 == 0 ? Tuple.of((long) i) : Cons.list());
    }
    return t;
  }

  @Test
  void corpusIsBigEnough() {
    System.out.printf("ETF oracle: %d erl terms, %d malformed cases, %d Java terms, %d mutants (%d judged by erl)%n",
        corpus.terms().size(), corpus.cases().size(), javaTerms.size(), mutants.size(), erlVerdicts.size());
    assertTrue(corpus.terms().size() >= 2000, "terms: " + corpus.terms().size());
    assertTrue(corpus.cases().size() >= 1000, "malformed cases: " + corpus.cases().size());
    assertTrue(erlVerdicts.size() >= MUTANTS / 2, "mutants erl judged: " + erlVerdicts.size());
  }

  @Test
  void erlTermsEncodeToErlsBytesUnderEveryOption() {
    List<String> failures = new ArrayList<>();
    int compared = 0;
    for (int i = 0; i < corpus.terms().size(); i++) {
      Encodings e = corpus.terms().get(i);
      Object term = ExternalTermFormat.decode(e.bytes()[0]);
      compared += compareEncodings("erl term " + i, term, e, failures);
    }
    assertTrue(failures.isEmpty(), failures.size() + " of " + compared + " differ:\n"
        + String.join("\n", failures.subList(0, Math.min(30, failures.size()))));
  }

  @Test
  void erlTermsSurviveTheRoundTrip() {
    List<String> failures = new ArrayList<>();
    for (int i = 0; i < corpus.terms().size(); i++) {
      Encodings e = corpus.terms().get(i);
      Object term = ExternalTermFormat.decode(e.bytes()[0]);
      List<EncodeOptions> opts = options(e.level());
      for (int k = 0; k < OPTION_COUNT; k++) {
        if (!Terms.exactEquals(term, ExternalTermFormat.decode(e.bytes()[k]))) {
          failures.add("erl term " + i + ": erl's encoding " + k + " decodes to another term");
        }
        if (!Terms.exactEquals(term, ExternalTermFormat.decode(ExternalTermFormat.encode(term, opts.get(k))))) {
          failures.add("erl term " + i + ": decode(encode(T, " + opts.get(k) + ")) =/= T");
        }
      }
    }
    assertTrue(failures.isEmpty(), String.join("\n", failures.subList(0, Math.min(30, failures.size()))));
  }

  @Test
  void javaTermsEncodeAsErlReencodesThem() {
    List<String> failures = new ArrayList<>();
    int compared = 0;
    for (int i = 0; i < javaTerms.size(); i++) {
      Object term = javaTerms.get(i);
      Encodings e = javaTermsByErl.get(i);
      if (!Terms.exactEquals(term, ExternalTermFormat.decode(e.bytes()[0]))) {
        failures.add("java term " + i + ": erl's encoding decodes to another term");
      }
      compared += compareEncodings("java term " + i, term, e, failures);
    }
    assertTrue(failures.isEmpty(), failures.size() + " of " + compared + " differ:\n"
        + String.join("\n", failures.subList(0, Math.min(30, failures.size()))));
  }

  /**
   * Compares encode(term, options) with erl's bytes for each option list and returns how many it
   * compared. Without {@code deterministic}, a map of more than 32 keys is written in the order
   * of OTP's hash trie, which is {@link ErlMap}'s to reproduce; those encodings are compared
   * only when {@link #HASH_TRIE_ORDER} holds.
   */
  private static int compareEncodings(String what, Object term, Encodings e, List<String> failures) {
    List<EncodeOptions> opts = options(e.level());
    int compared = 0;
    for (int k = 0; k < OPTION_COUNT; k++) {
      if (e.hasLargeMap() && !opts.get(k).deterministic() && !HASH_TRIE_ORDER) {
        continue;
      }
      compared++;
      byte[] ours = ExternalTermFormat.encode(term, opts.get(k));
      if (!Arrays.equals(ours, e.bytes()[k])) {
        failures.add(what + " with " + opts.get(k) + (e.hasLargeMap() ? " (large map)" : "") + ", "
            + OracleRecords.firstDifference(e.bytes()[k], ours));
      }
    }
    return compared;
  }

  @Test
  void malformedInputGetsErlsVerdict() {
    List<String> failures = new ArrayList<>();
    int quirks = 0;
    for (Verdict v : corpus.cases()) {
      if (v.otpQuirk()) {
        quirks++;
        if (decodes(v.input())) {
          failures.add("decoded input that only OTP's quirks accept: " + OracleRecords.hex(v.input()));
        }
      } else {
        checkVerdict(v.input(), v, failures);
      }
    }
    assertTrue(failures.isEmpty(), failures.size() + " of " + corpus.cases().size() + " differ:\n"
        + String.join("\n", failures.subList(0, Math.min(30, failures.size()))));
    assertTrue(quirks > 0 && quirks < 20, "quirk cases: " + quirks);
  }

  @Test
  void mutantsAreBadargOrDecodeAsInErl() {
    List<String> failures = new ArrayList<>();
    long start = System.nanoTime();
    int decoded = 0;
    for (int i = 0; i < mutants.size(); i++) {
      if (checkVerdict(mutants.get(i), erlVerdicts.get(i), failures)) {
        decoded++;
      }
    }
    long millis = (System.nanoTime() - start) / 1_000_000;
    assertTrue(failures.isEmpty(), failures.size() + " of " + mutants.size() + " mutants wrong:\n"
        + String.join("\n", failures.subList(0, Math.min(30, failures.size()))));
    // Both outcomes are common, so the mutants explore both the refusing and accepting paths.
    assertTrue(decoded > mutants.size() / 20 && decoded < mutants.size() * 19 / 20, "decoded: " + decoded);
    assertTrue(millis < 30_000, "decoding " + mutants.size() + " mutants took " + millis + " ms");
  }

  private static boolean decodes(byte[] input) {
    try {
      ExternalTermFormat.decodePrefix(input, 0, input.length, DecodeOptions.DEFAULT);
      return true;
    } catch (ErlangException e) {
      return false;
    }
  }

  /**
   * Decodes {@code input} as binary_to_term(Input, [used]) would, which must give badarg or a
   * term, never another exception; and when erl's verdict is known, the same one (the same used
   * count and the same term, compared through its deterministic encoding), unless erl accepted
   * it only through one of OTP's quirks. Returns whether the decoding succeeded.
   */
  private static boolean checkVerdict(byte[] input, Verdict erl, List<String> failures) {
    Decoded ours;
    try {
      ours = ExternalTermFormat.decodePrefix(input, 0, input.length, DecodeOptions.DEFAULT);
    } catch (ErlangException e) {
      if (e.reason() != Atoms.BADARG) {
        failures.add("raised " + e.getMessage() + " on " + OracleRecords.hex(input));
      } else if (erl != null && erl.ok() && otpQuirkAtFailure(input) == null) {
        failures.add("badarg, but erl decodes " + OracleRecords.hex(input));
      }
      return false;
    } catch (Throwable t) {
      failures.add("threw " + t + " on " + OracleRecords.hex(input));
      return false;
    }
    if (erl != null) {
      if (!erl.ok()) {
        failures.add("decoded, but erl says badarg: " + OracleRecords.hex(input));
      } else {
        byte[] det = ExternalTermFormat.encode(ours.term(), new EncodeOptions(0, 1, true));
        if (erl.used() != ours.used()) {
          failures.add("used " + ours.used() + ", erl " + erl.used() + ": " + OracleRecords.hex(input));
        } else if (!Arrays.equals(det, erl.deterministic())) {
          failures.add("decodes otherwise than erl: " + OracleRecords.hex(input) + "\n  "
              + OracleRecords.firstDifference(erl.deterministic(), det));
        }
      }
    }
    return true;
  }

  /**
   * Which of OTP's quirks (those etf_oracle.erl marks otp_quirk) made our decoder refuse this
   * uncompressed input, judged from where it stopped; null if none did.
   */
  private static String otpQuirkAtFailure(byte[] b) {
    TermDecoder d = new TermDecoder(b, 1, b.length, DecodeOptions.DEFAULT);
    try {
      d.decode();
      return null;
    } catch (ErlangException e) {
      int p = d.position();
      if (p >= 1 && (b[p - 1] == 73 || b[p - 1] == 75)) {
        return "ATOM_INTERNAL_REF2/3, an index into OTP's atom table";
      }
      if (p >= 3 && (b[p - 3] == Tag.NEWER_REFERENCE_EXT || b[p - 3] == Tag.NEW_REFERENCE_EXT) && b[p - 2] == 0 && b[p - 1] == 0) {
        return "a reference of no words, past which OTP reads four bytes";
      }
      if (p >= 1 && b[p - 1] == Tag.FLOAT_EXT && noNulFrom(b, p)) {
        return "float text without a NUL, which OTP reads past the end of the input";
      }
      return null;
    }
  }

  private static boolean noNulFrom(byte[] b, int from) {
    for (int i = from; i < b.length; i++) {
      if (b[i] == 0) {
        return false;
      }
    }
    return true;
  }
}
