package org.jbeamjit.frontend;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;
import org.jbeamjit.frontend.disasm.Disassembler;
import org.jbeamjit.frontend.ir.BeamModule;
import org.jbeamjit.testing.Erl;
import org.junit.jupiter.api.Test;

/**
 * Corrupts real OTP modules in many ways, deterministically, and loads each result: the loader
 * must either load it (and the disassembler show it) or throw {@link BeamFormatException}, never
 * anything else, never run out of memory and never take long.
 */
class BeamLoaderFuzzTest {
  private static final long SEED = 0x5EEDBEA7L;
  private static final int CASES = 12_000;
  private static final List<String> MODULES = List.of("lists", "gen_server", "erl_scan", "maps", "base64",
      "beam_asm", "string", "unicode_util", "ets", "sofs");
  /** Far above what loading any of these takes; a case that needs longer is a hang. */
  private static final long SLOW_CASE_MS = 3_000;
  private static final int MAX_REPORTED = 10;

  private enum Mutation {
    FLIP_BITS, SET_BYTES, TRUNCATE, CHUNK_SIZE, INSERT_BYTES, CHUNK_BYTE, TABLE_COUNT, LITERAL_TERM
  }

  private final List<String> failures = Collections.synchronizedList(new ArrayList<>());
  private final AtomicInteger loaded = new AtomicInteger();
  private final AtomicInteger rejected = new AtomicInteger();
  private final AtomicLong slowest = new AtomicLong();
  private final AtomicInteger[] rejectedBy = new AtomicInteger[Mutation.values().length];
  private final AtomicInteger[] casesBy = new AtomicInteger[Mutation.values().length];

  BeamLoaderFuzzTest() {
    for (int k = 0; k < rejectedBy.length; k++) {
      rejectedBy[k] = new AtomicInteger();
      casesBy[k] = new AtomicInteger();
    }
  }

  @Test
  void corruptModulesGiveFormatErrorsAndNothingElse() throws Exception {
    List<byte[]> originals = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (Path p : Erl.installedBeamFiles()) {
      String file = p.getFileName().toString();
      if (MODULES.contains(file.substring(0, file.length() - ".beam".length()))) {
        originals.add(Files.readAllBytes(p));
        names.add(file);
      }
    }
    assertTrue(originals.size() == MODULES.size(), "found only " + names);
    long start = System.nanoTime();
    assertTimeoutPreemptively(Duration.ofMinutes(2), () -> IntStream.range(0, CASES).parallel().forEach(i -> {
      SplittableRandom rnd = new SplittableRandom(SEED * 1_000_003 + i);
      int which = i % originals.size();
      Mutation m = Mutation.values()[rnd.nextInt(Mutation.values().length)];
      runCase(i, names.get(which), m, mutate(originals.get(which), m, rnd));
    }));
    System.out.printf("fuzz: %d cases over %d modules: %d loaded, %d rejected with BeamFormatException, "
            + "%d failures; slowest case %d ms; %d ms in all%n", CASES, originals.size(), loaded.get(), rejected.get(),
        failures.size(), slowest.get(), (System.nanoTime() - start) / 1_000_000);
    for (Mutation m : Mutation.values()) {
      System.out.printf("  %-13s %5d cases, %5d rejected%n", m, casesBy[m.ordinal()].get(),
          rejectedBy[m.ordinal()].get());
    }
    assertTrue(failures.isEmpty(), failures.size() + " cases failed, the first ones:\n"
        + String.join("\n", failures.subList(0, Math.min(MAX_REPORTED, failures.size()))));
    assertTrue(rejected.get() > CASES / 2, "too few corruptions were detected: " + rejected.get());
  }

  private void runCase(int i, String name, Mutation m, byte[] bytes) {
    long t0 = System.nanoTime();
    casesBy[m.ordinal()].incrementAndGet();
    try {
      BeamModule module = BeamLoader.load(bytes, name);
      Disassembler.beamFileTerm(module);
      loaded.incrementAndGet();
    } catch (BeamFormatException e) {
      rejected.incrementAndGet();
      rejectedBy[m.ordinal()].incrementAndGet();
    } catch (Throwable t) {
      StringBuilder sb = new StringBuilder("case " + i + " (" + name + ", " + m + "): " + t);
      for (StackTraceElement el : Arrays.copyOf(t.getStackTrace(), Math.min(6, t.getStackTrace().length))) {
        sb.append("\n    at ").append(el);
      }
      failures.add(sb.toString());
    }
    long ms = (System.nanoTime() - t0) / 1_000_000;
    slowest.accumulateAndGet(ms, Math::max);
    if (ms > SLOW_CASE_MS) {
      failures.add("case " + i + " (" + name + ", " + m + ") took " + ms + " ms");
    }
  }

