package org.jbeamjit.runtime.bits;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jbeamjit.runtime.etf.ExternalTermFormat;
import org.jbeamjit.runtime.term.Atom;
import org.jbeamjit.runtime.term.Cons;
import org.jbeamjit.runtime.term.Nil;
import org.jbeamjit.runtime.term.Tuple;
import org.jbeamjit.testing.Erl;

/**
 * Runs generated Erlang functions through erlc-compiled code, so that what OTP's bit syntax
 * instructions do (not erl_eval's interpretation of them) is the reference. Each case is a
 * function taking its values as arguments, so the compiler cannot fold anything; every call's
 * outcome comes back as {@code {ok, Result}} or {@code {error, Reason}}.
 */
final class CompiledOracle {
  private final String module;
  private final StringBuilder functions = new StringBuilder();
  private final List<String> calls = new ArrayList<>();

  CompiledOracle(String module) {
    this.module = module;
  }

  /** Adds a function {@code name(Params) -> Body.} and one call of it with these argument texts. */
  void add(String name, List<String> params, String body, List<String> args) {
    functions.append(name).append('(').append(String.join(", ", params)).append(") ->\n    ")
        .append(body).append(".\n");
    calls.add("{" + name + ", [" + String.join(", ", args) + "]}");
  }

  int size() {
    return calls.size();
  }

  /** What erl made of the cases: each call's outcome, and the compiled code as {@code erlc -S} lists it. */
  record Outcome(List<Object> results, Map<String, List<Object>> listing) {}

  /**
   * Compiles the cases with these erlc options, to assembly and from that assembly to the
   * module erl runs, so the listing is exactly the code that ran; then runs every case.
   */
  Outcome run(Path dir, String... erlcOptions) {
    try {
      Path src = writeSource(dir);
      List<String> options = new ArrayList<>(List.of(erlcOptions));
      options.addAll(List.of("-W0", "-S"));
      Erl.erlc(src, dir, options.toArray(String[]::new));
      Path asm = dir.resolve(module + ".S");
      Erl.erlc(asm, dir, "-W0");
      Path out = dir.resolve(module + ".out");
      // The listing is flat: a {function, Name, Arity, Entry} header, then that function's instructions.
      Erl.eval("code:add_patha(\"" + dir + "\"), "
          + "{ok, Forms} = file:consult(\"" + asm + "\"), "
          + "Body = fun({function, _, _, _}) -> false; (_) -> true end, "
          + "Group = fun G([{function, N, _, _} | T], Acc) -> {Code, Rest} = lists:splitwith(Body, T), G(Rest, [{N, Code} | Acc]); "
          + "G([_ | T], Acc) -> G(T, Acc); G([], Acc) -> Acc end, "
          + "ok = file:write_file(\"" + out + "\", term_to_binary({" + module + ":run(), Group(Forms, [])}))");
      Tuple both = (Tuple) ExternalTermFormat.decode(Files.readAllBytes(out));
      List<Object> results = elements(both.get(0));
      if (results.size() != calls.size()) {
        throw new IllegalStateException("erl gave " + results.size() + " results for " + calls.size() + " cases");
      }
      Map<String, List<Object>> listing = new HashMap<>();
      for (Object f : elements(both.get(1))) {
        Tuple t = (Tuple) f;
        listing.put(((Atom) t.get(0)).name(), elements(t.get(1)));
      }
      return new Outcome(results, listing);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Path writeSource(Path dir) throws IOException {
    Path src = dir.resolve(module + ".erl");
    String text = "-module(" + module + ").\n"
        + "-compile([export_all]).\n"
        + functions
        + "cases() -> [\n" + String.join(",\n", calls) + "].\n"
        + "run() ->\n"
        + "    [try {ok, apply(?MODULE, F, A)} catch error:E -> {error, E} end || {F, A} <- cases()].\n";
    Files.writeString(src, text, StandardCharsets.UTF_8);
    return src;
  }

  static List<Object> elements(Object list) {
    List<Object> out = new ArrayList<>();
    while (list instanceof Cons c) {
      out.add(c.head);
      list = c.tail;
    }
    if (list != Nil.NIL) {
      throw new IllegalArgumentException("not a proper list");
    }
    return out;
  }
}
