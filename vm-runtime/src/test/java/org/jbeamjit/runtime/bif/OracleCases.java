package org.jbeamjit.runtime.bif;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jbeamjit.runtime.etf.ExternalTermFormat;
import org.jbeamjit.runtime.term.Atom;
import org.jbeamjit.runtime.term.Cons;
import org.jbeamjit.runtime.term.Nil;
import org.jbeamjit.runtime.term.Tuple;
import org.jbeamjit.testing.Erl;

/**
 * BIF cases evaluated by {@code erl}: each case is the text of an Erlang expression giving
 * {@code {Module, Function, Args}}; {@code oracle.escript} evaluates every case of a batch in one
 * run and writes back, for each, the evaluated call and OTP's outcome.
 */
final class OracleCases {
  private OracleCases() {}

  /** One case: its source text and file, the call as erl evaluated it, and OTP's outcome. */
  record Case(String file, String text, Atom module, Atom function, Object[] args, Object expected) {}

  /** The case lines of a case file: non-blank lines that are not {@code %} comments. */
  static List<String> caseLines(String content) {
    List<String> lines = new ArrayList<>();
    for (String l : content.split("\n", -1)) {
      String t = l.strip();
      if (!t.isEmpty() && !t.startsWith("%")) {
        lines.add(t);
      }
    }
    return lines;
  }

  /** The case files under the test resources, by name, in name order. */
  static Map<String, Path> caseFiles() {
    try {
      Path dir = Path.of(OracleCases.class.getResource("cases").toURI());
      Map<String, Path> files = new LinkedHashMap<>();
      try (var s = Files.list(dir)) {
        s.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(p -> files.put(p.getFileName().toString(), p));
      }
      return files;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Evaluates every case of these files (name to path) in one erl run. */
  static List<Case> evaluate(Map<String, Path> files) {
    try {
      Path out = Files.createTempFile("bif-oracle", ".bin");
      try {
        List<String> argv = new ArrayList<>();
        argv.add(out.toString());
        List<String> names = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (Map.Entry<String, Path> f : files.entrySet()) {
          argv.add(f.getValue().toString());
          for (String line : caseLines(Files.readString(f.getValue(), StandardCharsets.UTF_8))) {
            names.add(f.getKey());
            texts.add(line);
          }
        }
        Erl.escript(script(), argv.toArray(String[]::new));
        return read(Files.readAllBytes(out), names, texts);
      } finally {
        Files.deleteIfExists(out);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path script() {
    try {
      return Path.of(OracleCases.class.getResource("oracle.escript").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<Case> read(byte[] data, List<String> names, List<String> texts) {
    ByteBuffer in = ByteBuffer.wrap(data);
    List<Case> cases = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      Tuple call = (Tuple) ExternalTermFormat.decode(blob(in));
      Object expected = ExternalTermFormat.decode(blob(in));
      List<Object> args = new ArrayList<>();
      for (Object l = call.get(2); l != Nil.NIL; l = ((Cons) l).tail) {
        args.add(((Cons) l).head);
      }
      cases.add(new Case(names.get(i), texts.get(i), (Atom) call.get(0), (Atom) call.get(1), args.toArray(), expected));
    }
    if (in.hasRemaining()) {
      throw new IllegalStateException("oracle wrote more results than there are cases");
    }
    return cases;
  }

  private static byte[] blob(ByteBuffer in) {
    byte[] b = new byte[in.getInt()];
    in.get(b);
    return b;
  }
}