  private static byte[] mutate(byte[] original, Mutation m, SplittableRandom rnd) {
    byte[] b = original.clone();
    List<int[]> chunks = chunks(b);
    int[] chunk = chunks.get(rnd.nextInt(chunks.size()));
    switch (m) {
      case FLIP_BITS:
        for (int n = 1 + rnd.nextInt(4); n > 0; n--) {
          int bit = rnd.nextInt(b.length * 8);
          b[bit / 8] ^= (byte) (1 << (bit % 8));
        }
        return b;
      case SET_BYTES:
        for (int n = 1 + rnd.nextInt(4); n > 0; n--) {
          b[rnd.nextInt(b.length)] = (byte) rnd.nextInt(256);
        }
        return b;
      case TRUNCATE:
        return Arrays.copyOf(b, rnd.nextInt(b.length));
      case CHUNK_SIZE: {
        long size = chunk[2];
        long[] choices = {0, size - 1, size + 1, size + 4, size * 2, rnd.nextLong(1L << 32), 0xFFFFFFFFL, 0x7FFFFFFFL};
        putU32(b, chunk[1] - 4, choices[rnd.nextInt(choices.length)]);
        return b;
      }
      case INSERT_BYTES: {
        int at = rnd.nextInt(b.length + 1);
        byte[] extra = new byte[1 + rnd.nextInt(8)];
        rnd.nextBytes(extra);
        byte[] out = new byte[b.length + extra.length];
        System.arraycopy(b, 0, out, 0, at);
        System.arraycopy(extra, 0, out, at, extra.length);
        System.arraycopy(b, at, out, at + extra.length, b.length - at);
        return out;
      }
      case CHUNK_BYTE:
        if (chunk[2] > 0) {
          b[chunk[1] + rnd.nextInt(chunk[2])] = (byte) rnd.nextInt(256);
        }
        return b;
      case TABLE_COUNT:
        if (chunk[2] >= 4) {
          long[] choices = {0, 1, rnd.nextLong(1L << 32), 0xFFFFFFFFL, 0x80000000L, u32(b, chunk[1]) + 1};
          putU32(b, chunk[1], choices[rnd.nextInt(choices.length)]);
        }
        return b;
      case LITERAL_TERM:
        return corruptInsideLiterals(b, chunks, rnd);
      default:
        throw new AssertionError(m);
    }
  }

  /** Inflates the literal table, changes bytes of it, and puts it back compressed. */
  private static byte[] corruptInsideLiterals(byte[] b, List<int[]> chunks, SplittableRandom rnd) {
    for (int[] c : chunks) {
      if (c[0] == 0x4C697454 && c[2] > 4) { // "LitT"
        int size = (int) u32(b, c[1]);
        byte[] plain = new byte[size];
        Inflater inf = new Inflater();
        inf.setInput(b, c[1] + 4, c[2] - 4);
        try {
          inf.inflate(plain);
        } catch (DataFormatException e) {
          throw new AssertionError(e);
        } finally {
          inf.end();
        }
        for (int n = 1 + rnd.nextInt(3); n > 0; n--) {
          plain[rnd.nextInt(plain.length)] = (byte) rnd.nextInt(256);
        }
        Deflater def = new Deflater();
        def.setInput(plain);
        def.finish();
        ByteArrayOutputStream packed = new ByteArrayOutputStream();
        byte[] buf = new byte[65536];
        while (!def.finished()) {
          packed.write(buf, 0, def.deflate(buf));
        }
        def.end();
        byte[] data = packed.toByteArray();
        ByteArrayOutputStream chunk = new ByteArrayOutputStream();
        chunk.write(b, c[1] - 8, 4);
        chunk.writeBytes(TestBeam.u32s(data.length + 4, size));
        chunk.writeBytes(data);
        chunk.writeBytes(new byte[(4 - data.length % 4) % 4]);
        int end = c[1] + ((c[2] + 3) & ~3);
        byte[] out = TestBeam.concat(Arrays.copyOf(b, c[1] - 8), chunk.toByteArray(), Arrays.copyOfRange(b, end,
            b.length));
        putU32(out, 4, out.length - 8);
        return out;
      }
    }
    return b;
  }

  /** Each chunk of an intact file as {id, data start, data size}. */
  private static List<int[]> chunks(byte[] b) {
    List<int[]> out = new ArrayList<>();
    for (int pos = 12; pos + 8 <= b.length; ) {
      int size = (int) u32(b, pos + 4);
      out.add(new int[] {(int) u32(b, pos), pos + 8, size});
      pos += 8 + ((size + 3) & ~3);
    }
    return out;
  }

  private static long u32(byte[] b, int at) {
    return (b[at] & 0xFFL) << 24 | (b[at + 1] & 0xFF) << 16 | (b[at + 2] & 0xFF) << 8 | (b[at + 3] & 0xFF);
  }

  private static void putU32(byte[] b, int at, long v) {
    for (int k = 0; k < 4; k++) {
      b[at + k] = (byte) (v >>> (24 - 8 * k));
    }
  }
}
