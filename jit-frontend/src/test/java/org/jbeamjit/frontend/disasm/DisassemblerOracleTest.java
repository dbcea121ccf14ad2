package org.jbeamjit.frontend.disasm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.jbeamjit.frontend.BeamLoader;
import org.jbeamjit.frontend.ir.BeamFunction;
import org.jbeamjit.frontend.ir.BeamModule;
import org.jbeamjit.runtime.term.Atom;
import org.jbeamjit.runtime.term.Cons;
import org.jbeamjit.runtime.term.Nil;
import org.jbeamjit.runtime.term.TermPrinter;
import org.jbeamjit.runtime.term.Terms;
import org.jbeamjit.runtime.term.Tuple;
import org.jbeamjit.testing.Erl;
import org.junit.jupiter.api.Test;

/**
 * Every {@code .beam} file of the installed OTP, loaded by {@link BeamLoader} and shown by
 * {@link Disassembler}, must give exactly the terms OTP 25's {@code beam_disasm:file/1} gives:
 * the module name, the labeled exports, and every function's name, arity, entry label and
 * instructions, compared with {@code =:=}.
 *
 * <p>One normalisation, of the oracle: {@code beam_disasm} puts the labels and {@code line}
 * instructions that precede each {@code func_info} in reverse order for every function but the
 * first (an artefact of how it splits the code into functions); they are compared in file order,
 * which is the order the IR keeps.
 */
class DisassemblerOracleTest {
  private static final Atom OK = Atom.of("ok");
  private static final Atom FUNC_INFO = Atom.of("func_info");
  private static final int MAX_REPORTED = 20;

  private final AtomicLong functions = new AtomicLong();
  private final AtomicLong instructions = new AtomicLong();
  private final List<String> mismatches = Collections.synchronizedList(new ArrayList<>());

  @Test
  void everyInstalledModuleDisassemblesAsBeamDisasmDoes() {
    long start = System.nanoTime();
    List<Path> files = Erl.installedBeamFiles();
    BeamDisasmOracle oracle = BeamDisasmOracle.forFiles(files);
    long oracleDone = System.nanoTime();
    IntStream.range(0, files.size()).parallel().forEach(i -> compareFile(files.get(i), oracle.result(i)));
    System.out.printf("beam_disasm oracle: %d files, %d functions, %d instructions compared; %d mismatches "
            + "(oracle %d ms, comparison %d ms)%n", files.size(), functions.get(), instructions.get(),
        mismatches.size(),
        (oracleDone - start) / 1_000_000, (System.nanoTime() - oracleDone) / 1_000_000);
    assertTrue(mismatches.isEmpty(), mismatches.size() + " mismatches, the first ones:\n"
        + String.join("\n", mismatches.subList(0, Math.min(MAX_REPORTED, mismatches.size()))));
    assertTrue(files.size() > 1000, "expected the whole OTP installation, found " + files.size() + " files");
    assertTrue(instructions.get() > 1_000_000, "too few instructions compared: " + instructions.get());
  }

  private void compareFile(Path file, Object expected) {
    Tuple oracle = (Tuple) expected;
    if (oracle.get(0) != OK) {
      mismatches.add(file + ": beam_disasm failed: " + TermPrinter.write(oracle));
      return;
    }
    BeamModule module;
    try {
      module = BeamLoader.load(file);
    } catch (Exception e) {
      mismatches.add(file + ": " + e);
      return;
    }
    if (module.name() != oracle.get(1)) {
      mismatches.add(file + ": module " + module.name() + ", beam_disasm says " + TermPrinter.write(oracle.get(1)));
    }
    Tuple ours = Disassembler.beamFileTerm(module);
    String[] parts = {"labeled exports", "attributes", "compile info"};
    for (int i = 0; i < parts.length; i++) {
      if (!Terms.exactEquals(ours.get(i + 2), oracle.get(i + 2))) {
        mismatches.add(file + ": " + parts[i] + " " + TermPrinter.write(ours.get(i + 2)) + "\n  beam_disasm: "
            + TermPrinter.write(oracle.get(i + 2)));
      }
    }
    List<Object> expectedFunctions = toList(oracle.get(5));
    List<BeamFunction> actual = module.functions();
    if (actual.size() != expectedFunctions.size()) {
      mismatches.add(file + ": " + actual.size() + " functions, beam_disasm has " + expectedFunctions.size());
      return;
    }
    for (int f = 0; f < actual.size(); f++) {
      compareFunction(file, module, actual.get(f), (Tuple) expectedFunctions.get(f), f > 0);
    }
  }

  private void compareFunction(Path file, BeamModule module, BeamFunction function, Tuple expected,
      boolean prefixReversed) {
    functions.incrementAndGet();
    String where = file.getFileName() + " " + function;
    Tuple header = Tuple.of(expected.get(1), expected.get(2), expected.get(3));
    Tuple actualHeader = Tuple.of(function.name(), (long) function.arity(), (long) function.entryLabel());
    if (!Terms.exactEquals(header, actualHeader)) {
      mismatches.add(where + ": name/arity/entry " + TermPrinter.write(actualHeader) + ", beam_disasm "
          + TermPrinter.write(header));
      return;
    }
    List<Object> want = toList(expected.get(4));
    if (prefixReversed) {
      reversePrefix(want);
    }
    List<Object> got = Disassembler.instructionTerms(module, function);
    if (got.size() != want.size()) {
      mismatches.add(where + ": " + got.size() + " instructions, beam_disasm has " + want.size());
    }
    for (int i = 0; i < Math.min(got.size(), want.size()); i++) {
      instructions.incrementAndGet();
      if (!Terms.exactEquals(got.get(i), want.get(i))) {
        mismatches.add(where + " #" + i + ":\n  ours:        " + TermPrinter.write(got.get(i))
            + "\n  beam_disasm: " + TermPrinter.write(want.get(i)));
      }
    }
  }

  /** Puts the labels and lines before {@code func_info} back in file order. */
  private static void reversePrefix(List<Object> code) {
    int info = 0;
    while (info < code.size() && !(code.get(info) instanceof Tuple t && t.get(0) == FUNC_INFO)) {
      info++;
    }
    Collections.reverse(code.subList(0, info));
  }

  private static List<Object> toList(Object list) {
    List<Object> out = new ArrayList<>();
    Object l = list;
    while (l instanceof Cons c) {
      out.add(c.head);
      l = c.tail;
    }
    assertEquals(Nil.NIL, l, "a proper list");
    return out;
  }
}
